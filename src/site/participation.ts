/**
 * Democratic participation read through small wrappers: the discussion
 * snapshot of `npm run sync` (absent until the first sync) and the polls.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseSnapshot, snapshotRepository, type Snapshot } from '../lib/discussion/snapshot';
import { parseChannelStats, type ChannelStats } from '../lib/branch/channel-stats';
import { pollMethod, type PollMethod } from '../lib/participation/poll-method';
import { discussionSetup } from './discussion';
import { branchService } from './branch';
import { pollMethodOf } from '../model/check-poll';
import { giscusSettings } from './giscus';
import { loadSettings } from './settings';

export type Poll = CollectionEntry<'polls'>;

/** DISCUSSIONS_SNAPSHOT points a test build at another snapshot (or at none). */
const SNAPSHOT_FILE = process.env.DISCUSSIONS_SNAPSHOT || 'src/data/discussions.json';

let snapshot: { value: Snapshot | undefined } | undefined;

/** The last sync's snapshot; `undefined` when sync has not run. */
export function loadSnapshot(): Snapshot | undefined {
  snapshot ??= {
    value: existsSync(SNAPSHOT_FILE) ? parseSnapshot(readFileSync(SNAPSHOT_FILE, 'utf8'), SNAPSHOT_FILE) : undefined,
  };
  return snapshot.value;
}

/** BRANCH_STATS_SNAPSHOT points a test build at other channel figures (or at none). */
const CHANNEL_STATS_FILE = process.env.BRANCH_STATS_SNAPSHOT || 'src/data/branch-stats.json';

let channelStats: { value: ChannelStats | undefined } | undefined;

/** The branch service's counts of 意见 and 举报 from the last sync; `undefined` before the first one. */
export function loadChannelStats(): ChannelStats | undefined {
  channelStats ??= {
    value: existsSync(CHANNEL_STATS_FILE)
      ? parseChannelStats(readFileSync(CHANNEL_STATS_FILE, 'utf8'), CHANNEL_STATS_FILE)
      : undefined,
  };
  return channelStats.value;
}

/** All polls, the most recently opened first. */
export async function getPolls(): Promise<Poll[]> {
  return (await getCollection('polls')).sort(
    (a, b) => b.data.opens.localeCompare(a.data.opens) || a.id.localeCompare(b.id),
  );
}

/** The GitHub repository holding the polls: the last GitHub sync's, Giscus's, or the CMS's when it is on GitHub. */
function githubRepository(): string | undefined {
  const { cms } = loadSettings();
  return (
    snapshotRepository(loadSnapshot()) ?? giscusSettings()?.repo ?? (cms.backend === 'github' ? cms.repo : undefined)
  );
}

/** How this poll is held on this site: a GitHub poll, a secret ballot, opinions in its discussion thread, or the branch meeting only. */
export function howPollIsHeld(poll: Poll): PollMethod {
  const method = pollMethodOf(poll.data);
  return pollMethod(
    { method, discussion: poll.data.discussion },
    githubRepository(),
    discussionSetup().active?.provider,
    branchService() !== undefined,
  );
}
