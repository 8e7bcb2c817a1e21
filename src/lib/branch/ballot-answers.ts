/**
 * The branch service's answers about one ballot, read into what the page
 * shows (GET ballots/:id, POST ballots/:id/cast, GET ballots/:id/results:
 * docs/branch-service.md), the receipt the member's browser keeps, and the
 * check that the member's ballot was counted as cast. Pure logic.
 */
import type { Answers, Candidate } from './ballot-form';

export type BallotStatus = 'upcoming' | 'open' | 'closed';

export interface BallotState {
  status: BallotStatus;
  turnout?: { voted: number; eligible: number };
  /** Present when signed in; `reason` says why a member may not vote (not on this ballot's roll, or no member's account). */
  me?: { eligible: boolean; voted: boolean; reason?: 'not-on-roll' | 'not-member' };
  /** 民主评议: the members this voter grades. */
  candidates: Candidate[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

/** The state answer (`state`, `turnout`, `me`, `candidates` beside the definition), or `undefined` when it is not one (the page then says the service could not be read). */
export function readBallotState(data: unknown): BallotState | undefined {
  if (!isRecord(data)) return undefined;
  const status = data.state;
  if (status !== 'upcoming' && status !== 'open' && status !== 'closed') return undefined;
  const state: BallotState = { status, candidates: [] };
  if (isRecord(data.turnout)) {
    const voted = count(data.turnout.voted);
    const eligible = count(data.turnout.eligible);
    if (voted !== undefined && eligible !== undefined) state.turnout = { voted, eligible };
  }
  if (isRecord(data.me)) {
    const { eligible, voted, reason } = data.me;
    state.me = { eligible: eligible === true, voted: voted === true };
    if (reason === 'not-on-roll' || reason === 'not-member') state.me.reason = reason;
  }
  if (Array.isArray(data.candidates))
    state.candidates = data.candidates.flatMap((c) =>
      isRecord(c) && typeof c.memberId === 'string' && typeof c.name === 'string'
        ? [{ memberId: c.memberId, name: c.name }]
        : [],
    );
  return state;
}

/** What the browser keeps of a cast ballot (localStorage): enough to check it, never whom a review graded how. */
export interface KeptReceipt {
  receipt: string;
  changeKey?: string;
  /** A poll: the choices sent. */
  answers?: Answers;
  /** A review: the fingerprint computed here and how many members got each grade. */
  fingerprint?: string;
  gradeCounts?: Record<string, number>;
}

/** The cast answer: the receipt, the change key (changeable ballots), the fingerprint (reviews). */
export function readCast(data: unknown): { receipt: string; changeKey?: string; fingerprint?: string } | undefined {
  if (!isRecord(data) || typeof data.receipt !== 'string' || data.receipt === '') return undefined;
  return {
    receipt: data.receipt,
    ...(typeof data.changeKey === 'string' ? { changeKey: data.changeKey } : {}),
    ...(typeof data.fingerprint === 'string' ? { fingerprint: data.fingerprint } : {}),
  };
}

export function readKeptReceipt(text: string | null): KeptReceipt | undefined {
  try {
    const kept = JSON.parse(text ?? 'null') as unknown;
    return isRecord(kept) && typeof kept.receipt === 'string' ? (kept as unknown as KeptReceipt) : undefined;
  } catch {
    return undefined;
  }
}

export interface PublishedBallot {
  receipt: string;
  answers?: Answers;
  /** A review: how many members the ballot gave each grade, and its fingerprint. */
  grades?: Record<string, number>;
  fingerprint?: string;
}

export interface BallotResults {
  /** Ballots cast, and members who could vote. */
  cast: number;
  eligible: number;
  /** A poll: votes per option, by question id and option id. */
  tallies: Record<string, Record<string, number>>;
  /** A review: how many grades of each kind the branch gave in all. */
  totals: Record<string, number>;
  ballots: PublishedBallot[];
}

const numbers = (v: unknown): Record<string, number> =>
  isRecord(v)
    ? Object.fromEntries(Object.entries(v).flatMap(([k, n]) => (count(n) === undefined ? [] : [[k, n as number]])))
    : {};

export function readResults(data: unknown): BallotResults | undefined {
  if (!isRecord(data) || !Array.isArray(data.receipts)) return undefined;
  const tallies = isRecord(data.tallies)
    ? Object.fromEntries(Object.entries(data.tallies).map(([q, options]) => [q, numbers(options)]))
    : {};
  const ballots = data.receipts.flatMap((r): PublishedBallot[] => {
    if (!isRecord(r) || typeof r.receipt !== 'string') return [];
    const published: PublishedBallot = { receipt: r.receipt };
    if (isRecord(r.answers))
      published.answers = Object.fromEntries(
        Object.entries(r.answers).map(([q, ids]) => [
          q,
          Array.isArray(ids) ? ids.filter((i) => typeof i === 'string') : [],
        ]),
      );
    if (isRecord(r.counts)) published.grades = numbers(r.counts);
    if (typeof r.fingerprint === 'string') published.fingerprint = r.fingerprint;
    return [published];
  });
  return {
    cast: count(data.cast) ?? ballots.length,
    eligible: count(data.eligible) ?? 0,
    tallies,
    totals: numbers(data.totals),
    ballots,
  };
}

/** Whether the member's ballot is in the published list as it was cast. */
export type ReceiptCheck = 'counted' | 'different' | 'missing';

const sameAnswers = (a: Answers, b: Answers) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((q) => [...(a[q] ?? [])].sort().join() === [...(b[q] ?? [])].sort().join());
};

const sameCounts = (a: Record<string, number>, b: Record<string, number>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
};

export function checkReceipt(results: BallotResults, kept: KeptReceipt): ReceiptCheck {
  const published = results.ballots.find((b) => b.receipt === kept.receipt);
  if (!published) return 'missing';
  if (kept.answers) return published.answers && sameAnswers(published.answers, kept.answers) ? 'counted' : 'different';
  if (kept.fingerprint !== undefined && published.fingerprint !== kept.fingerprint) return 'different';
  if (kept.gradeCounts && published.grades && !sameCounts(published.grades, kept.gradeCounts)) return 'different';
  return 'counted';
}

/** Where the browser keeps a cast ballot's receipt (localStorage: to check it after closing). */
export const receiptKey = (ballotId: string) => `branch-ballot-receipt:${ballotId}`;

/** Where the choices wait until the service has them (sessionStorage: gone with the tab, kept across reloads). */
export const draftKey = (ballotId: string) => `branch-ballot-draft:${ballotId}`;

/** Choices not yet sent, with the request id a retry must reuse (and, for a review, its salt). */
export interface Draft {
  requestId: string;
  /** What the request id was made for: a new choice gets a new id, a retry of the same choices the same one. */
  sent?: string;
  answers?: Answers;
  grades?: Record<string, string>;
  salt?: string;
}

export function readDraft(text: string | null): Draft | undefined {
  try {
    const draft = JSON.parse(text ?? 'null') as unknown;
    return isRecord(draft) && typeof draft.requestId === 'string' ? (draft as unknown as Draft) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The request id for sending `payload`: the draft's own when it was made for
 * the same payload (a retry, counted once by the service), a fresh one otherwise.
 */
export function requestIdFor(draft: Draft | undefined, payload: string, fresh: () => string): string {
  return draft?.sent === payload ? draft.requestId : fresh();
}
