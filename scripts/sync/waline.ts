/**
 * Reads the branch's own discussion service (Waline) through its
 * administration API and turns the published comments into the same snapshot
 * the GitHub reader writes (src/lib/discussion/snapshot.ts): one discussion per
 * thread key `<collection>/<id>`, dated posts for the statistics, comment likes
 * as reactions. Comments waiting for review or marked as spam are left out.
 * Nothing identifying reaches the snapshot: authors become `participant-N`
 * (numbered per sync, only to count distinct people), and no e-mail address,
 * IP address, user agent or account name is written.
 */
import type { Snapshot, SnapshotDiscussion } from '../../src/lib/discussion/snapshot.ts';
import { SNAPSHOT_VERSION } from './discussions.ts';
import { SyncError } from './github-graphql.ts';

/** A thread key as the discussion component sends it (`path`). */
const TERM = /^[a-z0-9-]+\/[a-z0-9-]+$/;
const TEXT_LIMIT = 500;
const PAGE_SIZE = 100;

/** A comment as Waline's administration API lists it (the fields the sync reads). */
export interface WalineComment {
  objectId: number | string;
  url: string;
  status?: string;
  orig?: string;
  comment?: string;
  nick?: string;
  mail?: string;
  user_id?: number | string | null;
  pid?: number | string | null;
  rid?: number | string | null;
  like?: number;
  time: number;
}

export type WalineSnapshot = Snapshot & { provider: 'waline' };

/** One GET of the administration API (`path` after `/api/`): resolves with the answer's `data`, whose shape depends on the path. */
export type WalineGet = (path: string) => Promise<unknown>;

export interface WalineClientOptions {
  url: string;
  token: string;
  sleep?: (ms: number) => Promise<void>;
  retries?: number;
  backoffMs?: number;
  log?: (line: string) => void;
}

/**
 * A client for Waline's administration API with an administrator's token.
 * Retries network errors and 5xx with backoff; turns refusals into the fix.
 */
export function walineClient({
  url,
  token,
  sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
  retries = 3,
  backoffMs = 1000,
  log = () => {},
}: WalineClientOptions): WalineGet {
  const base = url.replace(/\/+$/, '');
  return async function get(path) {
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${path}`, {
          // Waline checks Referer against SECURE_DOMAINS; its own address passes.
          headers: { authorization: `Bearer ${token}`, referer: `${base}/`, 'user-agent': 'dangjian-sync' },
        });
      } catch (error) {
        if (attempt >= retries)
          throw new SyncError(
            `连不上讨论服务（${base}）：${(error as Error).message}。请确认服务在运行、WALINE_URL 正确。/ Cannot reach Waline at ${base}.`,
          );
        await retry(attempt, (error as Error).message);
        continue;
      }
      if (response.status >= 500 && attempt < retries) {
        await retry(attempt, `HTTP ${response.status}`);
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        throw new SyncError(
          `讨论服务拒绝了 WALINE_TOKEN（HTTP ${response.status}）：令牌无效，或不是管理员账号的令牌。获取方法见 docs/waline.md“统计同步”。/ WALINE_TOKEN is not an administrator's token.`,
        );
      }
      const body = (await response.json().catch(() => undefined)) as
        | { errno?: number; errmsg?: string; data?: unknown }
        | undefined;
      if (!response.ok || !body || body.errno !== 0) {
        throw new SyncError(
          `讨论服务返回错误（HTTP ${response.status}${body?.errmsg ? `：${body.errmsg}` : ''}）。地址 ${base} 是 Waline 服务吗？/ Unexpected answer from ${base}.`,
        );
      }
      return body.data;
    }
  };

  async function retry(attempt: number, why: string) {
    const wait = backoffMs * 2 ** attempt;
    log(`讨论服务请求失败（${why}），${wait / 1000} 秒后重试 / retrying in ${wait / 1000} s`);
    await sleep(wait);
  }
}

/** A page of the comment list; checked before use, since a wrong address can answer anything. */
interface CommentPage {
  data?: unknown;
  totalPages?: number | string;
}

