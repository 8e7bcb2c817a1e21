/**
 * The snapshot `npm run sync` writes (src/data/discussions.json): its shape,
 * a check that names what is wrong, and lookups the pages need. Pure logic.
 */
export interface SnapshotPost {
  date: string;
  author: string;
  text: string;
}

export interface SnapshotPoll {
  question: string;
  totalVotes: number;
  options: { option: string; votes: number }[];
}

export interface SnapshotDiscussion {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  author: string;
  category: string;
  term: string | null;
  comments: number;
  replies: number;
  reactions: Record<string, number>;
  poll: SnapshotPoll | null;
  posts: SnapshotPost[];
}

export interface Snapshot {
  version: number;
  /** Where the discussions come from; absent in snapshots of GitHub Discussions (the first provider). */
  provider?: 'github' | 'waline';
  syncedAt: string;
  repository: string;
  categories: string[];
  discussions: SnapshotDiscussion[];
}

/** Parses the snapshot file; a damaged file fails the build naming the file and the fix. */
export function parseSnapshot(text: string, file: string): Snapshot {
  const fail = (why: string) =>
    new Error(
      `${file}: ${why}。请重新运行 npm run sync，或删除该文件（页面会显示“尚未同步”）/ Invalid discussion snapshot: re-run npm run sync or delete the file.`,
    );
  let data: Snapshot;
  try {
    data = JSON.parse(text) as Snapshot;
  } catch (error) {
    throw fail(`不是有效的 JSON（${(error as Error).message}）`);
  }
  if (data?.version !== 1) throw fail(`不认识的版本 version=${String(data?.version)}`);
  if (Number.isNaN(Date.parse(data.syncedAt))) throw fail('缺少同步时间 syncedAt');
  if (!Array.isArray(data.discussions)) throw fail('缺少 discussions 列表');
  if (data.provider !== undefined && data.provider !== 'github' && data.provider !== 'waline')
    throw fail(`不认识的来源 provider=${String(data.provider)}`);
  return data;
}

/** The GitHub discussion with this number, if the snapshot has it (a Waline snapshot numbers threads by their first comment: no poll is ever among them). */
export const discussionByNumber = (snapshot: Snapshot | undefined, number: number) =>
  snapshot?.provider === 'waline' ? undefined : snapshot?.discussions.find((d) => d.number === number);

/** The GitHub repository a snapshot was read from; `undefined` for a snapshot of the branch's own service. */
export const snapshotRepository = (snapshot: Snapshot | undefined) =>
  snapshot?.provider === 'waline' ? undefined : snapshot?.repository;

/** The web address of a discussion number in the snapshot's repository (for the vote button before the first sync). */
export const discussionUrl = (repository: string, number: number) =>
  `https://github.com/${repository}/discussions/${number}`;

const clockFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** When the snapshot was taken, in Beijing time: 2026-11-26T05:03:12+08:00 → { date: '2026-11-26', clock: '05:03' }. */
export function syncedAtInShanghai(
  syncedAt: string,
  toCivilDate: (d: Date) => string,
): { date: string; clock: string } {
  const instant = new Date(syncedAt);
  return { date: toCivilDate(instant), clock: clockFormatter.format(instant) };
}
