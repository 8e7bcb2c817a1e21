/**
 * Member archives never reach the published site: a real build with archives
 * full of unique marker strings (MEMBERS_DIR) must not contain any of them in
 * any file of its output, compressed copies and Pagefind's gzipped index and
 * fragments decompressed, while /stats/ still shows their aggregates. That
 * covers the fields the study-record loop adds (archive ids, discussion
 * accounts, imported tests) and its flows: 我的学习 learns the member's id
 * from the personal link at run time, and the secretary's report is written
 * outside dist/ (it does contain the markers: it is meant to). The 发展党员
 * record (stage dates) and the 党费 ledger (base, amount, payments) carry
 * markers too: the dates are days no page of the site shows, the sums numbers
 * no page holds; the help page lists due items only under npm start, and the
 * ledger and its 公示 are written outside dist/. Meeting records (attendance,
 * reasons, minutes, resolutions, photos) live beside the archives and are
 * held to the same rule: not in a page, a calendar feed or the index;
 * in the private ledger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildSite } from '../../tools/servers';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { t } from '../../src/i18n/zh';
import packageJson from '../../package.json' with { type: 'json' };

const STAGES = ['入党申请人', '入党积极分子', '发展对象', '预备党员', '正式党员'];
let work: string;
let outDir: string;
let members: string;
let buildOutput: string;
const markers: string[] = [];
const ids: string[] = [];
/** Stage dates no page shows (the site's content starts long after 1961), one year per member. */
const markerDate = (i: number, month: number) => {
  const value = `196${i}-${String(month).padStart(2, '0')}-2${month % 9}`;
  markers.push(value);
  return value;
};
/** A sum of money as the ledger holds it, unique to this run. */
const markerMoney = (i: number) => {
  const value = `${70000 + Math.floor(Math.random() * 9999)}${i}.${10 + i}`;
  markers.push(value);
  return value;
};

/** A marker that cannot occur by chance; `kind` says which field it stands in for. */
const marker = (kind: string, i: number) => {
  const value = `MARK${kind}${i}X${Math.random().toString(36).slice(2, 10)}`;
  markers.push(value);
  return value;
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'members-privacy-'));
  members = join(work, 'members');
  mkdirSync(members);
  for (let i = 0; i < 5; i += 1) {
    // The archive id is what a personal link carries (/my/?member=<id>): it must not be in dist/ either.
    const id = marker('ID', i).toLowerCase();
    ids.push(id);
    writeFileSync(
      join(members, `${id}.yml`),
      [
        `name: 隐私${marker('NAME', i)}`,
        `stage: ${STAGES[i]}`,
        'joined: 2020-01-01',
        `branch: ${marker('BRANCH', i)}`,
        `status: ${i % 2 ? '流动' : '正常'}`,
        `phone: '139${String(87654320 + i)}'`,
        `email: ${marker('MAIL', i).toLowerCase()}@example.cn`,
        'discussionAccounts:',
        `  - ${marker('ACCOUNT', i)}`,
        'studyRecords:',
        '  - month: 2026-11',
        `    minutes: ${1000 + i}`,
        '    testsPassed: 7',
        '    studyDays: 12',
        '    lessons: 2',
        '    points: 40',
        '    tests:',
        '      - date: 2026-11-20',
        `        title: ${marker('TEST', i)}`,
        '        score: 90',
        '        passed: true',
        '    submittedAt: 2026-11-30T20:00:00+0800',
        'development:',
        `  applied: ${markerDate(i, 1)}`,
        `  talked: ${markerDate(i, 2)}`,
        `  activist: ${markerDate(i, 3)}`,
        `  contacts: ${markerDate(i, 4)}`,
        '  reviews:',
        `    - ${markerDate(i, 5)}`,
        `  candidate: ${markerDate(i, 6)}`,
        `  politicalReview: ${markerDate(i, 7)}`,
        `  training: ${markerDate(i, 8)}`,
        '  trainingDays: 3',
        `  admitted: ${markerDate(i, 9)}`,
        `  approved: ${markerDate(i, 10)}`,
        `  oath: ${markerDate(i, 11)}`,
        '  extensionMonths: 6',
        `  confirmed: ${markerDate(i, 12)}`,
        'dues:',
        '  - year: 2025',
        '    kind: 在职党员',
        `    base: '${markerMoney(i)}'`,
        `    monthly: '${markerMoney(i)}'`,
        '    payments:',
        '      - month: 2025-03',
        `        date: ${markerDate(i + 5, 3)}`,
        '        method: 现金',
        `        amount: '${markerMoney(i)}'`,
      ].join('\n'),
    );
  }
  markers.push(...[0, 1, 2, 3, 4].map((i) => `139${String(87654320 + i)}`));
  // A private record for a public sample meeting, with a marker in every private field.
  mkdirSync(join(members, 'meeting-records'));
  writeFileSync(
    join(members, 'meeting-records', '2026-03-20-assembly.yml'),
    [
      'meeting: 2026-03-20-assembly',
      `host: ${ids[0]}`,
      `recorder: ${ids[1]}`,
      'attendance:',
      ...ids.flatMap((id, i) => [
        `  - member: ${id}`,
        `    status: ${['出席', '请假', '缺席'][i % 3]}`,
        `    reason: ${marker('REASON', i)}`,
      ]),
      `minutes: ${marker('MINUTES', 0)}`,
      'resolutions:',
      `  - ${marker('RESOLUTION', 0)}`,
      'photos:',
      `  - ${marker('PHOTO', 0).toLowerCase()}.jpg`,
    ].join('\n'),
  );
  outDir = join(work, 'dist');
  // The same build also shows the site before the first sync (no snapshot) and without its address.
  buildOutput = await buildSite(outDir, {
    MEMBERS_DIR: members,
    DISCUSSIONS_SNAPSHOT: join(work, 'never-synced.json'),
    SITE_URL: '',
  });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** A file's bytes as served, whatever the compression (Pagefind's .pf_* files are gzip without the extension). */
