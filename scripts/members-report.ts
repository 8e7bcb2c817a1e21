#!/usr/bin/env node
/**
 * `npm run members:report [YYYY-MM] [-- --out <folder>]`: the secretary's
 * private monthly report from the member archives (read and checked by
 * scripts/members/archive-files.ts) and the discussion snapshot: a printable
 * HTML page and a CSV in members-report/ (git-ignored, never in a published
 * folder: scripts/shared/private-output.ts). The month defaults to the last
 * complete month in Beijing time; the month still running can be asked for,
 * and then the command and the page say its figures are partial. Run with the
 * branch service's environment file, it counts the records members sent to the
 * service too (scripts/members/service-records.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { civilDateInShanghai, civilMonthInShanghai, isCivilMonth } from '../src/lib/civil-date.ts';
import { developmentRows } from '../src/lib/members/development-report.ts';
import type { DevelopmentRecord } from '../src/lib/members/development.ts';
import { ATTENTION_MONTHS, defaultReportMonth, monthlyReport } from '../src/lib/members/report.ts';
import { reportCsv, reportHtml, unfinishedNote } from '../src/lib/members/report-output.ts';
import { parseSnapshot } from '../src/lib/discussion/snapshot.ts';
import { loadSettings } from '../src/site/settings.ts';
import { archivesOrStop, membersDir } from './members/archive-files.ts';
import { mergedStudyRecords, serviceFiles } from './members/service-records.ts';
import { privateOutputOrStop } from './shared/private-output.ts';
import { attendanceByMember } from '../src/lib/meetings/ledger.ts';
import {
  ledgerMeetings,
  readMeetings,
  readRecords,
  recordsByMeeting,
  stopOnProblems,
} from './meetings/meeting-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'members-report' } },
});
const now = new Date();
const month = positionals[0] ?? defaultReportMonth(now);
if (!isCivilMonth(month)) {
  console.error(`月份应写成 YYYY-MM，如 2026-11（收到“${month}”）。/ The month must be YYYY-MM.`);
  process.exit(2);
}
if (month > civilMonthInShanghai(now)) {
  console.error(`${month} 还没有到（北京时间现在是 ${civilMonthInShanghai(now)}）。/ ${month} is in the future.`);
  process.exit(2);
}
const out = privateOutputOrStop(values.out, { zh: '报告目录', en: 'report folder' });

const archives = archivesOrStop('党员档案有误，报告没有生成 / invalid member archives, no report written:');
// With the branch service's settings, the records members sent to it count as well as the archives' (same merge rules).
const fromService = await serviceFiles();
const merged = mergedStudyRecords(archives, fromService ?? [], now, membersDir());
if (merged.problems.length) {
  console.error(
    [
      '支部服务中的学习记录有误，报告没有生成 / invalid study records on the branch service, no report written:',
      ...merged.problems.map((p) => `  - ${p}`),
    ].join('\n'),
  );
  process.exit(1);
}
if (fromService)
  console.log(
    `从支部服务读取 ${fromService.length} 份学习记录。/ ${fromService.length} record(s) from the branch service.`,
  );

const snapshotFile = process.env.DISCUSSIONS_SNAPSHOT || 'src/data/discussions.json';
const snapshot = existsSync(snapshotFile) ? parseSnapshot(readFileSync(snapshotFile, 'utf8'), snapshotFile) : undefined;
const settings = loadSettings();
// One meeting record feeds the ledger and this report: the month's attendance, per member.
const meetingList = readMeetings();
const recordList = readRecords();
stopOnProblems('会议或会议记录有误，报告没有生成 / invalid meetings or records, no report written:', [
  ...meetingList.problems,
  ...recordList.problems,
]);
const monthMeetings = ledgerMeetings(meetingList).filter((m) => m.date.startsWith(`${month}-`));
const attendance = attendanceByMember(monthMeetings, recordsByMeeting(recordList), civilDateInShanghai(now));
const report = monthlyReport({
  month,
  target: settings.monthlyTargetMinutes,
  members: archives.map(({ id, data }) => ({
    id,
    name: data.name,
    stage: data.stage,
    status: data.status,
    joined: data.joined,
    studyRecords: merged.records.get(id) ?? data.studyRecords ?? [],
    discussionAccounts: data.discussionAccounts ?? [],
  })),
  discussions: snapshot?.discussions,
  attendance,
});
const unfinishedOn = month === civilMonthInShanghai(now) ? civilDateInShanghai(now) : undefined;
const development = developmentRows(
  archives.map(({ data }) => ({ name: data.name, development: data.development as DevelopmentRecord | undefined })),
  [month, civilMonthInShanghai(now)],
  civilDateInShanghai(now),
);
const context = {
  branch: settings.branchName,
  generatedAt: now,
  syncedAt: snapshot?.syncedAt,
  unfinishedOn,
  development,
};
mkdirSync(out, { recursive: true });
const html = join(out, `${month}.html`);
const csv = join(out, `${month}.csv`);
writeFileSync(html, reportHtml(report, context));
writeFileSync(csv, reportCsv(report));
const { totals } = report;
if (unfinishedOn)
  console.log(`注意：${unfinishedNote(month, unfinishedOn)} / ${month} is not over yet: partial figures.`);
console.log(`${month} 学习情况月报：${html}（打印用，含说明和合计）、${csv}（表格，每人一行）`);
console.log(
  `  ${totals.members} 人，有记录 ${totals.submitted} 人（本人提交 ${totals.fromFiles} 人），达标 ${totals.met} 人（${totals.metPercent}%），连续 ${ATTENTION_MONTHS} 个月及以上未达标 ${totals.attention.length} 人。`,
);
console.log(
  '报告含党员个人信息，只供支部内部使用，不要上传到网站或公开的仓库。/ The report holds personal data: keep it private.',
);
