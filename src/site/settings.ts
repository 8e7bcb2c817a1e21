/**
 * Loads and validates `src/settings.yml` once per process. Environment variables
 * SITE_URL and BASE_PATH override the address for a deployment without editing
 * the file (e.g. a staging copy under a sub-path).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { SETTINGS_FIELDS, SETTINGS_FILE } from '../model/settings';
import { fieldSchema, idReference } from '../model/to-zod';
import type { DataOf } from '../model/infer';
import { f } from '../model/fields';
import { normaliseBase } from '../lib/web/base-path';

export type Settings = DataOf<typeof SETTINGS_FIELDS, 'id'>;

const settingsSchema = fieldSchema(
  f.object('站点设置', { fields: SETTINGS_FIELDS }),
  idReference,
) as z.ZodType<Settings>;

interface SettingsIssue {
  path: PropertyKey[];
  message: string;
}

/** Rules across fields that a form cannot express: what each CMS sign-in needs. */
export function crossFieldIssues(settings: Settings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const { backend, appId, baseUrl } = settings.cms;
  if ((backend === 'gitea' || backend === 'gitlab') && !appId) {
    issues.push({
      path: ['cms', 'appId'],
      message: `使用 ${backend === 'gitea' ? 'Gitea' : 'GitLab'} 登录需要填写 OAuth 应用 ID（Client ID），见 docs/deploy.md / ${backend} sign-in needs the OAuth application's client id`,
    });
  }
  if (backend === 'gitea' && !baseUrl) {
    issues.push({
      path: ['cms', 'baseUrl'],
      message:
        '使用 Gitea 需要填写 Git 服务地址，如 https://git.example.cn / gitea needs the address of your Gitea server',
    });
  }
  return issues;
}

/** Validates settings data; the error names the file, each field and the fix. */
export function parseSettings(data: unknown, file = SETTINGS_FILE): Settings {
  const result = settingsSchema.safeParse(data);
  const issues: SettingsIssue[] = result.success ? crossFieldIssues(result.data) : result.error.issues;
  if (result.success && issues.length === 0) return result.data;
  const lines = issues.map((issue) => `  - ${issue.path.join('.') || '(文件)'}: ${issue.message}`);
  throw new Error(`站点设置有误 / Invalid site settings in ${file}:\n${lines.join('\n')}`);
}

/**
 * Reads and validates one settings file: the one loader of the build and of
 * every script (sync, digest, reports), so a file the build rejects is
 * rejected everywhere, with the same message.
 */
export function readSettingsFile(path: string, name: string = path): Settings {
  let data: unknown;
  try {
    data = yaml.load(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`无法读取站点设置 / Cannot read site settings ${name}: ${(error as Error).message}`);
  }
  return parseSettings(data, name);
}

const cached = new Map<string, Settings>();

/** The settings of the project in `root`, read once per process (Astro and the scripts run from the project root). */
export function loadSettings(root: string = process.cwd()): Settings {
  let settings = cached.get(root);
  if (!settings) {
    settings = readSettingsFile(join(root, SETTINGS_FILE), SETTINGS_FILE);
    cached.set(root, settings);
  }
  return settings;
}

/**
 * Where the site lives: origin for absolute URLs and the path prefix ('/' or '/dangjian/').
 * `known` is false when neither the settings nor SITE_URL give the address: the origin is
 * then this computer's, and nothing meant to leave it (QR codes, share tags) may carry it.
 */
export function siteAddress(settings: Settings, env: Record<string, string | undefined> = process.env) {
  const given = env.SITE_URL || settings.siteUrl;
  const url = new URL(given || 'http://localhost:4321/');
  return { site: url.origin, base: normaliseBase(env.BASE_PATH ?? url.pathname), known: Boolean(given) };
}

/** What a build without the site's address says, once; undefined when the address is known. */
export function unknownAddressWarning(settings: Settings, env: Record<string, string | undefined> = process.env) {
  if (siteAddress(settings, env).known) return undefined;
  return `${SETTINGS_FILE}：没有填写网站地址（siteUrl），构建时也没有设置环境变量 SITE_URL。这次构建的分享海报不印二维码和网址，网页不带分享图片和“扫码阅读”二维码，因为它们只会指向本机（localhost），在别人的手机上打不开。正式发布前请在内容管理的“站点设置 → 网站地址”中填写，如 https://dangjian.example.edu.cn/ / No site address (siteUrl in ${SETTINGS_FILE}, or SITE_URL): posters carry no QR code and pages no share image or QR code.`;
}
