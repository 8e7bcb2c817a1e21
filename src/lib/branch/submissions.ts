/**
 * 思想汇报 and 征文 written on the page and kept on the branch service
 * (services/branch/submissions.mjs): the limits both sides use, the piece a
 * member is writing as the browser keeps it until the service has it, and the
 * service's answers read into plain values. Pure.
 */
import { charCount } from './channel';

export const SUBMISSION_KINDS = ['report', 'essay'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** The same limits as the service's (SUBMISSION_LIMITS in submissions.mjs), in characters. */
export const SUBMISSION_LIMITS = { title: 60, body: 15_000, note: 2000 } as const;

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'published'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** The form's fields. */
export interface SubmissionFields {
  kind: SubmissionKind;
  title: string;
  byline: string;
  stage: string;
  contest: string;
  text: string;
}

/** What the browser keeps (localStorage) until the service has it: the fields, the piece's id once it has one, and the write's request id. */
export interface PendingSubmission extends SubmissionFields {
  id: number | null;
  /** The same for every retry of the same text and action (the service then changes nothing twice). */
  requestId: string;
  submit: boolean;
}

export const PENDING_KEY = 'branch-submission-pending';

const sameFields = (a: SubmissionFields, b: SubmissionFields) =>
  a.kind === b.kind &&
  a.title === b.title &&
  a.byline === b.byline &&
  a.stage === b.stage &&
  a.contest === b.contest &&
  a.text === b.text;

/** The next write: the previous request id when nothing changed (a retry), a fresh one otherwise. */
export function nextPending(
  previous: PendingSubmission | undefined,
  now: Omit<PendingSubmission, 'requestId'>,
  newId: () => string,
): PendingSubmission {
  const same =
    previous !== undefined && previous.id === now.id && previous.submit === now.submit && sameFields(previous, now);
  return { ...now, requestId: same ? previous.requestId : newId() };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The piece kept in the browser, or undefined when there is none or it is not one of ours. */
export function readPending(storage: Pick<Storage, 'getItem'>): PendingSubmission | undefined {
  try {
    const v = JSON.parse(storage.getItem(PENDING_KEY) ?? 'null') as Partial<PendingSubmission> | null;
    if (!v || !SUBMISSION_KINDS.includes(v.kind as SubmissionKind)) return undefined;
    if (![v.title, v.byline, v.stage, v.contest, v.text, v.requestId].every(isString)) return undefined;
    if (!(v.id === null || Number.isInteger(v.id)) || typeof v.submit !== 'boolean') return undefined;
    return v as PendingSubmission;
  } catch {
    return undefined;
  }
}

export type SubmissionProblem = 'title-long' | 'text-long' | 'no-title' | 'no-text' | 'no-stage' | 'no-contest';

/** What the page says before sending (the service checks the same). A draft may be incomplete; a submission not. */
export function submissionProblem(fields: SubmissionFields, submit: boolean): SubmissionProblem | undefined {
  if (charCount(fields.title) > SUBMISSION_LIMITS.title) return 'title-long';
  if (charCount(fields.text) > SUBMISSION_LIMITS.body) return 'text-long';
  if (!submit) return undefined;
  if (!fields.title.trim()) return 'no-title';
  if (!fields.text.trim()) return 'no-text';
  if (fields.kind === 'report' && !fields.stage) return 'no-stage';
  if (fields.kind === 'essay' && !fields.contest) return 'no-contest';
  return undefined;
}

/** The body of `POST submissions`. */
export const saveRequest = (pending: PendingSubmission) => ({
  ...(pending.id === null ? {} : { id: pending.id }),
  kind: pending.kind,
  title: pending.title.trim(),
  byline: pending.byline,
  stage: pending.kind === 'report' ? pending.stage : '',
  contest: pending.kind === 'essay' ? pending.contest : '',
  text: pending.text,
  submit: pending.submit,
  requestId: pending.requestId,
});

/** A submission as the service gives it to its author. */
export interface Submission extends SubmissionFields {
  id: number;
  status: SubmissionStatus;
  note: string | null;
  submittedOn: string | null;
  updatedAt: string;
}

/** One submission from the service's answer, or undefined when it is not one. */
export function readSubmission(value: unknown): Submission | undefined {
  const v = value as Record<string, unknown> | null;
  if (!v || !Number.isInteger(v.id) || !SUBMISSION_STATUSES.includes(v.status as SubmissionStatus)) return undefined;
  if (!SUBMISSION_KINDS.includes(v.kind as SubmissionKind)) return undefined;
  const text = (key: string) => (isString(v[key]) ? (v[key] as string) : '');
  return {
    id: v.id as number,
    kind: v.kind as SubmissionKind,
    title: text('title'),
    byline: text('byline'),
    stage: text('stage'),
    contest: text('contest'),
    text: text('text'),
    status: v.status as SubmissionStatus,
    note: isString(v.note) ? v.note : null,
    submittedOn: isString(v.submittedOn) ? v.submittedOn : null,
    updatedAt: text('updatedAt'),
  };
}

export const readSubmissions = (data: unknown): Submission[] =>
  Array.isArray(data) ? data.map(readSubmission).filter((s): s is Submission => s !== undefined) : [];

/** A piece the member can still change. */
export const editable = (s: Pick<Submission, 'status'>) => s.status === 'draft' || s.status === 'returned';

/** A contest open for essays on `today` (Beijing): the page offers only these. */
export interface OpenContest {
  id: string;
  title: string;
  start: string;
  deadline: string;
}

export const openContests = (contests: readonly OpenContest[], today: string) =>
  contests.filter((c) => c.start <= today && today <= c.deadline);
