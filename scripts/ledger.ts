#!/usr/bin/env node
/**
 * `npm run ledger [YYYY] [-- --out <folder>]`: the year's ledger (台账) of
 * organisational life, private: a printable A4 page, a PDF of it when a
 * Chromium is installed, and a CSV, in ledger/ (git-ignored, never in a
 * published folder: scripts/shared/private-output.ts). Each rule of
 * src/lib/meetings/rules.ts is checked month by month, quarter by quarter or
 * for the year; a missing item is listed with the rule and its source. The
 * year defaults to this year in Beijing time, checked up to today.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { civilDateInShanghai } from '../src/lib/civil-date.ts';
import { checkRules } from '../src/lib/meetings/ledger.ts';
import { ledgerCsv, ledgerHtml, missingChecks } from '../src/lib/meetings/ledger-output.ts';
import { MEETING_RULES } from '../src/lib/meetings/rules.ts';
import { loadSettings } from '../src/site/settings.ts';
import { archivesOrStop } from './members/archive-files.ts';
import {
  ledgerMeetings,
  readMeetings,
  readRecords,
  recordsByMeeting,
  stopOnProblems,
} from './meetings/meeting-files.ts';
import { privateOutputOrStop } from './shared/private-output.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: { out: { type: 'string', default: 'ledger' }, pdf: { type: 'boolean', default: true } },
});
const now = new Date();
const todayInBeijing = civilDateInShanghai(now);
const year = Number(positionals[0] ?? todayInBeijing.slice(0, 4));
if (!/^\d{4}$/.test(String(positionals[0] ?? year))) {
  console.error(`年份应写成四位数字，如 2026（收到“${positionals[0]}”）。/ The year must look like 2026.`);
  process.exit(2);
}
if (String(year) > todayInBeijing.slice(0, 4)) {
  console.error(`${year} 年还没有到。/ ${year} is in the future.`);
  process.exit(2);
}
// A past year is checked as a whole (its periods all ended: the day after its last); this year up to today.
const pastYear = String(year) < todayInBeijing.slice(0, 4);
const today = pastYear ? `${year + 1}-01-01` : todayInBeijing;
const out = privateOutputOrStop(values.out, { zh: '台账目录', en: 'ledger folder' });

const archives = archivesOrStop('党员档案有误，台账没有生成 / invalid member archives, no ledger written:');
const meetingList = readMeetings();
const recordList = readRecords();
stopOnProblems('会议或会议记录有误，台账没有生成 / invalid meetings or records, no ledger written:', [
  ...meetingList.problems,
  ...recordList.problems,
]);
const meetings = ledgerMeetings(meetingList);
const records = recordsByMeeting(recordList);
const recordFiles = new Map(recordList.entries.map((entry) => [entry.data.meeting, entry.file]));
const checks = checkRules(meetings, year, today);
const input = {
  year,
  today,
  asOf: pastYear ? `${year}-12-31` : today,
  branch: loadSettings().branchName,
  generatedAt: now,
  meetings,
  records,
  checks,
  rules: MEETING_RULES,
  names: new Map(archives.map(({ id, data }) => [id, data.name])),
  recordLink: (id: string) => {
    const file = recordFiles.get(id);
    return file ? pathToFileURL(resolve(file)).href : undefined;
  },
};
mkdirSync(out, { recursive: true });
const html = join(out, `${year}.html`);
const csv = join(out, `${year}.csv`);
writeFileSync(html, ledgerHtml(input));
writeFileSync(csv, ledgerCsv(input));
console.log(`${year} 年组织生活台账：${html}（打印用）、${csv}（表格）`);

const pdf = join(out, `${year}.pdf`);
const chromium = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((path): path is string => Boolean(path) && existsSync(path as string));
if (values.pdf && chromium) {
  // Chromium's own print to PDF: the page's @page rules set A4 and the margins; no network, no profile left behind.
  const profile = mkdtempSync(join(tmpdir(), 'ledger-chromium-'));
  const run = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-pdf-header-footer',
      `--user-data-dir=${profile}`,
      `--print-to-pdf=${pdf}`,
      pathToFileURL(html).href,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  if (run.status === 0 && existsSync(pdf)) console.log(`  PDF：${pdf}`);
  else console.log('  没有生成 PDF（浏览器未能打印），请在浏览器中打开 HTML 文件打印。');
} else if (values.pdf) console.log('  本机没有 Chromium，未生成 PDF；请在浏览器中打开 HTML 文件打印。');

const missing = missingChecks(checks);
console.log(
  `  ${meetings.filter((m) => m.date.startsWith(`${year}-`)).length} 次会议活动，缺项 ${missing.length} 处${missing.length ? '：' : '。'}`,
);
for (const check of missing)
  console.log(`  - ${check.label} ${check.rule.kind}（${check.rule.source}${check.rule.article}）`);
console.log(
  '台账含党员个人信息，只供支部内部使用，不要上传到网站或公开的仓库。/ The ledger holds personal data: keep it private.',
);
