/**
 * A small client for GitHub's GraphQL endpoint, for the build-time sync:
 * retries transient failures (5xx, network) with exponential backoff, waits
 * for the rate limit to reset when the wait is short and stops cleanly when it
 * is not, and turns GitHub's errors into messages an editor can act on.
 * The token is only ever sent in the Authorization header.
 */

export const DEFAULT_GRAPHQL_URL = 'https://api.github.com/graphql';

/** A failure that ends the sync; `message` is shown to the person running it. */
export class SyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncError';
  }
}

export interface ClientOptions {
  token: string;
  url?: string;
  sleep?: (ms: number) => Promise<void>;
  /** milliseconds since the epoch */
  now?: () => number;
  /** attempts after the first, for transient errors */
  retries?: number;
  /** first backoff; doubles each retry */
  backoffMs?: number;
  /** longest wait for a rate-limit reset before stopping */
  maxRateLimitWaitMs?: number;
  /** points to keep in reserve before waiting for a reset */
  minRemaining?: number;
  log?: (line: string) => void;
}

/**
 * One query: resolves with the response's `data`, whose shape is the query's;
 * the caller, which wrote the query, says what it expects.
 */
export type GraphqlRequest = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

interface GraphqlError {
  type?: string;
  message: string;
}

/** The part of a response the client reads itself; queries ask for `rateLimit` so it can pace them. */
interface GraphqlBody {
  data?: { rateLimit?: { remaining: number; resetAt: string } | null } | null;
  errors?: GraphqlError[];
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function graphqlClient(options: ClientOptions): GraphqlRequest {
  const {
    token,
    url = DEFAULT_GRAPHQL_URL,
    sleep = realSleep,
    now = Date.now,
    retries = 4,
    backoffMs = 1000,
    maxRateLimitWaitMs = 15 * 60 * 1000,
    minRemaining = 10,
    log = () => {},
  } = options;

  async function waitForReset(resetAtMs: number) {
    const wait = Math.max(0, resetAtMs - now()) + 1000;
    if (wait > maxRateLimitWaitMs) {
      throw new SyncError(
        `GitHub API 调用额度已用完，${new Date(resetAtMs).toISOString()} 才恢复；本次同步停止，已有数据未改动。/ Rate limit exhausted until ${new Date(resetAtMs).toISOString()}; sync stopped, snapshot unchanged.`,
      );
    }
    log(
      `GitHub API 额度将尽，等待 ${Math.ceil(wait / 1000)} 秒后继续 / rate limit low, waiting ${Math.ceil(wait / 1000)} s`,
    );
    await sleep(wait);
  }

  /** Set from the last response's `rateLimit`: wait before the next request if it is nearly used up. */
  let pendingReset = 0;

  return async function request(query, variables) {
    if (pendingReset) {
      const reset = pendingReset;
      pendingReset = 0;
      await waitForReset(reset);
    }
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            authorization: `bearer ${token}`,
            'content-type': 'application/json',
            'user-agent': 'dangjian-sync',
          },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        if (attempt >= retries)
          throw new SyncError(`无法连接 GitHub（${url}）：${(error as Error).message} / network error`);
        await backoff(attempt, `network error: ${(error as Error).message}`);
        continue;
      }
      if (response.status === 401) {
        throw new SyncError(
          'GITHUB_TOKEN 无效或已过期（GitHub 返回 401）：请重新生成令牌，并授予 Discussions 读取权限。/ Bad credentials: GITHUB_TOKEN is invalid or expired.',
        );
      }
      if ((response.status === 403 || response.status === 429) && isRateLimited(response)) {
        await waitForReset(resetFromHeaders(response, now()));
        continue;
      }
      if (response.status >= 500) {
        if (attempt >= retries)
          throw new SyncError(
            `GitHub 暂时不可用（HTTP ${response.status}），重试 ${retries} 次后放弃。/ GitHub kept failing with HTTP ${response.status}.`,
          );
        await backoff(attempt, `HTTP ${response.status}`);
        continue;
      }
      if (!response.ok) {
        throw new SyncError(`GitHub 拒绝了请求（HTTP ${response.status}）：${(await response.text()).slice(0, 300)}`);
      }
      const body = (await response.json()) as GraphqlBody;
      if (body.errors?.length) throw graphqlError(body.errors, variables);
      const limit = body.data?.rateLimit;
      if (limit && limit.remaining < minRemaining) pendingReset = Date.parse(limit.resetAt);
      return body.data;
    }
  };

  async function backoff(attempt: number, why: string) {
    const wait = backoffMs * 2 ** attempt;
    log(`GitHub 请求失败（${why}），${wait / 1000} 秒后重试 / retrying in ${wait / 1000} s`);
    await sleep(wait);
  }
}

function isRateLimited(response: Response): boolean {
  return response.headers.get('x-ratelimit-remaining') === '0' || response.headers.has('retry-after');
}

function resetFromHeaders(response: Response, nowMs: number): number {
  const retryAfter = Number(response.headers.get('retry-after'));
  if (retryAfter > 0) return nowMs + retryAfter * 1000;
  const reset = Number(response.headers.get('x-ratelimit-reset'));
  return reset > 0 ? reset * 1000 : nowMs + 60_000;
}

function graphqlError(errors: GraphqlError[], variables: Record<string, unknown>): SyncError {
  const notFound = errors.find((e) => e.type === 'NOT_FOUND');
  if (notFound) {
    return new SyncError(
      `找不到仓库 ${variables.owner}/${variables.name}，或令牌无权访问：请检查设置中的仓库名和令牌权限。/ Repository not found or not accessible: ${notFound.message}`,
    );
  }
  if (errors.some((e) => e.type === 'RATE_LIMITED')) {
    return new SyncError(
      'GitHub API 调用额度已用完；本次同步停止，已有数据未改动。/ Rate limited; sync stopped, snapshot unchanged.',
    );
  }
  return new SyncError(`GitHub GraphQL 错误 / error: ${errors.map((e) => e.message).join('; ')}`);
}
