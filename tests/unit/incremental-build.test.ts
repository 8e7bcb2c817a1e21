/**
 * The two halves of what decides whether a page can be reused (issue 22): a
 * page's key (src/site/page-keys.ts) and the stamp of everything else a page
 * reads (src/integrations/incremental-build.ts). The end-to-end proof, an
 * incremental build equal to a clean one, is tests/build/incremental-build.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { entryFingerprint, pageKey, withPageKeys } from '../../src/site/page-keys';
import { SITE_ENVIRONMENT, siteInputsStamp } from '../../src/integrations/incremental-build';
import { ROOT } from '../support/content';

const entry = (change: Partial<{ data: object; body: string; html: string }> = {}) => ({
  id: 'dang-fei',
  collection: 'articles',
  data: { title: '党费', tags: ['党章'], ...change.data },
  body: change.body ?? '正文',
  rendered: { html: change.html ?? '<p>正文</p>' },
});

describe('pageKey', () => {
  it('is the same for the same inputs, entries compared by content, not identity', () => {
    expect(pageKey({ article: entry(), shard: 0 })).toBe(pageKey({ article: entry(), shard: 0 }));
  });

  it.each([
    ['a field', { data: { title: '党费收缴' } }],
    ['the Markdown', { body: '新的正文' }],
    ['the rendered HTML (a new Markdown pipeline)', { html: '<p>正文 </p>' }],
  ])('changes with %s of an entry in the props', (_, change) => {
    expect(pageKey({ article: entry(change) })).not.toBe(pageKey({ article: entry() }));
    expect(entryFingerprint(entry(change))).not.toBe(entryFingerprint(entry()));
  });

  it('changes with an entry deep in the props (a related card) and with plain values', () => {
    expect(pageKey({ related: [entry({ body: '另一篇' })] })).not.toBe(pageKey({ related: [entry()] }));
    expect(pageKey({ previous: { id: 'a', title: '甲' } })).not.toBe(pageKey({ previous: { id: 'a', title: '乙' } }));
  });

  it('keeps what JSON would drop: a Map’s contents count', () => {
    expect(pageKey({ slugs: new Map([['党章', 'dang-zhang']]) })).not.toBe(
      pageKey({ slugs: new Map([['党章', 'dang-zhang-1']]) }),
    );
  });

  it('refuses a function, which it could not compare', () => {
    expect(() => pageKey({ render: () => '' })).toThrow(/render/);
  });

  it('keys each path by its params and props', () => {
    const [a, b] = withPageKeys([
      { params: { id: 'a' }, props: { n: 1 } },
      { params: { id: 'b' }, props: { n: 1 } },
    ]);
    expect(a!.cacheKey).not.toBe(b!.cacheKey);
  });
});

describe('siteInputsStamp', () => {
  const site = () => {
    const root = mkdtempSync(join(tmpdir(), 'stamp-'));
    for (const [file, text] of Object.entries({
      'astro.config.ts': 'export default {}',
      'src/settings.yml': 'siteName: 红旗党建网\n',
      'src/lib/a.ts': 'export const a = 1;',
      'src/content/articles/x.md': '---\ntitle: 甲\n---\n',
      'public/uploads/a.png': 'png',
    })) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return root;
  };
  const stamp = (root: string, env: Record<string, string> = {}, day = '2026-12-05') =>
    siteInputsStamp(root, env, day, { incrementalBuild: true });

  it.each([
    ['the settings', (root: string) => writeFileSync(join(root, 'src/settings.yml'), 'siteName: 另一个名字\n')],
    ['code under src/', (root: string) => writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 2;')],
    [
      'a file in public/ (an image replaced under the same name)',
      (root: string) => writeFileSync(join(root, 'public/uploads/a.png'), 'png2'),
    ],
  ])('changes with %s', (_, change) => {
    const root = site();
    const before = stamp(root);
    change(root);
    expect(stamp(root)).not.toBe(before);
    rmSync(root, { recursive: true });
  });

  it('changes with the day and with an environment variable the site reads, not with others', () => {
    const root = site();
    expect(stamp(root, {}, '2026-12-06')).not.toBe(stamp(root));
    expect(stamp(root, { SITE_URL: 'https://example.org/' })).not.toBe(stamp(root));
    expect(stamp(root, { HOME: '/elsewhere' })).toBe(stamp(root));
    rmSync(root, { recursive: true });
  });

  it('does not change with content: content is what page keys are for', () => {
    const root = site();
    const before = stamp(root);
    writeFileSync(join(root, 'src/content/articles/x.md'), '---\ntitle: 乙\n---\n');
    expect(stamp(root)).toBe(before);
    rmSync(root, { recursive: true });
  });

  it('knows every environment variable read under src/', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(ts|astro|mjs)$/.test(f),
    );
    const read = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(join(ROOT, 'src', file), 'utf8');
      // Read directly (process.env.X, or env.X of an environment passed in), or named
      // once in a constant the readers index with (DISCUSSION_ENV, MEMBERS_DIR_VARIABLE).
      for (const match of text.matchAll(/(?<!meta\.)\benv\.([A-Z][A-Z0-9_]*)/g)) read.add(match[1]!);
      for (const constant of text.matchAll(/const [A-Z_]+_(?:ENV|VARIABLE)\b[^;]*;/g)) {
        for (const name of constant[0].matchAll(/'([A-Z][A-Z0-9_]*)'/g)) read.add(name[1]!);
      }
    }
    // Logging only (src/integrations/memory-log.ts): no page changes with it.
    read.delete('DANGJIAN_MEMORY_LOG');
    // The build day: stamped on its own (siteInputsStamp's day argument).
    read.delete('DANGJIAN_BUILD_DAY');
    expect(read.size).toBeGreaterThan(3);
    expect([...read].filter((name) => !(SITE_ENVIRONMENT as readonly string[]).includes(name))).toEqual([]);
  });
});
