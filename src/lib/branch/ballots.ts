/**
 * The ballots' definitions as /branch/ballots.json publishes them and the
 * branch service reads them (docs/branch-service.md, "投票定义"): one shape,
 * built here from a poll's checked data, read back by the page's form. Pure logic.
 */
import type { ReviewRules } from './review-rules';

export const BALLOTS_VERSION = 1;

export interface BallotQuestion {
  /** q1, q2… in the editor's order. */
  id: string;
  text: string;
  min: number;
  max: number;
  /** o1, o2… in the editor's order. */
  options: { id: string; text: string }[];
}

export interface ReviewDefinition {
  grades: string[];
  excellent: string;
  excellentMaxShare: number;
  rule: string;
  source: string;
}

interface BallotCommon {
  /** The poll's entry id: /polls/<id>/. */
  id: string;
  title: string;
  kind: 'poll' | 'review';
  /** Beijing time with its offset: 2026-12-01T08:00:00+08:00. */
  opens: string;
  closes: string;
  includeProbationary: boolean;
  changeable: boolean;
}

export type BallotDefinition =
  | (BallotCommon & { kind: 'poll'; questions: BallotQuestion[] })
  | (BallotCommon & { kind: 'review'; review: ReviewDefinition });

export interface BallotsFile {
  version: typeof BALLOTS_VERSION;
  ballots: BallotDefinition[];
}

/** A poll held by ballot, its selects already read as slugs. */
export interface BallotSource {
  id: string;
  title: string;
  /** Civil dates (YYYY-MM-DD) and Beijing clock times (HH:MM). */
  opens: string;
  closes: string;
  opensAt: string;
  closesAt: string;
  kind: 'poll' | 'review';
  includeProbationary: boolean;
  changeable: boolean;
  questions: { text: string; choice: 'single' | 'multiple'; min?: number; max?: number; options: string[] }[];
}

/** A Beijing day and clock time as an instant with its offset (Beijing has no daylight saving time). */
export function beijingTime(date: string, clock: string): string {
  return `${date}T${clock}:00+08:00`;
}

/** The review part: the rules' grades and limit, and their sources in one line. */
export function reviewDefinition(rules: ReviewRules): ReviewDefinition {
  return {
    grades: rules.grades,
    excellent: rules.excellent,
    excellentMaxShare: rules.excellentMaxShare,
    rule: rules.rule,
    source: `${rules.gradesSource}；“${rules.excellent}”的比例：${rules.shareSource}`,
  };
}

export function ballotDefinition(source: BallotSource, rules: ReviewRules): BallotDefinition {
  // Keys in the contract's order (docs/branch-service.md), so the file reads like its documentation.
  const head = { id: source.id, title: source.title, kind: source.kind };
  const common: BallotCommon = {
    ...head,
    opens: beijingTime(source.opens, source.opensAt),
    closes: beijingTime(source.closes, source.closesAt),
    includeProbationary: source.includeProbationary,
    changeable: source.changeable,
  };
  if (source.kind === 'review') return { ...common, kind: 'review', review: reviewDefinition(rules) };
  const questions = source.questions.map((question, i) => {
    const single = question.choice === 'single';
    return {
      id: `q${i + 1}`,
      text: question.text,
      min: single ? 1 : (question.min ?? 1),
      max: single ? 1 : (question.max ?? question.options.length),
      options: question.options.map((text, j) => ({ id: `o${j + 1}`, text })),
    };
  });
  return { ...common, kind: 'poll', questions };
}

/** Where a ballot stands at `now`, by its own times (the service decides; the page only words it before asking). */
export function ballotPhase(
  ballot: Pick<BallotDefinition, 'opens' | 'closes'>,
  now: Date,
): 'upcoming' | 'open' | 'closed' {
  if (now < new Date(ballot.opens)) return 'upcoming';
  return now < new Date(ballot.closes) ? 'open' : 'closed';
}
