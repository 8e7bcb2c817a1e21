#!/usr/bin/env node
/**
 * `npm run meetings:plan [YYYY]`: the year plans (年度计划, entered once in the
 * CMS) become one meeting entry per day in src/content/meetings/. Days that
 * already have an entry are left as they are, so running it again after
 * editing a meeting by hand changes nothing the secretary did.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, type Scalar } from 'yaml';
import { civilDateInShanghai } from '../src/lib/civil-date.ts';
import { planMeetings } from '../src/lib/meetings/plan-entries.ts';
import { unusedExceptions } from '../src/lib/meetings/recurrence.ts';
import { collectionFolder } from '../src/model/content-folder.ts';
import { collectionModel } from '../src/model/collections.ts';
import { readMeetings, readPlans, stopOnProblems } from './meetings/meeting-files.ts';

/** The entry as the CMS would write it, times quoted: a YAML 1.1 reader takes a bare 14:30 for the number 870. */
function entryYaml(data: object): string {
  const doc = new Document(data);
  for (const key of ['start', 'end']) (doc.get(key, true) as Scalar).type = 'QUOTE_SINGLE';
  return doc.toString();
}

const year = Number(process.argv[2] ?? civilDateInShanghai(new Date()).slice(0, 4));
if (!Number.isInteger(year) || year < 2000 || year > 2100) {
  console.error(`年份应写成四位数字，如 2026（收到“${process.argv[2]}”）。/ The year must look like 2026.`);
  process.exit(2);
}
const plans = readPlans();
const meetings = readMeetings();
stopOnProblems('年度计划或会议有误，没有生成会议 / invalid plans or meetings, nothing written:', [
  ...plans.problems,
  ...meetings.problems,
]);
const folder = collectionFolder(collectionModel('meetings'));
mkdirSync(folder, { recursive: true });
const ids = new Set(meetings.entries.map((m) => m.id));
const ofYear = plans.entries.filter((p) => p.data.year === year);
if (ofYear.length === 0) console.log(`没有 ${year} 年的年度计划。/ No plan for ${year}.`);
for (const { file, data: plan } of ofYear) {
  const { created, kept, missing } = planMeetings(plan, ids);
  for (const meeting of created) {
    writeFileSync(join(folder, `${meeting.id}.yml`), entryYaml(meeting.data));
    ids.add(meeting.id);
  }
  console.log(`${file}（${plan.title}）：新建 ${created.length} 次，已有 ${kept.length} 次保持不变。`);
  for (const month of missing) console.log(`  ${month} 没有“${plan.position}${plan.weekday ?? ''}”，这个月没有安排。`);
  for (const day of unusedExceptions(plan))
    console.log(`  注意：调整或不开展的日期 ${day} 不是按规则算出的日期，请检查。`);
}
