/**
 * The editors' side of submissions (services/branch/submissions.mjs): what
 * waits, and a submission opened in the CMS as a new entry with its fields
 * filled. Decap fills a new entry from the query of its `#/collections/<name>/new`
 * address, HTML-escaping every value on the way (entries.ts processValue);
 * `unescapeDecapPrefill` undoes that on save, so a member's quotation marks
 * reach the file as written. The text then goes through the site's sanitiser at
 * build time like every entry's. Pure.
 */
import type { SubmissionKind } from './submissions';

export interface WaitingSubmission {
  id: number;
  kind: SubmissionKind;
  title: string;
  author: string;
  stage: string;
  contest: string | null;
  submittedOn: string;
}

export const readWaiting = (data: unknown): WaitingSubmission[] =>
  Array.isArray(data)
    ? data.filter(
        (v): v is WaitingSubmission =>
          Number.isInteger(v?.id) && (v.kind === 'report' || v.kind === 'essay') && typeof v.title === 'string',
      )
    : [];

/** The CMS collection a submission becomes an entry of. */
export const collectionOf = (kind: SubmissionKind) => (kind === 'report' ? 'reports' : 'essays');

/** The entry's fields as the service gives them (`review/:id`), checked. */
export function readEntryFields(data: unknown): { kind: SubmissionKind; fields: Record<string, string> } | undefined {
  const v = data as { kind?: unknown; entry?: Record<string, unknown> } | null;
  if ((v?.kind !== 'report' && v?.kind !== 'essay') || typeof v.entry !== 'object' || v.entry === null)
    return undefined;
  const fields = Object.fromEntries(
    Object.entries(v.entry).filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== ''),
  );
  return { kind: v.kind, fields };
}

/** The CMS address that opens a new entry of `collection` with `fields` filled. */
export function newEntryHash(collection: string, fields: Record<string, string>): string {
  return `#/collections/${collection}/new?${new URLSearchParams(fields).toString()}`;
}

const DECAP_ESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#039;': "'" };

/** A prefilled value as the member wrote it (Decap stored it HTML-escaped). */
export const unescapeDecapPrefill = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#039);/g, (entity) => DECAP_ESCAPES[entity] ?? entity);

/** What the CMS page keeps (sessionStorage) between opening a submission and saving the entry. */
export interface Opening {
  id: number;
  collection: string;
  fields: string[];
}

export const OPENING_KEY = 'branch-submission-opening';

export function readOpening(storage: Pick<Storage, 'getItem'>): Opening | undefined {
  try {
    const v = JSON.parse(storage.getItem(OPENING_KEY) ?? 'null') as Partial<Opening> | null;
    if (!Number.isInteger(v?.id) || typeof v?.collection !== 'string' || !Array.isArray(v.fields)) return undefined;
    return { id: v.id as number, collection: v.collection, fields: v.fields.filter((f) => typeof f === 'string') };
  } catch {
    return undefined;
  }
}

/** Whether the CMS is still on the entry opened from a submission (new, or just saved under its address). */
export const stillOpening = (hash: string, collection: string) =>
  hash.startsWith(`#/collections/${collection}/new`) || hash.startsWith(`#/collections/${collection}/entries/`);