/** Every published comment, all pages (newest first, as Waline lists them). */
export async function fetchPublishedComments(get: WalineGet): Promise<WalineComment[]> {
  const comments: WalineComment[] = [];
  for (let page = 1; ; page += 1) {
    const data = (await get(`comment?type=list&status=approved&page=${page}&pageSize=${PAGE_SIZE}`)) as
      | CommentPage
      | null
      | undefined;
    if (!data || !Array.isArray(data.data))
      throw new SyncError(
        '讨论服务的评论列表格式不对：请确认 WALINE_URL 指向本项目的 Waline 服务。/ Unexpected comment list.',
      );
    comments.push(...(data.data as WalineComment[]));
    if (page >= Number(data.totalPages)) return comments;
  }
}

/** `source`: what the statistics page names as the origin. */
export async function fetchWalineSnapshot(
  get: WalineGet,
  { source, now = () => new Date() }: { source: string; now?: () => Date },
): Promise<WalineSnapshot> {
  return toWalineSnapshot(await fetchPublishedComments(get), { source, syncedAt: now().toISOString() });
}

/** Groups published comments into threads. Pure. */
export function toWalineSnapshot(
  comments: readonly WalineComment[],
  { source, syncedAt }: { source: string; syncedAt: string },
): WalineSnapshot {
  const published = comments
    .filter((c) => c.status === undefined || c.status === 'approved')
    .sort((a, b) => a.time - b.time || Number(a.objectId) - Number(b.objectId));
  const participant = pseudonyms();
  const threads = new Map<string, WalineComment[]>();
  for (const comment of published) {
    const list = threads.get(comment.url);
    if (list) list.push(comment);
    else threads.set(comment.url, [comment]);
  }
  const discussions = [...threads].map(([key, posts]): SnapshotDiscussion => {
    // Every thread got its first comment when it was created.
    const first = posts[0] as WalineComment;
    const likes = posts.reduce((sum, c) => sum + (Number(c.like) || 0), 0);
    const reactions: Record<string, number> = likes > 0 ? { THUMBS_UP: likes } : {};
    const replies = posts.filter(isReply).length;
    return {
      number: Math.min(...posts.map((c) => Number(c.objectId))),
      title: key,
      url: key,
      createdAt: new Date(first.time).toISOString(),
      author: participant(first),
      category: 'waline',
      term: TERM.test(key) ? key : null,
      comments: posts.length - replies,
      replies,
      reactions,
      poll: null,
      posts: posts.map((c) => ({
        date: new Date(c.time).toISOString(),
        author: participant(c),
        text: plainText(c.orig ?? c.comment ?? '').slice(0, TEXT_LIMIT),
      })),
    };
  });
  discussions.sort((a, b) => a.number - b.number);
  return { version: SNAPSHOT_VERSION, provider: 'waline', syncedAt, repository: source, categories: [], discussions };
}

/** A reply has a parent (`pid`) or a root (`rid`). */
const isReply = (c: WalineComment) => c.pid !== null && c.pid !== undefined && c.pid !== '';

/** `participant-1`, `participant-2`, … in order of first appearance, one per account (or per name and address for old guest comments). */
function pseudonyms() {
  const names = new Map<string, string>();
  return (c: WalineComment): string => {
    const key =
      c.user_id !== null && c.user_id !== undefined && c.user_id !== ''
        ? `user:${c.user_id}`
        : `guest:${c.mail ?? ''}:${c.nick ?? ''}`;
    let name = names.get(key);
    if (!name) names.set(key, (name = `participant-${names.size + 1}`));
    return name;
  };
}

/**
 * The words of a comment without Markdown or HTML: what GitHub's `bodyText`
 * gives for the word statistics. Pure.
 */
export function plainText(source: string): string {
  return source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(
      /&(nbsp|amp|lt|gt|quot|#39);/g,
      (_, entity: string) =>
        (({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }) as Record<string, string>)[entity] ?? ' ',
    )
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_~`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
