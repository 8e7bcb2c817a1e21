// @ts-check
/**
 * `npm run sync`: what to read (the discussion provider of the settings: GitHub
 * Discussions for Giscus, or the branch's own Waline service; repository,
 * categories and addresses from the settings or the environment), then read it
 * and replace the snapshot in one step. Any failure leaves the previous
 * snapshot untouched.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { DEFAULT_GRAPHQL_URL, SyncError, graphqlClient } from './github-graphql.mjs';
import { fetchSnapshot } from './discussions.mjs';
import { writeJsonAtomically } from './snapshot-file.mjs';
import { fetchWalineSnapshot, walineClient } from './waline.mjs';

export const SNAPSHOT_PATH = 'src/data/discussions.json';
const SETTINGS_PATH = 'src/settings.yml';

/**
 * Repository: SYNC_REPO, else `giscus.repo` in the settings. Categories:
 * SYNC_CATEGORIES (comma-separated), else `giscus.category`.
 * @param {Record<string, string | undefined>} env
 * @param {string} settingsPath
 * @returns {{ repository: string, categories: string[] } | undefined}
 */
export function syncTarget(env, settingsPath = SETTINGS_PATH) {
  const settings = readSettings(settingsPath);
  const repository = env.SYNC_REPO || settings.giscus?.repo;
  const categories = (env.SYNC_CATEGORIES || settings.giscus?.category || '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (!repository || !categories.length) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new SyncError(`仓库名“${repository}”应形如 owner/repo / repository must look like owner/repo`);
  return { repository, categories };
}

/**
 * @typedef {{ discussion?: { provider?: string, walineUrl?: string }, giscus?: { repo?: string, category?: string } }} SyncSettings
 */

/** @param {string} settingsPath @returns {SyncSettings} */
const readSettings = (settingsPath) =>
  /** @type {SyncSettings} */ (yaml.load(readFileSync(settingsPath, 'utf8')) ?? {});

/**
 * The provider to read: DISCUSSION_PROVIDER (as for the build), else `discussion.provider`, else giscus.
 * @param {Record<string, string | undefined>} env @param {string} settingsPath
 * @returns {'giscus' | 'waline' | 'none'}
 */
export function syncProvider(env, settingsPath = SETTINGS_PATH) {
  const provider = env.DISCUSSION_PROVIDER || readSettings(settingsPath).discussion?.provider || 'giscus';
  if (provider !== 'giscus' && provider !== 'waline' && provider !== 'none') {
    throw new SyncError(
      `讨论服务“${provider}”只能是 giscus、waline 或 none（设置 discussion.provider 或 DISCUSSION_PROVIDER）/ Unknown discussion provider.`,
    );
  }
  return provider;
}

/**
 * Waline's address for a script: WALINE_URL, else `discussion.walineUrl` when it is a full address.
 * @param {Record<string, string | undefined>} env @param {string} settingsPath
 */
export function walineTarget(env, settingsPath = SETTINGS_PATH) {
  const url = env.WALINE_URL || readSettings(settingsPath).discussion?.walineUrl || '/waline/';
  if (!/^https?:\/\/[^/\s]+/.test(url)) {
    throw new SyncError(
      `设置中的 Waline 地址“${url}”是站内路径，同步脚本需要完整地址：请设环境变量 WALINE_URL，例如在服务器上 WALINE_URL=http://127.0.0.1:8360，或 https://你的域名/waline。/ Set WALINE_URL to Waline's full address.`,
    );
  }
  return url.replace(/\/+$/, '');
}

/** @param {Record<string, string | undefined>} env @param {string | undefined} settingsPath @param {((ms: number) => Promise<void>) | undefined} sleep @param {(line: string) => void} log */
async function syncWaline(env, settingsPath, sleep, log) {
  const url = walineTarget(env, settingsPath);
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

/**
 * @param {{ env?: Record<string, string | undefined>, sleep?: (ms: number) => Promise<void>, log?: (line: string) => void, settingsPath?: string }} [options]
 * @returns {Promise<number>} the exit code
 */
export async function runSync({ env = process.env, sleep, log = console.log, settingsPath } = {}) {
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
