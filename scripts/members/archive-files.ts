/**
 * The member archives on disk: the one reader of every command that uses them
 * (members:import, members:report, members:export, digest, and the private
 * reports to come). Where they are (src/model/content-folder.ts: MEMBERS_DIR,
 * else the model's folder, as for the build), read with their comments and
 * layout kept, checked against the content model (a bad file is reported with
 * its file, field and fix, and never used), and written back with only the
 * study records changed. Archives hold personal data: nothing here prints more
 * than a name and a file name.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { collectionModel } from '../../src/model/collections';
import { entryDataProblems } from '../../src/model/check-entry';
import { entryIdFromFile } from '../../src/model/entry-id';
import { collectionFolder, MEMBERS_DIR_VARIABLE } from '../../src/model/content-folder';
import type { ArchiveStudyRecord } from '../../src/lib/study/import';

/** An archive's data once the model has accepted it (YAML 1.2: dates stay the text the editor typed). */
export interface ArchiveData {
  name: string;
  stage: string;
  status: string;
  joined: string;
  branch: string;
  phone?: string;
  email?: string;
  discussionAccounts?: string[];
  studyRecords?: ArchiveStudyRecord[];
  [field: string]: unknown;
}

export interface ArchiveFile {
  id: string;
  /** Path for messages (as given, relative to the project when it is). */
  file: string;
  /** Absolute path, for writing. */
  path: string;
  doc: Document;
  data: ArchiveData;
}

const MEMBERS = collectionModel('members');

/** The archive folder, as given (relative to `root` unless MEMBERS_DIR is absolute): for reading and for messages. */
export const membersDir = (env: Record<string, string | undefined> = process.env) => collectionFolder(MEMBERS, env);

/** What the build would say about this archive's data; empty when it is valid. */
export function archiveProblems(file: string, data: unknown): string[] {
  return entryDataProblems(MEMBERS, file, data).map((p) => `${p.file}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
}

export interface ArchiveList {
  /** The valid archives, by file name. */
  archives: ArchiveFile[];
  /** The files left out (unreadable or rejected by the model), for counts. */
  rejected: string[];
  /** One line per problem: the file, the field and the fix. */
  problems: string[];
}

export interface ReadOptions {
  /** The project root that a relative `dir` is in (default: the working directory, where npm runs the commands). */
  root?: string;
  /** false: a missing folder means no archives (the digest of a public repository); true (default): a problem. */
  required?: boolean;
}

/**
 * Every valid archive of `dir`, sorted by file name, with one problem line per
 * file that cannot be read or that the model rejects (that file is left out).
 */
export function readArchives(
  dir: string = membersDir(),
  { root = process.cwd(), required = true }: ReadOptions = {},
): ArchiveList {
  const folder = resolve(root, dir);
  if (!existsSync(folder))
    return {
      archives: [],
      rejected: [],
      problems: required
        ? [
            `找不到党员档案文件夹 ${dir}（可用环境变量 ${MEMBERS_DIR_VARIABLE} 指定）。/ Member archive folder not found: ${dir}`,
          ]
        : [],
    };
  const archives: ArchiveFile[] = [];
  const rejected: string[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(folder)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = join(dir, name);
    const path = join(folder, name);
    try {
      const id = entryIdFromFile(name);
      const doc = parseDocument(readFileSync(path, 'utf8'));
      if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('; '));
      const data = (doc.toJS() ?? {}) as ArchiveData;
      const invalid = archiveProblems(file, data);
      if (invalid.length) {
        rejected.push(file);
        problems.push(...invalid);
      } else archives.push({ id, file, path, doc, data });
    } catch (error) {
      rejected.push(file);
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  return { archives, rejected, problems };
}

/**
 * For commands that must see every member (an export, a report): the archives,
 * or, when any file is refused, `refusal` and the problems printed and the
 * process ended, since a list missing one member would look complete.
 */
export function archivesOrStop(refusal: string): ArchiveFile[] {
  const { archives, problems } = readArchives();
  if (problems.length === 0) return archives;
  console.error([refusal, ...problems.map((problem) => `  - ${problem}`)].join('\n'));
  process.exit(1);
}

/** The archive with new study records, written atomically (a half-written archive is never left behind). */
export function writeStudyRecords(archive: ArchiveFile, records: readonly ArchiveStudyRecord[]): void {
  archive.doc.set('studyRecords', archive.doc.createNode(records));
  const temporary = `${archive.path}.tmp.${process.pid}`;
  writeFileSync(temporary, archive.doc.toString());
  renameSync(temporary, archive.path);
}
