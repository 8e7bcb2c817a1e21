/**
 * A poll's status from its Beijing civil dates (inclusive): 未开始 before
 * `opens`, 投票中 through `closes`, 已结束 after. Computed at build time and
 * again in the reader's browser, so a poll closes on the day without a rebuild.
 */
export type PollStatus = 'upcoming' | 'open' | 'closed';

export function pollStatus({ opens, closes }: { opens: string; closes: string }, today: string): PollStatus {
  if (today < opens) return 'upcoming';
  if (today <= closes) return 'open';
  return 'closed';
}
