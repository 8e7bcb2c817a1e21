/**
 * The branch service's part of `npm run sync`: the confidential channel's
 * counts by category (the public `stats` route, docs/branch-service.md) into
 * src/data/branch-stats.json for /stats/. A service that does not answer is
 * no failure of the sync: the last file stays, and /stats/ shows what it has.
 */
import { callBranch } from '../../src/lib/branch/api.ts';
import { CHANNEL_STATS_VERSION, type ChannelStats, readChannelCounts } from '../../src/lib/branch/channel-stats.ts';
import { writeJsonAtomically } from './snapshot-file.ts';

export const CHANNEL_STATS_PATH = 'src/data/branch-stats.json';

/** Reads the figures from the service at `url` (its full address) and writes them; resolves with whether it did. */
export async function syncChannelStats(
  url: string,
  {
    path = CHANNEL_STATS_PATH,
    log = console.log,
    now = () => new Date(),
  }: { path?: string; log?: (line: string) => void; now?: () => Date } = {},
): Promise<boolean> {
  const answer = await callBranch<unknown>(url, 'stats');
  const counts = answer.ok ? readChannelCounts(answer.data) : undefined;
  if (!counts) {
    log(
      `支部服务 ${url} 没有给出来信统计，保留上一次的数据。/ branch service stats unavailable; kept the previous file.`,
    );
    return false;
  }
  const stats: ChannelStats = { version: CHANNEL_STATS_VERSION, syncedAt: now().toISOString(), counts };
  writeJsonAtomically(path, stats);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  log(`已同步支部服务的来信统计：${total} 封 → ${path} / synced ${total} messages' counts`);
  return true;
}
