/**
 * `npm run ledger` and `npm run meetings:plan`, run as the secretary runs them
 * (the same Node command as package.json): the ledger of the sample year flags
 * exactly its two missing items with their rules, outside any published
 * folder; a plan makes one entry per day and leaves edited ones alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmScriptArgs } from '../../support/npm-script';

const ROOT = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'meeting-commands-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: 'ledger' | 'meetings:plan', args: string[], cwd = ROOT) {
  // From another folder (a plan's own site), the script and its loader hook are still this checkout's.
  const command = npmScriptArgs(script).map((arg) => (/^(\.\/)?scripts\//.test(arg) ? join(ROOT, arg) : arg));
  const result = spawnSync(process.execPath, [...command, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the ledger of the sample year', () => {
  const out = join(work, 'ledger');
  const result = run('ledger', ['2026', '--out', out]);
  const html = () => readFileSync(join(out, '2026.html'), 'utf8');

  it('flags exactly the two meetings the sample branch did not hold, each with its rule and source', () => {
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('缺项 2 处');
    expect(result.out).toContain('第三季度 党员大会（《中国共产党支部工作条例（试行）》（2018年）第十一条）');
    expect(result.out).toContain('8月 支委会（《中国共产党支部工作条例（试行）》（2018年）第十二条）');
    expect(html().match(/<td class="missing"/g)).toHaveLength(2);
    expect(html()).toContain(
      '<th scope="row">党员大会</th><td class="held" colspan="3">3/20</td><td class="held" colspan="3">6/19</td><td class="missing" colspan="3">未开展</td>',
    );
    expect(html()).toContain(
      '第三季度未开展党员大会：党支部党员大会一般每季度召开1次（《中国共产党支部工作条例（试行）》（2018年）第十一条）',
    );
  });

  it('shows attendance per meeting and per member, and closes with every rule and its source', () => {
    expect(html()).toContain('<th scope="row">李华（示例）</th>');
    expect(html()).toMatch(
      /第一季度党员大会<\/th><td>李华（示例）<\/td><td>王芳（示例）<\/td><td>7<\/td><td>\d<\/td><td>\d+%<\/td>/,
    );
    for (const article of ['第十一条', '第十二条', '第十三条', '第十六条', '第十七条', '第十八条', '第十九条'])
      expect(html()).toContain(article);
    expect(html()).toContain('size: A4');
    const csv = readFileSync(join(out, '2026.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('党员大会,2026-Q3,第三季度,未开展');
  });

  it('prints a PDF with the installed Chromium', () => {
    if (!['/usr/bin/chromium', process.env.CHROMIUM_PATH].some((p) => p && existsSync(p))) return;
    expect(readFileSync(join(out, '2026.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses to write into a published folder', () => {
    const refused = run('ledger', ['2026', '--out', 'dist/ledger', '--no-pdf']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('台账目录不能在 dist/ 之内');
  });
});

describe('a year plan', () => {
  const root = join(work, 'site');
  mkdirSync(join(root, 'src/content/meeting-plans'), { recursive: true });
  writeFileSync(
    join(root, 'src/content/meeting-plans/theme-day.yml'),
    [
      'title: 主题党日',
      'year: 2027',
      'kind: 主题党日',
      'position: 第五个',
      'weekday: 星期五',
      "start: '14:30'",
      "end: '16:30'",
      'audience: 全体党员',
      'place: 305 会议室',
      'notice: 请准时参加。',
      'moves:',
      '  - from: 2027-01-29',
      '    to: 2027-01-28',
    ].join('\n'),
  );
  const meetings = join(root, 'src/content/meetings');

  it('makes one entry per day, says which months have no such day, and keeps edited entries on a rerun', () => {
    const first = run('meetings:plan', ['2027'], root);
    expect(first.code, first.err).toBe(0);
    expect(readdirSync(meetings).sort()).toEqual([
      '2027-01-28-theme-day.yml',
      '2027-04-30-theme-day.yml',
      '2027-07-30-theme-day.yml',
      '2027-10-29-theme-day.yml',
      '2027-12-31-theme-day.yml',
    ]);
    expect(first.out).toContain('新建 5 次');
    expect(first.out).toContain('2027-02 没有“第五个星期五”');
    const edited = join(meetings, '2027-04-30-theme-day.yml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('请准时参加。', '改在线上举行。'));
    const again = run('meetings:plan', ['2027'], root);
    expect(again.out).toContain('新建 0 次，已有 5 次保持不变');
    expect(readFileSync(edited, 'utf8')).toContain('改在线上举行。');
    expect(readFileSync(join(meetings, '2027-01-28-theme-day.yml'), 'utf8')).toContain("start: '14:30'");
  });
});
