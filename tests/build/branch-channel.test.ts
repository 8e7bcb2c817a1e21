/**
 * The confidential channel and the mainland rules in a real build: the
 * readers' page is an empty shell (no message, count or category in it; no
 * search record, no sitemap entry, noindex), the privacy page is linked from
 * every page's footer and from the sign-in dialog, the footer shows the
 * 公安备案 number with its registry link when the settings give it, and
 * /stats/ shows the synced counts of 意见 and 举报 and nothing else of the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSite, copySite } from '../../tools/servers';

const CATEGORY = `MARKCATEGORY${Math.random().toString(36).slice(2, 10)}`;
const LEAK = `MARKTEXT${Math.random().toString(36).slice(2, 10)}`;
const POLICE = '京公网安备 11010502000001号';
let copy: string;
let dist: string;

beforeAll(async () => {
  const settings = readFileSync('src/settings.yml', 'utf8');
  copy = copySite('branch-channel-build-', {
    'src/settings.yml': `${settings.trimEnd()}\npolice: ${POLICE}\npoliceCode: '11010502000001'\n`,
  });
  const stats = join(copy, 'branch-stats.json');
  // The synced figures, with a field the file should never have had: it must not reach any page.
  writeFileSync(
    stats,
    JSON.stringify({
      version: 1,
      syncedAt: '2026-12-07T12:00:00Z',
      counts: [
        { kind: 'opinion', category: CATEGORY, count: 3, text: LEAK },
        { kind: 'report', category: '违反廉洁纪律', count: 2 },
      ],
    }),
  );
  dist = join(copy, 'dist');
  await buildSite(dist, { DISCUSSION_PROVIDER: 'waline', BRANCH_SERVICE: 'on', BRANCH_STATS_SNAPSHOT: stats }, copy);
}, 300_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Every file of the output as text, Pagefind's gzipped index and fragments unpacked. */
function allText(): string[] {
  return [...files(dist)].map((file) => {
    const bytes = readFileSync(file);
    return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  });
}

describe("the readers' page /branch/inbox/", () => {
  it('is a shell for the service: its element, no message, count or category, kept out of search engines', () => {
    const html = page('branch/inbox');
    expect(html).toContain('<branch-inbox');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).not.toContain(CATEGORY);
    expect(html).not.toContain('违反廉洁纪律');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toMatch(/<ul class="items"[^>]*data-list[^>]*><\/ul>/);
    const sitemaps = [...files(dist)].filter((f) => /sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(f, 'utf8'));
    expect(sitemaps.join('')).toContain('/privacy/');
    expect(sitemaps.join('')).not.toContain('/branch/inbox/');
  });

  it('is in no menu or search record', () => {
    for (const path of ['', 'feedback', 'stats']) expect(page(path)).not.toContain('/branch/inbox/');
    // Pagefind's fragments name their page's address.
    expect(allText().filter((text) => text.includes('"url":"/branch/inbox/"'))).toEqual([]);
    expect(allText().some((text) => text.includes('"url":"/feedback/"'))).toBe(true);
  });
});

describe('the privacy page and the footer', () => {
  it("links 用户协议与个人信息保护说明 from every page's footer and from the sign-in dialog", () => {
    for (const path of ['', 'feedback', 'stats', 'branch/inbox', 'articles']) {
      expect(page(path)).toMatch(/<footer[\s\S]*href="\/privacy\/"[^>]*>用户协议与个人信息保护说明<\/a>/);
    }
    const dialog = page('feedback').match(/<dialog[\s\S]*?<\/dialog>/)?.[0] ?? '';
    expect(dialog).toContain('href="/privacy/"');
    const privacy = page('privacy');
    for (const heading of ['讨论区账号', '投票、评议和来信', '保存在哪里、保存多久', '您的权利', '用户协议'])
      expect(privacy).toContain(`>${heading}</h2>`);
    expect(privacy).toContain('服务日志至少保存六个月');
  });

  it('shows the 公安备案 number linked to the registry with its code, beside the ICP number', () => {
    const footer = page('').match(/<footer[\s\S]*<\/footer>/)?.[0] ?? '';
    expect(footer).toContain(`href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502000001"`);
    expect(footer).toContain(`>${POLICE}</a>`);
    expect(footer).toContain('href="https://beian.miit.gov.cn/"');
  });
});

describe('/stats/ and the channel', () => {
  it('shows the counts by category and nothing else from the file, anywhere', () => {
    const stats = page('stats');
    expect(stats).toContain('支部服务共收到意见 3 封、举报 2 封。');
    expect(stats).toContain(CATEGORY);
    expect(allText().some((text) => text.includes(LEAK))).toBe(false);
  });

  it('offers the forms on /feedback/ instead of the report mail', () => {
    const feedback = page('feedback');
    expect(feedback).toContain('<branch-channel');
    expect(feedback).not.toContain('发送举报邮件');
    expect(feedback).not.toContain('mailto:jubao@');
    expect(existsSync(join(dist, 'privacy', 'index.html'))).toBe(true);
  });
});
