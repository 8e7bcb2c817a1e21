/**
 * The meetings, year plans and private meeting records on disk, for the
 * commands that use them (meetings:plan, ledger, members:report, digest).
 * Each file is checked against the content model like the build checks it; a
 * bad file is reported with its file, field and fix, and never used. Records
 * are private: they live with the member archives (MEMBERS_DIR moves both).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectionModel, type CollectionName } from '../../src/model/collections';
import { entryDataProblems } from '../../src/model/check-entry';
import { parseEntryData } from '../../src/model/check-content';
import { entryIdFromFile } from '../../src/model/entry-id';
import { collectionFolder } from '../../src/model/content-folder';
import type { LedgerMeeting, LedgerRecord } from '../../src/lib/meetings/ledger';
import type { MeetingPlan } from '../../src/lib/meetings/plan-entries';

export interface EntryFile<T> {
  id: string;
  file: string;
  data: T;
}

export interface EntryList<T> {
  entries: EntryFile<T>[];
  problems: string[];
}

/** Every valid entry of `name`'s folder (sorted by file name), and one line per problem of the others. */
export function readEntries<T>(name: CollectionName, root = process.cwd()): EntryList<T> {
  const model = collectionModel(name);
  const dir = collectionFolder(model);
  const folder = resolve(root, dir);
  if (!existsSync(folder)) return { entries: [], problems: [] };
  const entries: EntryFile<T>[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(folder)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = join(dir, name);
    try {
      const data = parseEntryData(readFileSync(join(folder, name), 'utf8'), 'yml');
      const invalid = entryDataProblems(model, file, data);
      if (invalid.length)
        problems.push(...invalid.map((p) => `${p.file}${p.field ? ` ${p.field}` : ''}: ${p.message}`));
      else entries.push({ id: entryIdFromFile(name), file, data: data as T });
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  return { entries, problems };
}

export const readMeetings = (root?: string) => readEntries<Omit<LedgerMeeting, 'id'>>('meetings', root);
export const readPlans = (root?: string) => readEntries<MeetingPlan>('meetingPlans', root);
export const readRecords = (root?: string) => readEntries<LedgerRecord>('meetingRecords', root);

/** The meetings with their ids, as the ledger reads them. */
export const ledgerMeetings = (list: EntryList<Omit<LedgerMeeting, 'id'>>): LedgerMeeting[] =>
  list.entries.map(({ id, data }) => ({ ...data, id }));

/** Records by the meeting they record. */
export const recordsByMeeting = (list: EntryList<LedgerRecord>) =>
  new Map(list.entries.map(({ data }) => [data.meeting, data]));

/** For a command that must see every file: the problems printed and the process ended when there are any. */
export function stopOnProblems(refusal: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  console.error([refusal, ...problems.map((problem) => `  - ${problem}`)].join('\n'));
  process.exit(1);
}
