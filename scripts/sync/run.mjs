// @ts-check
/**
 * `npm run sync`: what to read (repository and categories from the settings or
 * the environment), then read it and replace the snapshot in one step. Any
 * failure leaves the previous snapshot untouched.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { DEFAULT_GRAPHQL_URL, SyncError, graphqlClient } from './github-graphql.mjs';
import { fetchSnapshot } from './discussions.mjs';
import { writeJsonAtomically } from './snapshot-file.mjs';

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
  const settings = /** @type {{ giscus?: { repo?: string, category?: string } }} */ (yaml.load(readFileSync(settingsPath, 'utf8')) ?? {});
  const repository = env.SYNC_REPO || settings.giscus?.repo;
  const categories = (env.SYNC_CATEGORIES || settings.giscus?.category || '').split(',').map((c) => c.trim()).filter(Boolean);
  if (!repository || !categories.length) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new SyncError(`仓库名“${repository}”应形如 owner/repo / repository must look like owner/repo`);
  return { repository, categories };
}

/**
 * @param {{ env?: Record<string, string | undefined>, sleep?: (ms: number) => Promise<void>, log?: (line: string) => void, settingsPath?: string }} [options]
 * @returns {Promise<number>} the exit code
 */
export async function runSync({ env = process.env, sleep, log = console.log, settingsPath } = {}) {
  try {
    const target = syncTarget(env, settingsPath);
    if (!target) {
      log('未配置讨论区仓库和分类（设置中的 giscus，或 SYNC_REPO / SYNC_CATEGORIES），跳过同步。/ No repository configured; sync skipped.');
      return 0;
    }
    const token = env.GITHUB_TOKEN;
    if (!token) {
      log('缺少环境变量 GITHUB_TOKEN：请设置一个可读取 Discussions 的 GitHub 令牌（见 docs/editing.md「讨论数据同步」）。/ GITHUB_TOKEN is not set.');
      return 1;
    }
    const request = graphqlClient({ token, url: env.GITHUB_GRAPHQL_URL || DEFAULT_GRAPHQL_URL, sleep, log });
    const snapshot = await fetchSnapshot(request, target);
    const path = env.SYNC_SNAPSHOT || SNAPSHOT_PATH;
    writeJsonAtomically(path, snapshot);
    const polls = snapshot.discussions.filter((d) => d.poll).length;
    log(`已同步 ${target.repository}：${snapshot.discussions.length} 个讨论（其中投票 ${polls} 个）→ ${path} / synced ${snapshot.discussions.length} discussions`);
    return 0;
  } catch (error) {
    if (error instanceof SyncError) {
      log(`同步失败 / sync failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
