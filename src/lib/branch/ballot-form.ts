/**
 * What a member's choices on a ballot form mean before they are sent: which
 * question is not answered within its limits, how many members a 民主评议
 * ballot still has to grade and whether it keeps to the 优秀 limit. Pure logic.
 */
import type { BallotQuestion } from './ballots';
import { excellentLimit } from './review-rules';

export type Answers = Record<string, string[]>;

export type AnswerProblem = { question: string; kind: 'too-few' | 'too-many'; min: number; max: number };

/** The first question not answered within its limits, in the ballot's order; `undefined` when all are. */
export function answerProblem(questions: readonly BallotQuestion[], answers: Answers): AnswerProblem | undefined {
  for (const question of questions) {
    const picked = (answers[question.id] ?? []).filter((id) => question.options.some((o) => o.id === id));
    const { min, max } = question;
    if (picked.length < min) return { question: question.id, kind: 'too-few', min, max };
    if (picked.length > max) return { question: question.id, kind: 'too-many', min, max };
  }
  return undefined;
}

/** One member a voter grades (from the service: never in the published site). */
export interface Candidate {
  memberId: string;
  name: string;
}

export interface ReviewCheck {
  /** Candidates not graded yet, in the list's order. */
  missing: Candidate[];
  excellentGiven: number;
  excellentLimit: number;
}

export function checkReview(
  candidates: readonly Candidate[],
  grades: Readonly<Record<string, string>>,
  rules: { excellent: string; excellentMaxShare: number },
): ReviewCheck {
  const graded = candidates.filter((c) => grades[c.memberId] !== undefined);
  return {
    missing: candidates.filter((c) => grades[c.memberId] === undefined),
    excellentGiven: graded.filter((c) => grades[c.memberId] === rules.excellent).length,
    excellentLimit: excellentLimit(candidates.length, rules.excellentMaxShare),
  };
}

/** Whether grading one more member `excellent` would pass the limit (the form then refuses it and says why). */
export function excellentFull(check: ReviewCheck): boolean {
  return check.excellentGiven >= check.excellentLimit;
}

/** The grades of the candidates only (a member left the list since the draft was kept). */
export function gradesFor(candidates: readonly Candidate[], grades: Readonly<Record<string, string>>) {
  return Object.fromEntries(
    candidates.flatMap((c) => (grades[c.memberId] === undefined ? [] : [[c.memberId, grades[c.memberId]!]])),
  );
}

/** How many members got each grade, in the rules' order: what the published results show per receipt. */
export function gradeCounts(grades: Readonly<Record<string, string>>, order: readonly string[]) {
  const counts: Record<string, number> = Object.fromEntries(order.map((g) => [g, 0]));
  for (const grade of Object.values(grades)) counts[grade] = (counts[grade] ?? 0) + 1;
  return counts;
}

export type BallotScreen = 'upcoming' | 'sign-in' | 'not-eligible' | 'form' | 'voted' | 'results';

/**
 * Which part of the ballot the page shows, from the service's state: results
 * once closed (to everyone), otherwise the form only to an eligible member
 * who has not voted, or who may change the ballot and kept its receipt here.
 */
export function ballotScreen(
  state: { status: 'upcoming' | 'open' | 'closed'; me?: { eligible: boolean; voted: boolean } },
  signedIn: boolean,
  changing: boolean,
): BallotScreen {
  if (state.status === 'upcoming') return 'upcoming';
  if (state.status === 'closed') return 'results';
  if (!signedIn || !state.me) return 'sign-in';
  if (!state.me.eligible) return 'not-eligible';
  if (state.me.voted && !changing) return 'voted';
  return 'form';
}
