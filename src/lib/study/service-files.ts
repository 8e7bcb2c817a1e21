/**
 * The monthly records members sent to the branch service (「提交本月学习记录」
 * signed in; services/branch/study.mjs `study/months`) as the import's files:
 * each named as the member's own file would be, under 支部服务/, so the CMS's
 * 导入学习记录 and `members:import` / `members:report` read them with the same
 * checks, merge rules and refusals as a file sent by WeChat (import.ts).
 */
import type { ImportFile } from './import';
import { submissionFileName } from './submission';

/** The folder name the service's records go by in the import's messages. */
export const SERVICE_FOLDER = '支部服务';

/** One stored record as the service lists it. */
export interface StoredMonth {
  member: string;
  month: string;
  submission: unknown;
}

/** The stored records as import files (an answer that is not a list gives none). */
export function serviceImportFiles(stored: unknown): ImportFile[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((s): s is StoredMonth => typeof s?.member === 'string' && typeof s.month === 'string')
    .map((s) => ({
      name: `${SERVICE_FOLDER}/${submissionFileName(s.member, s.month)}`,
      text: JSON.stringify(s.submission),
    }));
}
