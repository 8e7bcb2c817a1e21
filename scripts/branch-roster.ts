#!/usr/bin/env node
/**
 * `npm run branch:roster`: tells the branch service who the members are. Reads
 * the member archives (scripts/members/archive-files.ts) and links each to its
 * discussion account by the archive's 讨论区账号 (the account's display name or
 * e-mail), with its stage and duties: who may vote, who is graded in 民主评议,
 * who reads 意见 and 举报. Run it on the server, with the service's environment
 * file, after creating accounts or changing archives:
 *
 *   node --env-file=/etc/dangjian/waline.env --import ./scripts/ts-resolve.ts scripts/branch-roster.ts
 *
 * Prints names and file names only; the archive's other fields never leave it.
 */
import { openPool, usersTable } from '../services/branch/connect.mjs';
import { syncRoster, type ArchiveMember } from '../services/branch/roster.mjs';
import { branchConfig } from '../services/branch/config.mjs';
import { archivesOrStop } from './members/archive-files.ts';

const archives = archivesOrStop('党员档案有误，名单没有更新 / invalid member archives, roster not updated:');
if (!process.env.PG_DB || !process.env.PG_USER) {
  console.error(
    '请带上支部服务的环境文件运行（PG_DB、PG_USER…），例如：node --env-file=/etc/dangjian/waline.env --import ./scripts/ts-resolve.ts scripts/branch-roster.ts / PG_DB and PG_USER are not set.',
  );
  process.exit(2);
}

const members: ArchiveMember[] = archives.map((archive) => ({
  memberId: archive.id,
  name: archive.data.name,
  stage: archive.data.stage,
  duties: (archive.data.duties as string[] | undefined) ?? [],
  accounts: [...(archive.data.discussionAccounts ?? []), ...(archive.data.email ? [archive.data.email] : [])],
}));

const pool = openPool(process.env, { max: 1 });
try {
  const result = await syncRoster(pool, usersTable(process.env), members);
  console.log(
    `支部服务名单已更新：${result.linked.length} 人对应到账号。/ roster updated: ${result.linked.length} linked.`,
  );
  for (const member of result.unmatched)
    console.log(
      `  - ${member.name}（${member.memberId}）：没有找到账号 ${member.accounts.join('、') || '（档案未填讨论区账号）'}，暂不能投票和评议`,
    );
  for (const shared of result.shared)
    console.log(`  - 账号 ${shared.account} 被多份档案填写（${shared.members.join('、')}），已都不对应，请改正档案`);
  const reportReaders = branchConfig(process.env).readers.report;
  const linkedDuties = result.linked.flatMap((link) => members.find((m) => m.memberId === link.memberId)?.duties ?? []);
  if (!linkedDuties.some((duty) => reportReaders.includes(duty)))
    console.log(
      `  注意：名单上没有${reportReaders.join('、')}，举报暂时无人接收。请在档案“支部职务”中填写，或在环境文件中用 BRANCH_REPORT_READERS 指定（如 书记）。`,
    );
} catch (error) {
  console.error(`名单没有更新 / roster not updated: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await pool.end();
}
