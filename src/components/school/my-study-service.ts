/**
 * 我的学习 and the branch service (services/branch/study.mjs): who is signed in,
 * the sync that keeps the log on the service as well as in this browser, and
 * sending a month's record. Every call answers with a result to word for the
 * member, never an exception; <my-study> (my-study.ts) shows them.
 */
import { callBranch, newRequestId, storedToken, type BranchResult } from '../../lib/branch/api';
import { browserStorage, emptyLog, updateLog, withDevice, type StudyLog } from '../../lib/study/log';
import { syncBody, withServiceRecord } from '../../lib/study/sync';
import type { StudySubmission } from '../../lib/study/submission';
import { civilDateTimeInShanghai, formatCivilDate } from '../../lib/civil-date';
import { currentSession } from '../branch/branch-session';

export type ServiceState =
  /** On the roster: the record is the member's, by the archive id the service knows. */
  | { kind: 'member'; token: string; memberId: string; name: string }
  /** Signed in with an account the secretary has not linked to an archive yet. */
  | { kind: 'not-member' }
  | { kind: 'signed-out' }
  | { kind: 'unreachable' };

/** What `study/months/:month` answers. */
export interface SentAnswer {
  month: string;
  createdAt: string;
  receivedAt: string;
  newerKept: boolean;
}

/** The token the one sign-in keeps, or undefined (storage switched off counts as signed out). */
function token(): string | undefined {
  try {
    return storedToken(localStorage);
  } catch {
    return undefined;
  }
}

/** Who is signed in on this browser, as the service sees it. */
export async function serviceState(server: string): Promise<ServiceState> {
  if (!token()) return { kind: 'signed-out' };
  const session = await currentSession(server);
  if (session.kind !== 'signed-in') return session;
  const member = (session.me as { member?: { id?: unknown; name?: unknown } | null }).member;
  if (typeof member?.id !== 'string') return { kind: 'not-member' };
  return { kind: 'member', token: session.token, memberId: member.id, name: String(member.name ?? '') };
}

/**
 * Sends every device's tallies this browser knows and unites the service's
 * record into the log, in storage when it can be written (else in memory).
 * The device id is stored before anything is sent, so this browser's time is
 * always its own device's, here and on the service.
 */
export async function syncLog(
  server: string,
  state: { token: string },
  log: StudyLog,
): Promise<
  | { log: StudyLog; months: unknown }
  | { problem: 'unreachable' | 'signed-out' | 'refused'; message?: string; log: StudyLog }
> {
  const storage = browserStorage();
  const named = updateLog(storage, (stored) => stored);
  let current = named.saved ? named.log : withDevice(log);
  const answer = await callBranch<{ months?: unknown }>(server, 'study/sync', {
    token: state.token,
    body: { ...syncBody(current), requestId: newRequestId() },
  });
  if (!answer.ok) {
    const { problem } = answer;
    return problem.kind === 'refused'
      ? { problem: 'refused', message: problem.message, log: current }
      : { problem: problem.kind, log: current };
  }
  if (named.saved) current = updateLog(storage, (stored) => withServiceRecord(stored, answer.data) ?? stored).log;
  else current = withServiceRecord(current, answer.data) ?? current;
  return { log: current, months: answer.data.months };
}

/** Sends one month's record; a new send of the month replaces it on the service when newer. */
export const sendMonth = (
  server: string,
  state: Extract<ServiceState, { kind: 'member' }>,
  submission: StudySubmission,
): Promise<BranchResult<SentAnswer>> =>
  callBranch<SentAnswer>(server, `study/months/${submission.month}`, {
    token: state.token,
    body: { submission, requestId: newRequestId() },
  });

/** An instant as members read it, Beijing time: 2026年11月26日 10:00. */
export function beijingTime(iso: string): string {
  const local = civilDateTimeInShanghai(new Date(iso));
  return `${formatCivilDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** How often leaving a page sends the log at most: a member flicking between apps sends it once. */
const PUSH_EVERY_MS = 60_000;
let lastPush = 0;

/**
 * Sends this browser's log when a signed-in member leaves a page they studied
 * on (study-timer.ts); best effort and quiet: /my/ syncs and says so anyway.
 */
export function pushLog(server: string): void {
  const signedIn = token();
  if (!signedIn || Date.now() - lastPush < PUSH_EVERY_MS) return;
  lastPush = Date.now();
  void syncLog(server, { token: signedIn }, emptyLog());
}
