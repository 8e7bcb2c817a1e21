/**
 * The member archives on disk, for the secretary's commands (members:import,
 * members:report): where they are (MEMBERS_DIR, else src/content/members),
 * read with their comments and layout kept, checked against the content model,
 * and written back with only the study records changed. Archives hold personal
 * data: nothing here prints more than a name and a file name.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { collectionModel } from '../../src/model/collections';
import { entryDataProblems } from '../../src/model/check-entry';
import { entryIdFromFile } from '../../src/model/entry-id';
import type { ArchiveStudyRecord } from '../../src/lib/study/import';

export const membersDir = () => process.env.MEMBERS_DIR || 'src/content/members';

export interface ArchiveData {
  name: string;
  stage: string;
  status: string;
  joined?: string;
  discussionAccounts?: string[];
  studyRecords?: ArchiveStudyRecord[];
  [field: string]: unknown;
}

export interface ArchiveFile {
  id: string;
  /** Path for messages (as given, relative to the project when it is). */
  file: string;
  doc: Document;
  data: ArchiveData;
}

const MEMBERS = collectionModel('members');

/** What the build would say about this archive's data; empty when it is valid. */
export function archiveProblems(file: string, data: unknown): string[] {
  return entryDataProblems(MEMBERS, file, data).map((p) => `${p.file}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
}

/** Every archive of `dir` (YAML 1.2: dates stay text), with the problems of those that cannot be read or are invalid. */
export function readArchives(dir: string): { archives: ArchiveFile[]; problems: string[] } {
  if (!existsSync(dir))
    return {
      archives: [],
      problems: [
        `找不到党员档案文件夹 ${dir}（可用环境变量 MEMBERS_DIR 指定）。/ Member archive folder not found: ${dir}`,
      ],
    };
  const archives: ArchiveFile[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = join(dir, name);
    try {
      const id = entryIdFromFile(name);
      const doc = parseDocument(readFileSync(file, 'utf8'));
      if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('; '));
      const data = (doc.toJS() ?? {}) as ArchiveData;
      const invalid = archiveProblems(file, data);
      if (invalid.length) problems.push(...invalid);
      else archives.push({ id, file, doc, data });
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  return { archives, problems };
}

/** The archive with new study records, written atomically (a half-written archive is never left behind). */
export function writeStudyRecords(archive: ArchiveFile, records: readonly ArchiveStudyRecord[]): void {
  archive.doc.set('studyRecords', archive.doc.createNode(records));
  const temporary = `${archive.file}.tmp.${process.pid}`;
  writeFileSync(temporary, archive.doc.toString());
  renameSync(temporary, archive.file);
}