function readable(path: string): string {
  const bytes = readFileSync(path);
  if (path.endsWith('.br')) return brotliDecompressSync(bytes).toString('latin1');
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('latin1');
  return bytes.toString('latin1');
}

describe('a build with member archives', () => {
  it('publishes no byte of them anywhere under dist/', () => {
    const all = [...files(outDir)];
    expect(all.some((f) => f.includes('pagefind') && /\.pf_fragment$/.test(f))).toBe(true);
    const leaks: string[] = [];
    // Each marker as UTF-8 bytes read as latin1 (how readable() returns text), in any case.
    const needles = markers.map((m) => [m, Buffer.from(m, 'utf8').toString('latin1').toLowerCase()] as const);
    // One pattern of them all: a scan per marker took most of the test's time once the archives held ~100 markers.
    const any = new RegExp(needles.map(([, low]) => low.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    for (const file of all) {
      const lower = readable(file).toLowerCase();
      if (any.test(lower)) for (const [name, low] of needles) if (lower.includes(low)) leaks.push(`${file}: ${name}`);
    }
    expect(leaks).toEqual([]);
  });

  it('gives 我的学习 no list of members: the id comes from the personal link at run time', () => {
    const html = readFileSync(join(outDir, 'my/index.html'), 'utf8');
    expect(html).toContain('提交本月学习记录');
    for (const id of ids) expect(html).not.toContain(id);
  });

  it('keeps the secretary’s report out of dist/, and the report does hold the archives', () => {
    const out = join(work, 'members-report');
    const [, ...args] = packageJson.scripts['members:report'].split(' ');
    const run = spawnSync(process.execPath, [...args, '2026-11', '--out', out], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, MEMBERS_DIR: members },
    });
    expect(run.status).toBe(0);
    const report = readFileSync(join(out, '2026-11.html'), 'utf8');
    expect(markers.filter((m) => m.startsWith('MARKNAME')).every((m) => report.includes(m))).toBe(true);
    expect([...files(outDir)].filter((f) => /members-report|2026-11\.(html|csv)$/.test(f))).toEqual([]);
  });

  it('keeps the dues ledger and its 公示 out of dist/, and the ledger does hold the sums', () => {
    const out = join(work, 'dues-report');
    const [, ...args] = packageJson.scripts['dues:report'].split(' ');
    const run = spawnSync(process.execPath, [...args, '2025', '--out', out], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, MEMBERS_DIR: members },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const ledger = readFileSync(join(out, '2025-ledger.csv'), 'utf8');
    expect(markers.filter((m) => m.startsWith('MARKNAME')).every((m) => ledger.includes(m))).toBe(true);
    expect([...files(outDir)].filter((f) => /dues-report|20\d\d-(ledger|notice)/.test(f))).toEqual([]);
  });

  it('has the 发展党员 rules on the published help page, and no one’s items', () => {
    const html = readFileSync(join(outDir, 'admin/help/index.html'), 'utf8');
    expect(html).toContain('《中国共产党发展党员工作细则》第七条');
    expect(html).not.toContain('data-member=');
  });

  it('keeps meeting records out of the meeting pages and calendars, and puts them in the private ledger', () => {
    const page = readFileSync(join(outDir, 'meetings/2026-03-20-assembly/index.html'), 'utf8');
    expect(page).toContain('第一季度党员大会');
    expect(readFileSync(join(outDir, 'meetings/feeds/branch.ics'), 'utf8')).toContain('UID:2026-03-20-assembly@');
    const out = join(work, 'ledger');
    const [, ...args] = packageJson.scripts.ledger.split(' ');
    const run = spawnSync(process.execPath, [...args, '2026', '--out', out, '--no-pdf'], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, MEMBERS_DIR: members },
    });
    expect(run.status, run.stderr).toBe(0);
    const ledger = readFileSync(join(out, '2026.html'), 'utf8');
    for (const kind of ['NAME', 'REASON'])
      expect(markers.some((m) => m.startsWith(`MARK${kind}`) && ledger.includes(m))).toBe(true);
    expect([...files(outDir)].filter((f) => /ledger|2026\.(html|csv|pdf)$/.test(f))).toEqual([]);
  });

  it('shows only their aggregates on /stats/', () => {
    const html = readFileSync(join(outDir, 'stats/index.html'), 'utf8');
    expect(html).toContain('档案中共有 5 人');
    expect(html).not.toContain('隐私');
  });
});

