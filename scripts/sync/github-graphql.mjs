// @ts-check
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
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'SyncError';
  }
}

/**
 * @typedef {object} ClientOptions
 * @property {string} token
 * @property {string} [url]
 * @property {(ms: number) => Promise<void>} [sleep]
 * @property {() => number} [now] milliseconds since the epoch
 * @property {number} [retries] attempts after the first, for transient errors
 * @property {number} [backoffMs] first backoff; doubles each retry
 * @property {number} [maxRateLimitWaitMs] longest wait for a rate-limit reset before stopping
 * @property {number} [minRemaining] points to keep in reserve before waiting for a reset
 * @property {(line: string) => void} [log]
 */

/** @param {number} ms */
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {ClientOptions} options
 * @returns {(query: string, variables: Record<string, unknown>) => Promise<any>}
 */
export function graphqlClient(options) {
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

  /** @param {number} resetAtMs */
  async function waitForReset(resetAtMs) {
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
      /** @type {Response} */
      let response;
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
          throw new SyncError(`无法连接 GitHub（${url}）：${/** @type {Error} */ (error).message} / network error`);
        await backoff(attempt, `network error: ${/** @type {Error} */ (error).message}`);
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
      const body = /** @type {{ data?: any, errors?: { type?: string, message: string }[] }} */ (await response.json());
      if (body.errors?.length) throw graphqlError(body.errors, variables);
      const limit = body.data?.rateLimit;
      if (limit && limit.remaining < minRemaining) pendingReset = Date.parse(limit.resetAt);
      return body.data;
    }
  };

  /** @param {number} attempt @param {string} why */
  async function backoff(attempt, why) {
    const wait = backoffMs * 2 ** attempt;
    log(`GitHub 请求失败（${why}），${wait / 1000} 秒后重试 / retrying in ${wait / 1000} s`);
    await sleep(wait);
  }
}

/** @param {Response} response */
function isRateLimited(response) {
  return response.headers.get('x-ratelimit-remaining') === '0' || response.headers.has('retry-after');
}

/** @param {Response} response @param {number} nowMs */
function resetFromHeaders(response, nowMs) {
  const retryAfter = Number(response.headers.get('retry-after'));
  if (retryAfter > 0) return nowMs + retryAfter * 1000;
  const reset = Number(response.headers.get('x-ratelimit-reset'));
  return reset > 0 ? reset * 1000 : nowMs + 60_000;
}

/** @param {{ type?: string, message: string }[]} errors @param {Record<string, unknown>} variables */
function graphqlError(errors, variables) {
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
