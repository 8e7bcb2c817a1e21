import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill';
import { clientStrings, t } from '../../src/i18n/zh';
import { sourceFiles } from '../../tools/import-graph';

describe('UI strings', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('第 {page} / {total} 页', { page: 2, total: 5 })).toBe('第 2 / 5 页');
    expect(fill('约 {minutes} 分钟', {})).toBe('约 {minutes} 分钟');
  });

  it('gives client scripts exactly the templates under their prefixes', () => {
    const strings = clientStrings('pagination.');
    expect(Object.keys(strings).every((key) => key.startsWith('pagination.'))).toBe(true);
    expect(fill(strings['pagination.status']!, { page: 1, total: 3 })).toBe(
      t('pagination.status', { page: 1, total: 3 }),
    );
  });

  // Slips a first-time reader found (issue 19): each wording that was wrong stays gone.
  it.each([
    ['a section that does not exist', /新闻动态/],
    ['a doubled word', /今日每日/],
    ['a command or setting meant for administrators', /npm run|GITHUB_TOKEN|settings\.yml/],
    ['English after Chinese in one line', /[\u4e00-\u9fff][^/]* \/ [a-z]+ [a-z]+/],
  ])('no member-facing string has %s', (_kind, pattern) => {
    const memberFacing = Object.entries(clientStrings('')).filter(
      ([key]) => !ADMIN_ONLY.some((prefix) => key.startsWith(prefix)),
    );
    expect(memberFacing.filter(([, text]) => pattern.test(text)).map(([key]) => key)).toEqual([]);
  });

  // Members read member words (issue 34, item 4): how the site is built, which service or
  // browser feature does what, and page code belong on /admin/help/ and in docs/.
  it('no member-facing string has a technical word', () => {
    const technical = /GitHub|静态网站|静态网页|JSON|<script|<iframe|Intl|Segmenter|Pull Request|仓库/;
    const found = Object.entries(clientStrings(''))
      .filter(([key]) => !ADMIN_ONLY.some((prefix) => key.startsWith(prefix)))
      // Where the branch chose GitHub for discussions, polls or open submissions, a member signs in
      // with a GitHub account there: the word names that account, and nothing else may follow it.
      .map(([key, text]) => [key, GITHUB_ACCOUNT.includes(key) ? text.replaceAll('GitHub', '') : text] as const)
      .filter(([, text]) => technical.test(text))
      .map(([key]) => key);
    expect(found).toEqual([]);
  });

  it('has no string that no code reads', () => {
    const root = join(import.meta.dirname, '../..');
    const code = ['src', 'admin', 'scripts']
      .flatMap((place) => sourceFiles(root, place))
      .filter((file) => file !== 'src/i18n/zh.ts')
      .map((file) => readFileSync(join(root, file), 'utf8'))
      .join('\n');
    // Keys are read whole ('nav.articles'), by a template's fixed start (`polls.method.${…}`),
    // or by the prefix of the strings a custom element receives (clientStrings('quiz.')).
    const prefixes = [...code.matchAll(/[`'"]([a-zA-Z][\w.]*\.)(?:\$\{|['"])/g)].map((match) => match[1] ?? '');
    const unread = Object.keys(clientStrings('')).filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unread).toEqual([]);
  });
});

/**
 * Keys read by editors, not members (the CMS and its help, the secretary's import
 * messages and private monthly report), and two member-facing
 * notices owned by other work in progress: the search page's missing-index notice
 * and the discussion section's set-up steps for administrators.
 */
const ADMIN_ONLY = [
  'admin.',
  'cms.',
  'cmsHelp.',
  'import.',
  'report.',
  'development.',
  // The 组织生活 ledger is printed for the secretary (npm run ledger), never shown on the site.
  'ledger.',
  'discussion.editors',
  'search.unavailable',
];

/** Keys shown only where members take part with their own GitHub account (Giscus threads, GitHub polls, open submissions). */
const GITHUB_ACCOUNT = [
  'discussion.frameTitle',
  'discussion.openOnGitHub',
  'discussion.privacy',
  'feedback.publicNotice',
  'polls.method.github',
  'polls.vote',
  'polls.viewOnGitHub',
  'polls.syncedAt',
  'polls.notSynced',
  'polls.notInSnapshot',
  'polls.guarantee',
  'privacy.giscus.body',
  'reports.submit.openTitle',
  'reports.submit.openBody',
];
