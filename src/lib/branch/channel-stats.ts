/**
 * The channel's figures for /stats/: how many 意见 and 举报 the branch received,
 * by category, from the service's public `stats` route, kept by `npm run sync`
 * in src/data/branch-stats.json. Only counts: the route gives no text and no
 * sender, and the file keeps nothing else.
 */
import { MESSAGE_KINDS, type MessageKind } from './channel';

export const CHANNEL_STATS_VERSION = 1;

export interface ChannelCount {
  kind: MessageKind;
  category: string;
  count: number;
}

export interface ChannelStats {
  version: typeof CHANNEL_STATS_VERSION;
  /** When the figures were read (ISO, UTC). */
  syncedAt: string;
  counts: ChannelCount[];
}

const isCount = (value: unknown): value is ChannelCount => {
  const c = value as Partial<ChannelCount> | null;
  return (
    MESSAGE_KINDS.includes(c?.kind as MessageKind) &&
    typeof c?.category === 'string' &&
    Number.isInteger(c.count) &&
    (c.count as number) >= 0
  );
};

/** Counts in a stable order: kind, then most first, then by name. */
const inOrder = (counts: ChannelCount[]) =>
  counts.sort(
    (a, b) =>
      MESSAGE_KINDS.indexOf(a.kind) - MESSAGE_KINDS.indexOf(b.kind) ||
      b.count - a.count ||
      a.category.localeCompare(b.category),
  );

/**
 * The counts in the `stats` route's data (`messages: { opinion: { total,
 * byCategory: { 类别: n } }, report: … }`); undefined when the answer holds none.
 */
export function readChannelCounts(data: unknown): ChannelCount[] | undefined {
  const messages = (data as { messages?: unknown } | null)?.messages;
  if (typeof messages !== 'object' || messages === null) return undefined;
  const counts: ChannelCount[] = [];
  for (const kind of MESSAGE_KINDS) {
    const byCategory = (messages as Record<string, { byCategory?: unknown } | undefined>)[kind]?.byCategory;
    if (typeof byCategory !== 'object' || byCategory === null) continue;
    for (const [category, count] of Object.entries(byCategory))
      if (isCount({ kind, category, count })) counts.push({ kind, category, count });
  }
  return inOrder(counts);
}

/** Reads the kept file; an error names the file and the fix (the build stops on a damaged file). */
export function parseChannelStats(text: string, file: string): ChannelStats {
  let value: Partial<ChannelStats>;
  try {
    value = JSON.parse(text) as Partial<ChannelStats>;
  } catch {
    throw new Error(`${file} 不是有效的 JSON：删除它后重新运行 npm run sync / ${file} is not valid JSON`);
  }
  // Rebuilt field by field: whatever else the file holds never reaches a page.
  const counts = Array.isArray(value.counts)
    ? value.counts.filter(isCount).map(({ kind, category, count }) => ({ kind, category, count }))
    : undefined;
  if (
    value.version !== CHANNEL_STATS_VERSION ||
    typeof value.syncedAt !== 'string' ||
    !counts ||
    counts.length !== value.counts?.length
  )
    throw new Error(
      `${file} 的格式不对（需要 version: ${CHANNEL_STATS_VERSION}、syncedAt 和 counts）：删除它后重新运行 npm run sync / ${file} has the wrong format`,
    );
  return { version: CHANNEL_STATS_VERSION, syncedAt: value.syncedAt, counts: inOrder(counts) };
}

/** Totals per kind, both kinds always present. */
export function channelTotals(counts: readonly ChannelCount[]): Record<MessageKind, number> {
  const totals = { opinion: 0, report: 0 };
  for (const c of counts) totals[c.kind] += c.count;
  return totals;
}
