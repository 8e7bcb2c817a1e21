/**
 * The branch service as this build sees it: on or off (settings plus
 * BRANCH_SERVICE), and the rules of 民主评议 (src/data/rules/). Pages ask here.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ballotDefinition, BALLOTS_VERSION, type BallotDefinition, type BallotsFile } from '../lib/branch/ballots';
import { BALLOT_CHOICES, BALLOT_KINDS } from '../model/collections';
import { pollMethodOf } from '../model/check-poll';
import { slugOf } from '../model/fields';
import { resolveBranchService, type BranchService } from '../lib/branch/service';
import { parseReviewRules, REVIEW_RULES_FILE, type ReviewRules } from '../lib/branch/review-rules';
import { SETTINGS_FILE } from '../model/settings';
import { discussionSetup } from './discussion';
import { loadSettings } from './settings';

let service: { value: BranchService } | undefined;

/** The service when it is on, else `undefined`: the pages then say how the same thing is done offline. */
export function branchService(): BranchService {
  service ??= { value: resolveBranchService(loadSettings(), discussionSetup(), process.env, SETTINGS_FILE) };
  return service.value;
}

let rules: ReviewRules | undefined;

/** 民主评议's grades and limits, with their source (read and checked once per build). */
export function reviewRules(): ReviewRules {
  rules ??= parseReviewRules(yaml.load(readFileSync(REVIEW_RULES_FILE, 'utf8'), { schema: yaml.CORE_SCHEMA }));
  return rules;
}

/** The ballot of a poll held by the branch service's secret ballot, as /branch/ballots.json has it; `undefined` for other polls. */
export function ballotOf(poll: CollectionEntry<'polls'>): BallotDefinition | undefined {
  const { ballot, title, opens, closes } = poll.data;
  if (pollMethodOf(poll.data) !== 'ballot' || !ballot) return undefined;
  return ballotDefinition(
    {
      id: poll.id,
      title,
      opens,
      closes,
      opensAt: ballot.opensAt,
      closesAt: ballot.closesAt,
      kind: slugOf(BALLOT_KINDS, ballot.kind),
      includeProbationary: ballot.includeProbationary,
      changeable: ballot.changeable,
      questions: ballot.questions.map((q) => ({
        text: q.text,
        choice: slugOf(BALLOT_CHOICES, q.choice),
        min: q.min,
        max: q.max,
        options: q.options,
      })),
    },
    reviewRules(),
  );
}

/** Every ballot's definition, the oldest first: the content of /branch/ballots.json. */
export async function ballotsFile(): Promise<BallotsFile> {
  const polls = (await getCollection('polls')).sort(
    (a, b) => a.data.opens.localeCompare(b.data.opens) || a.id.localeCompare(b.id),
  );
  return { version: BALLOTS_VERSION, ballots: polls.flatMap((poll) => ballotOf(poll) ?? []) };
}