describe('a build before the first sync', () => {
  it('says so on /stats/ and still shows the content statistics', () => {
    const html = readFileSync(join(outDir, 'stats/index.html'), 'utf8');
    expect(html).toContain(t('stats.notSynced'));
    expect(html).toContain('各栏目每月发布数');
    expect(html).not.toContain('讨论热词');
  });

  it('says so on a poll page instead of showing results', () => {
    const html = readFileSync(join(outDir, 'polls/2026-12-theme-day/index.html'), 'utf8');
    expect(html).toContain('投票结果尚未同步到本站');
    expect(html).not.toContain('<svg viewBox');
  });
});

// Issue 34, item 3: src/settings.yml has no 网站地址 and the build no SITE_URL.
describe('a build without the site address', () => {
  it('says so, naming the setting and the fix', () => {
    expect(buildOutput).toContain('没有填写网站地址（siteUrl）');
    expect(buildOutput).toContain('SITE_URL');
  });

  it('ships posters without a QR code or an address, and pages without share tags to localhost', () => {
    const daily = readdirSync(join(outDir, 'daily'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(daily.length).toBeGreaterThan(0);
    // A search of the whole poster for a code takes seconds: two posters stand for all (one layout).
    for (const card of daily.slice(0, 2)) {
      const png = PNG.sync.read(readFileSync(join(outDir, 'daily', card.name, 'poster.png')));
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height), card.name).toBeNull();
    }
    for (const card of daily) {
      const html = readFileSync(join(outDir, 'daily', card.name, 'index.html'), 'utf8');
      expect(html).not.toContain('og:image');
      expect(html).not.toContain('class="share-qr');
      expect(html).not.toContain('附本页二维码');
    }
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).not.toMatch(/og:image|twitter:image|og:url/);
  });
});
