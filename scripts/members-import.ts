#!/usr/bin/env node
/**
 * `npm run members:import <folder>`: merges every monthly study record file
 * (.json, or .txt with a record pasted from a WeChat message) in <folder> into
 * the member archives (MEMBERS_DIR, else src/content/members), with the same
 * rules as 导入学习记录 in the CMS (src/lib/study/import.ts): month by month the
 * newest submission wins, the same file twice changes nothing, and a damaged
 * file, a future month or a file without an archive stops the whole import
 * before anything is written. Prints what changed per member.
 *
 * Each record goes to the archive of the member id inside it. The secretary
 * chooses by file names, so a file named for one member (study-record-<id>-
 * <month>.json) that holds another's record is refused, as the CMS refuses it
 * on the wrong archive; `--member <id>` imports into that one archive only and
 * refuses any other member's file. A file with the name the member typed
 * instead of an id goes only where `--member` says (never matched by name).
 * A file larger than any record is refused by its size, unread.
 *
 * With the branch service's settings (run on the server with its environment
 * file, scripts/members/service-records.ts), the records members sent to the
 * service are read too, as files under 支部服务/; the folder is then optional.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ImportRefused,
  changedAnything,
  describeChange,
  mergeSubmissions,
  readSubmissions,
  sizeProblem,
  typedNames,
} from '../src/lib/study/import.ts';
import { serviceConfigured, serviceFiles } from './members/service-records.ts';
import { t } from '../src/i18n/zh.ts';
import {
  type ArchiveFile,
  archiveProblems,
  membersDir,
  readArchives,
  writeStudyRecords,
} from './members/archive-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { member: { type: 'string' } },
});
const folder = positionals[0];
const withService = serviceConfigured();
if (
  (!folder && !withService) ||
  positionals.length > 1 ||
  (folder && !statSync(folder, { throwIfNoEntry: false })?.isDirectory())
) {
  console.error(
    '用法：npm run members:import <文件夹> [-- --member <党员编号>]（文件夹里放着党员发来的学习记录文件；加 --member 只导入这一位党员的档案；党员只填了姓名的文件要用 --member 指定档案）。有支部服务时在服务器上带环境文件运行，文件夹可省略。/ usage: npm run members:import <folder of study record files> [-- --member <id>]',
  );
  process.exit(2);
}
const onlyMember = values.member;

function refuse(problems: string[]): never {
  console.error(['没有导入，档案未改动 / nothing was imported:', ...problems.map((p) => `  - ${p}`)].join('\n'));
  process.exit(1);
}

const names = folder
  ? readdirSync(folder)
      .filter((name) => /\.(json|txt)$/i.test(name))
      .sort()
  : [];
// With --member, only that member's records: the service knows whose each one is.
const fromService = (await serviceFiles({ memberId: onlyMember })) ?? [];
if (names.length === 0 && fromService.length === 0) refuse([t('import.noFiles', { folder: folder ?? '支部服务' })]);
// Sizes first: a file larger than any record is never read into memory.
const oversized = names.flatMap((name) => sizeProblem(name, statSync(join(folder!, name)).size) ?? []);
if (oversized.length) refuse(oversized);
const files = [...names.map((name) => ({ name, text: readFileSync(join(folder!, name), 'utf8') })), ...fromService];
if (withService)
  console.log(
    `从支部服务读取 ${fromService.length} 份学习记录。/ ${fromService.length} record(s) from the branch service.`,
  );

const dir = membersDir();
const { read: submissions, problems } = readSubmissions(files, new Date());

const { archives, problems: broken } = readArchives(dir);
const byId = new Map(archives.map((a) => [a.id, a]));
const byMember: Map<string, typeof submissions> = new Map();
if (onlyMember !== undefined && !byId.has(onlyMember))
  refuse([t('import.unknownMember', { file: `--member ${onlyMember}`, member: onlyMember, folder: dir })]);
for (const read of submissions) {
  // With --member, every file goes to that archive, and mergeSubmissions refuses another member's.
  const id = onlyMember ?? read.submission.member;
  if (id === undefined) {
    problems.push(t('import.needMember', { file: read.file, name: read.submission.name ?? '' }));
    continue;
  }
  if (!byId.has(id)) {
    const bad = broken.filter((p) => p.includes(`${id}.yml`) || p.includes(`${id}.yaml`));
    problems.push(
      bad.length
        ? t('import.badArchive', { file: `${id}.yml`, problem: bad.join('；') })
        : t('import.unknownMember', { file: read.file, member: id, folder: dir }),
    );
    continue;
  }
  byMember.set(id, [...(byMember.get(id) ?? []), read]);
}

const plans = [];
for (const [id, reads] of byMember) {
  const archive = byId.get(id) as ArchiveFile; // every member in byMember has an archive (checked above)
  try {
    const { records, changes } = mergeSubmissions(id, archive.data.studyRecords ?? [], reads);
    const invalid = archiveProblems(archive.file, { ...archive.data, studyRecords: records });
    if (invalid.length)
      problems.push(...invalid.map((p) => t('import.badArchive', { file: archive.file, problem: p })));
    plans.push({ archive, records, changes, names: typedNames(reads) });
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    problems.push(...error.problems);
  }
}
if (problems.length) refuse(problems);

let written = 0;
for (const { archive, records, changes, names } of plans.sort((a, b) => a.archive.file.localeCompare(b.archive.file))) {
  const changed = changedAnything(changes);
  if (changed) {
    writeStudyRecords(archive, records);
    written += 1;
  }
  console.log(`${archive.data.name}（${archive.file}）${changed ? '' : '：没有变化'}`);
  for (const change of changes) console.log(`  - ${describeChange(change)}（${change.file}）`);
  if (names.length) console.log(`  ${t('import.typedName', { names: names.join('、') })}`);
}
console.log(
  `\n读入 ${files.length} 个文件，更新 ${written} 份档案，${plans.length - written} 份没有变化。档案含个人信息，请只保存在私有仓库或本机。/ ${files.length} file(s) read, ${written} archive(s) updated.`,
);
