/**
 * `npm run sync`: what to read (the discussion provider of the settings: GitHub
 * Discussions for Giscus, or the branch's own Waline service; repository,
 * categories and addresses from the settings or the environment), then read it
 * and replace the snapshot in one step. Any failure leaves the previous
 * snapshot untouched.
 */
import { readSettingsFile, type Settings } from '../../src/site/settings.ts';
import { type DiscussionSetup, resolveDiscussion } from '../../src/lib/discussion/provider.ts';
import { resolveBranchService } from '../../src/lib/branch/service.ts';
import { SETTINGS_FILE } from '../../src/model/settings.ts';
import { DEFAULT_GRAPHQL_URL, SyncError, graphqlClient } from './github-graphql.ts';
import { fetchSnapshot } from './discussions.ts';
import { writeJsonAtomically } from './snapshot-file.ts';
import { fetchWalineSnapshot, walineClient } from './waline.ts';
import { CHANNEL_STATS_PATH, syncChannelStats } from './branch-stats.ts';

export const SNAPSHOT_PATH = 'src/data/discussions.json';

type Env = Record<string, string | undefined>;

/** The settings through the site's own loader: a file the build rejects stops the sync with the same message. */
function settingsAt(settingsPath: string): Settings {
  try {
    return readSettingsFile(settingsPath);
  } catch (error) {
    throw new SyncError((error as Error).message);
  }
}

/** The discussion the build would render, by the site's resolver; its errors end the sync as a plain message. */
function discussionAt(env: Env, settingsPath: string): DiscussionSetup {
  const settings = settingsAt(settingsPath);
  try {
    return resolveDiscussion(settings, env);
  } catch (error) {
    throw new SyncError((error as Error).message);
  }
}

/**
 * Repository: SYNC_REPO, else `giscus.repo` in the settings. Categories:
 * SYNC_CATEGORIES (comma-separated), else `giscus.category`. Reading needs no
 * more than these (the build needs the ids too), so this is the sync's own rule.
 */
export function syncTarget(
  env: Env,
  settingsPath: string = SETTINGS_FILE,
): { repository: string; categories: string[] } | undefined {
  const { giscus } = settingsAt(settingsPath);
  const repository = env.SYNC_REPO || giscus?.repo;
  const categories = (env.SYNC_CATEGORIES || giscus?.category || '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (!repository || !categories.length) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new SyncError(`仓库名“${repository}”应形如 owner/repo / repository must look like owner/repo`);
  return { repository, categories };
}

/** Whether the build offers the branch service (BRANCH_SERVICE, else `branchService`): only then are its counts read. */
function branchServiceAt(env: Env, settingsPath: string): boolean {
  try {
    return (
      resolveBranchService(settingsAt(settingsPath), discussionAt(env, settingsPath), env, settingsPath) !== undefined
    );
  } catch (error) {
    throw new SyncError((error as Error).message);
  }
}

/** The provider to read: the one the build uses (DISCUSSION_PROVIDER, else `discussion.provider`, else giscus). */
export function syncProvider(env: Env, settingsPath: string = SETTINGS_FILE): DiscussionSetup['provider'] {
  return discussionAt(env, settingsPath).provider;
}

/**
 * Waline's address for a script: the build's (WALINE_URL, else
 * `discussion.walineUrl`), which must be a full address: a path on the site's
 * own origin means nothing to a script.
 */
export function walineTarget(env: Env, settingsPath: string = SETTINGS_FILE): string {
  const { active } = discussionAt({ ...env, DISCUSSION_PROVIDER: 'waline' }, settingsPath);
  const server = active?.provider === 'waline' ? active.waline : undefined;
  if (!server?.origin) {
    throw new SyncError(
      `设置中的 Waline 地址“${server?.url ?? ''}”是站内路径，同步脚本需要完整地址：请设环境变量 WALINE_URL，例如在服务器上 WALINE_URL=http://127.0.0.1:8360，或 https://你的域名/waline。/ Set WALINE_URL to Waline's full address.`,
    );
  }
  return server.url.replace(/\/+$/, '');
}

async function syncWaline(
  env: Env,
  settingsPath: string,
  sleep: ((ms: number) => Promise<void>) | undefined,
  log: (line: string) => void,
) {
  const url = walineTarget(env, settingsPath);
  // Public counts, no token needed: read first, so a missing token still leaves /stats/ its channel figures.
  if (branchServiceAt(env, settingsPath))
    await syncChannelStats(url, { path: env.SYNC_BRANCH_STATS || CHANNEL_STATS_PATH, log });
  const token = env.WALINE_TOKEN;
  if (!token) {
    log(
      '缺少环境变量 WALINE_TOKEN：请设置讨论服务管理员账号的登录令牌（获取方法见 docs/waline.md“统计同步”）。/ WALINE_TOKEN is not set.',
    );
    return 1;
  }
  const snapshot = await fetchWalineSnapshot(walineClient({ url, token, sleep, log }), { source: url });
  const path = env.SYNC_SNAPSHOT || SNAPSHOT_PATH;
  writeJsonAtomically(path, snapshot);
  const posts = snapshot.discussions.reduce((sum, d) => sum + d.posts.length, 0);
  log(
    `已同步讨论服务 ${url}：${snapshot.discussions.length} 个讨论、${posts} 条已公开的评论 → ${path} / synced ${snapshot.discussions.length} threads`,
  );
  return 0;
}

/** Runs the sync; resolves with the exit code. */
export async function runSync({
  env = process.env,
  sleep,
  log = console.log,
  settingsPath = SETTINGS_FILE,
}: {
  env?: Env;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  settingsPath?: string;
} = {}): Promise<number> {
  try {
    const provider = syncProvider(env, settingsPath);
    if (provider === 'none') {
      log('设置中的讨论服务为 none（不开设讨论区），跳过同步。/ Discussion provider is none; sync skipped.');
      return 0;
    }
    if (provider === 'waline') return await syncWaline(env, settingsPath, sleep, log);
    const target = syncTarget(env, settingsPath);
    if (!target) {
      log(
        '未配置讨论区仓库和分类（设置中的 giscus，或 SYNC_REPO / SYNC_CATEGORIES），跳过同步。/ No repository configured; sync skipped.',
      );
      return 0;
    }
    const token = env.GITHUB_TOKEN;
    if (!token) {
      log(
        '缺少环境变量 GITHUB_TOKEN：请设置一个可读取 Discussions 的 GitHub 令牌（见 docs/editing.md「讨论数据同步」）。/ GITHUB_TOKEN is not set.',
      );
      return 1;
    }
    const request = graphqlClient({ token, url: env.GITHUB_GRAPHQL_URL || DEFAULT_GRAPHQL_URL, sleep, log });
    const snapshot = await fetchSnapshot(request, target);
    const path = env.SYNC_SNAPSHOT || SNAPSHOT_PATH;
    writeJsonAtomically(path, snapshot);
    const polls = snapshot.discussions.filter((d) => d.poll).length;
    log(
      `已同步 ${target.repository}：${snapshot.discussions.length} 个讨论（其中投票 ${polls} 个）→ ${path} / synced ${snapshot.discussions.length} discussions`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SyncError) {
      log(`同步失败 / sync failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
