/**
 * The monthly study records members sent to the branch service, read from its
 * database as the import's files (src/lib/study/service-files.ts), for
 * members:import and members:report. Read on the server with the service's
 * environment file, as `branch:roster` is:
 *
 *   node --env-file=/etc/dangjian/waline.env --import ./scripts/ts-resolve.ts scripts/members-report.ts
 *
 * Without the service's settings (PG_DB, PG_USER) there is nothing to read:
 * branches without the service go on with files alone.
 */
import { openPool } from '../../services/branch/connect.mjs';
import { storedSubmissions } from '../../services/branch/study.mjs';
import { serviceImportFiles } from '../../src/lib/study/service-files.ts';
import {
  ImportRefused,
  mergeSubmissions,
  readSubmissions,
  type ArchiveStudyRecord,
  type ImportFile,
  type ReadSubmission,
} from '../../src/lib/study/import.ts';
import { t } from '../../src/i18n/zh.ts';

/** Whether this command runs with the branch service's settings. */
export const serviceConfigured = (env: Record<string, string | undefined> = process.env) =>
  Boolean(env.PG_DB && env.PG_USER);

/**
 * The service's records (one month's, or all) as import files; undefined
 * without the service's settings. A database that cannot be reached stops the
 * command with the reason: a report silently missing the service's records would look complete.
 */
export async function serviceFiles(
  filter: { month?: string; memberId?: string } = {},
  env: Record<string, string | undefined> = process.env,
): Promise<ImportFile[] | undefined> {
  if (!serviceConfigured(env)) return undefined;
  const pool = openPool(env, { max: 1, log: () => {} });
  try {
    return serviceImportFiles(await storedSubmissions(pool, filter));
  } catch (error) {
    console.error(
      `无法读取支部服务中的学习记录：${(error as Error).message}。请检查环境文件中的数据库设置，或稍后再试。/ cannot read the branch service's study records`,
    );
    process.exit(1);
  } finally {
    await pool.end();
  }
}

/**
 * The study records of each archive with the service's records merged in,
 * month by month as an import would (the newest wins), without writing the
 * archives: for a report. `problems` holds the import's refusals (a damaged
 * record, one without an archive); the caller stops on them, as an import does.
 */
export function mergedStudyRecords(
  archives: readonly { id: string; data: { studyRecords?: ArchiveStudyRecord[] } }[],
  files: readonly ImportFile[],
  now: Date,
  folder: string,
): { records: Map<string, ArchiveStudyRecord[]>; problems: string[] } {
  const { read, problems } = readSubmissions(files, now);
  const byMember = new Map<string, ReadSubmission[]>();
  for (const r of read) {
    const id = r.submission.member ?? '';
    if (!archives.some((a) => a.id === id))
      problems.push(t('import.unknownMember', { file: r.file, member: id, folder }));
    else byMember.set(id, [...(byMember.get(id) ?? []), r]);
  }
  const records = new Map<string, ArchiveStudyRecord[]>();
  for (const archive of archives) {
    const reads = byMember.get(archive.id) ?? [];
    try {
      records.set(archive.id, mergeSubmissions(archive.id, archive.data.studyRecords ?? [], reads).records);
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      problems.push(...error.problems);
    }
  }
  return { records, problems };
}
