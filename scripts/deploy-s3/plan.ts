/**
 * What `npm run deploy:s3` (scripts/deploy-s3.ts) sends to an S3-compatible
 * bucket, with which headers and in which order. Pure: the script runs rclone,
 * this module decides, and tests/unit/deploy-s3-plan.test.ts checks each rule.
 *
 * Why the order matters: a bucket has no atomic switch like nginx's
 * `rsync --delay-updates`. Readers may load a page while the upload runs, so
 * everything a page can point to goes first (hashed scripts and styles, images,
 * uploads, Pagefind's hashed index chunks), then the pages, then Pagefind's
 * runtime and, last, its entry file (which names the chunks to fetch), and only
 * then are files no longer built deleted. Stopped at any point, the bucket holds
 * whole old or whole new pages, each with everything it references.
 *
 * Headers follow docs/nginx/dangjian.conf (tests/unit/deploy-s3-plan.test.ts
 * reads that file and compares). An object store cannot choose between `.br`,
 * `.gz` and the plain file per request as nginx's `gzip_static` does, so by
 * default the `.gz` copy beside a shared script or style is uploaded as that
 * file itself with `Content-Encoding: gzip` (every browser accepts gzip; the
 * CDN passes it through); `S3_ASSET_ENCODING=none` uploads plain files for a
 * CDN that compresses itself (docs/object-storage.md explains the choice).
 */
import { isPrecompressed } from '../../src/lib/web/compressible.ts';

export type AssetEncoding = 'gzip' | 'none';

export interface DeployTarget {
  endpoint: string;
  region: string;
  bucket: string;
  /** Folder inside the bucket, without slashes at either end; '' for the bucket root. */
  prefix: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** rclone's S3 provider name: decides virtual-hosted or path-style addresses. */
  provider: string;
  /** Overrides the provider's addressing style when set. */
  pathStyle?: boolean;
  assetEncoding: AssetEncoding;
}

interface Variable {
  name: string;
  zh: string;
  en: string;
}

/** The environment variables that must be set, with what to put in them. */
export const REQUIRED_VARIABLES: readonly Variable[] = [
  {
    name: 'S3_ENDPOINT',
    zh: '对象存储的访问域名（Endpoint），如 https://oss-cn-hangzhou.aliyuncs.com 或 https://cos.ap-guangzhou.myqcloud.com',
    en: 'the endpoint URL',
  },
  { name: 'S3_REGION', zh: '存储桶所在地域，如 cn-hangzhou、ap-guangzhou', en: 'the bucket region' },
  { name: 'S3_BUCKET', zh: '存储桶名称（腾讯云带 APPID，如 dangjian-1250000000）', en: 'the bucket name' },
  {
    name: 'S3_ACCESS_KEY_ID',
    zh: '只能写这个存储桶的子账号 AccessKey ID',
    en: 'access key id of a user limited to this bucket',
  },
  { name: 'S3_SECRET_ACCESS_KEY', zh: '该子账号的 AccessKey Secret', en: 'its secret' },
];

/** rclone 1.60's S3 providers (`rclone help backend s3`). */
export const PROVIDERS = [
  'AWS',
  'Alibaba',
  'Ceph',
  'ChinaMobile',
  'Cloudflare',
  'ArvanCloud',
  'DigitalOcean',
  'Dreamhost',
  'HuaweiOBS',
  'IBMCOS',
  'IDrive',
  'IONOS',
  'LyveCloud',
  'Minio',
  'Netease',
  'RackCorp',
  'Scaleway',
  'SeaweedFS',
  'StackPath',
  'Storj',
  'TencentCOS',
  'Qiniu',
  'Wasabi',
  'Other',
] as const;

/** The remote's name in rclone's environment configuration (RCLONE_CONFIG_<NAME>_…). */
export const REMOTE = 'dangjian';

/** The deploy target from environment variables, or every problem with them (Chinese and English, naming the variable). */
export function readTarget(env: Record<string, string | undefined>): { target?: DeployTarget; problems: string[] } {
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() ?? '';
  for (const variable of REQUIRED_VARIABLES) {
    if (!value(variable.name))
      problems.push(
        `缺少环境变量 ${variable.name}：${variable.zh} / missing environment variable ${variable.name}: ${variable.en}`,
      );
  }
  const endpoint = value('S3_ENDPOINT');
  if (endpoint && !/^(https?:\/\/)?[a-z0-9.-]+(:\d+)?\/?$/i.test(endpoint)) {
    problems.push(
      `S3_ENDPOINT 应为域名或 http(s):// 开头的地址，不含路径和存储桶名，现为「${endpoint}」 / S3_ENDPOINT must be a host or http(s) URL without a path or bucket`,
    );
  }
  const prefix = value('S3_PREFIX').replace(/^\/+|\/+$/g, '');
  if (!/^[A-Za-z0-9._\/-]*$/.test(prefix) || prefix.split('/').some((part) => part === '..' || part === '.')) {
    problems.push(
      `S3_PREFIX 只能包含英文字母、数字和 . _ - /，如 dangjian，现为「${value('S3_PREFIX')}」 / S3_PREFIX may hold only ASCII letters, digits and . _ - /`,
    );
  }
  const provider = value('S3_PROVIDER') || 'Other';
  if (!(PROVIDERS as readonly string[]).includes(provider)) {
    problems.push(
      `S3_PROVIDER 应为 ${PROVIDERS.join('、')} 之一（阿里云 Alibaba，腾讯云 TencentCOS，华为云 HuaweiOBS），现为「${provider}」 / S3_PROVIDER must be one of rclone's providers`,
    );
  }
  const encoding = value('S3_ASSET_ENCODING') || 'gzip';
  if (encoding !== 'gzip' && encoding !== 'none') {
    problems.push(
      `S3_ASSET_ENCODING 应为 gzip（默认）或 none，现为「${encoding}」 / S3_ASSET_ENCODING must be gzip or none`,
    );
  }
  const pathStyle = value('S3_PATH_STYLE');
  if (pathStyle && pathStyle !== 'true' && pathStyle !== 'false') {
    problems.push(`S3_PATH_STYLE 应为 true 或 false，现为「${pathStyle}」 / S3_PATH_STYLE must be true or false`);
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    target: {
      endpoint,
      region: value('S3_REGION'),
      bucket: value('S3_BUCKET'),
      prefix,
      accessKeyId: value('S3_ACCESS_KEY_ID'),
      secretAccessKey: value('S3_SECRET_ACCESS_KEY'),
      provider,
      ...(pathStyle ? { pathStyle: pathStyle === 'true' } : {}),
      assetEncoding: encoding as AssetEncoding,
    },
  };
}

/**
 * rclone's configuration of the remote as environment variables, so that the
 * keys never touch the disk. No ACL is sent: objects inherit the bucket's
 * (public read, or private behind the CDN's origin authentication), where
 * rclone's `acl` would make each object private. The bucket must exist: a
 * deploy never creates one (`no_check_bucket`).
 */
export function rcloneEnvironment(target: DeployTarget): Record<string, string> {
  const key = (option: string) => `RCLONE_CONFIG_${REMOTE.toUpperCase()}_${option}`;
  return {
    [key('TYPE')]: 's3',
    [key('PROVIDER')]: target.provider,
    [key('ENDPOINT')]: target.endpoint,
    [key('REGION')]: target.region,
    [key('ACCESS_KEY_ID')]: target.accessKeyId,
    [key('SECRET_ACCESS_KEY')]: target.secretAccessKey,
    [key('ENV_AUTH')]: 'false',
    [key('NO_CHECK_BUCKET')]: 'true',
    ...(target.pathStyle === undefined ? {} : { [key('FORCE_PATH_STYLE')]: String(target.pathStyle) }),
  };
}

/** `dangjian:bucket/prefix`, where rclone reads and writes. */
export function remotePath(target: DeployTarget): string {
  return `${REMOTE}:${target.bucket}${target.prefix ? `/${target.prefix}` : ''}`;
}

/** The bucket itself, to ask whether it exists before comparing (a missing bucket otherwise looks empty to rclone). */
export function bucketPath(target: DeployTarget): string {
  return `${REMOTE}:${target.bucket}`;
}

/**
 * The environment and global flags of every rclone run: the remote's settings,
 * no configuration file (`--config ""`: nothing read or written), links followed
 * (the staging folder), more uploads in flight than rclone's 4 for thousands of
 * small pages (RCLONE_TRANSFERS overrides). AWS_CA_BUNDLE, set on machines with
 * their own certificate authority, makes rclone 1.60's S3 client fail
 * ("LoadCustomCABundleError … unsupported transport"); the same bundle is given
 * to rclone's own `--ca-cert` instead.
 */
export function rcloneInvocation(
  target: DeployTarget,
  base: Record<string, string | undefined>,
): { env: Record<string, string>; globalArgs: string[] } {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base))
    if (value !== undefined && name !== 'AWS_CA_BUNDLE') env[name] = value;
  Object.assign(env, rcloneEnvironment(target));
  env.RCLONE_TRANSFERS ??= '16';
  const bundle = base.AWS_CA_BUNDLE;
  return { env, globalArgs: ['--config', '', '--copy-links', ...(bundle ? ['--ca-cert', bundle] : [])] };
}

/** One object of the bucket: its key (the path under dist/), the built file whose bytes it holds, and its encoding. */
export interface StagedObject {
  key: string;
  file: string;
  contentEncoding?: 'gzip';
}

/** Files of dist/ that configure other hosts (Netlify, Cloudflare Pages) and mean nothing in a bucket. */
const OTHER_HOSTS_FILES = new Set(['_headers', '_redirects']);

/**
 * The objects to store for the files of a build (paths relative to dist/, with `/`):
 * every file except the `.gz`/`.br` copies beside precompressed ones, which become
 * the object itself (gzip) or are left out (none).
 */
export function stagedObjects(files: readonly string[], encoding: AssetEncoding): StagedObject[] {
  const present = new Set(files);
  const isCopy = (file: string) => {
    const match = /^(.*)\.(gz|br)$/.exec(file);
    return match !== null && present.has(match[1]!) && isPrecompressed(match[1]!);
  };
  return files
    .filter((file) => !isCopy(file) && !OTHER_HOSTS_FILES.has(file))
    .map((file) =>
      encoding === 'gzip' && isPrecompressed(file) && present.has(`${file}.gz`)
        ? { key: file, file: `${file}.gz`, contentEncoding: 'gzip' as const }
        : { key: file, file },
    )
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Cache-Control by folder, as the `location` blocks of docs/nginx/dangjian.conf
 * set it: hashed scripts and styles for a year, the search index (and its archive parts) five minutes,
 * uploads a day, pages and everything else checked on every visit.
 */
export const CACHE_RULES: readonly (readonly [folder: string, cacheControl: string])[] = [
  ['_astro/', 'public, max-age=31536000, immutable'],
  ['pagefind/', 'public, max-age=300'],
  // The older articles' index parts of a large site (src/lib/search/shards.ts): pagefind-archive-1/, -2/ …
  ['pagefind-archive-', 'public, max-age=300'],
  ['uploads/', 'public, max-age=86400'],
];
export const PAGE_CACHE_CONTROL = 'no-cache';

export function cacheControl(key: string): string {
  return CACHE_RULES.find(([folder]) => key.startsWith(folder))?.[1] ?? PAGE_CACHE_CONTROL;
}

/**
 * Content-Type by extension: nginx's mime.types with its `charset utf-8` (added to
 * text/html, text/xml, text/plain, application/javascript and application/rss+xml),
 * plus what nginx 1.22 lacks and the site serves (mjs, vtt captions, webmanifest).
 * Unknown kinds, such as Pagefind's index chunks, are application/octet-stream as in nginx.
 */
const UTF8 = '; charset=utf-8';
const CONTENT_TYPES: Record<string, string> = {
  html: `text/html${UTF8}`,
  htm: `text/html${UTF8}`,
  xml: `text/xml${UTF8}`,
  rss: `application/rss+xml${UTF8}`,
  atom: 'application/atom+xml',
  txt: `text/plain${UTF8}`,
  css: 'text/css',
  js: `application/javascript${UTF8}`,
  mjs: `application/javascript${UTF8}`,
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  map: 'application/json',
  vtt: `text/vtt${UTF8}`,
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  m4a: 'audio/x-m4a',
  ogg: 'audio/ogg',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

export function contentType(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return (dot > 0 && CONTENT_TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

export function objectHeaders(object: StagedObject): Record<string, string> {
  return {
    'Content-Type': contentType(object.key),
    'Cache-Control': cacheControl(object.key),
    ...(object.contentEncoding ? { 'Content-Encoding': object.contentEncoding } : {}),
  };
}

/** Upload phases, in order (see the file header). */
export const PHASES = ['assets', 'pages', 'search', 'index'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  assets: '资源文件 / assets',
  pages: '网页 / pages',
  search: '搜索程序 / search runtime',
  index: '搜索索引入口 / search index entry',
};

/** A search index's folder: the main one, or an archive part of a large site (src/lib/search/shards.ts). */
const SEARCH_FOLDER = /^pagefind(-archive-\d+)?\//;

/**
 * Pages and feeds link to assets; Pagefind's top-level runtime and language
 * files (not hashed) go with its entry, which names the hashed chunks
 * (`index/`, `fragment/`, `filter/`, `*.pf_meta`) uploaded with the assets.
 * The same for each archive part's folder.
 */
export function phaseOf(key: string): Phase {
  const search = SEARCH_FOLDER.exec(key);
  if (search) {
    const inside = key.slice(search[0].length);
    if (inside === 'pagefind-entry.json') return 'index';
    return inside.includes('/') || inside.endsWith('.pf_meta') ? 'assets' : 'search';
  }
  return /\.(html?|xml)$/i.test(key) ? 'pages' : 'assets';
}

/** The paths of `rclone check --combined`, by what must happen to them. */
export interface CheckReport {
  same: string[];
  added: string[];
  changed: string[];
  removed: string[];
  errors: string[];
}

/** Parses rclone's combined report: `= same`, `+ only here`, `* different`, `- only in the bucket`, `! error`. */
export function parseCheckReport(text: string): CheckReport {
  const report: CheckReport = { same: [], added: [], changed: [], removed: [], errors: [] };
  const lists: Record<string, string[]> = {
    '=': report.same,
    '+': report.added,
    '*': report.changed,
    '-': report.removed,
    '!': report.errors,
  };
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const list = lists[line[0]!];
    if (!list || line[1] !== ' ')
      throw new Error(`无法识别 rclone check 的输出 / unexpected line in rclone's report: ${line}`);
    list.push(line.slice(2));
  }
  return report;
}

export interface UploadBatch {
  phase: Phase;
  headers: Record<string, string>;
  keys: string[];
}

export interface DeployPlan {
  batches: UploadBatch[];
  deletions: string[];
  added: number;
  changed: number;
  unchanged: number;
}

/** What to upload (new and changed objects, in phases, one batch per set of headers) and what to delete afterwards. */
export function planDeploy(report: CheckReport, objects: readonly StagedObject[]): DeployPlan {
  const byKey = new Map(objects.map((object) => [object.key, object]));
  const batches = new Map<string, UploadBatch>();
  for (const key of [...report.added, ...report.changed]) {
    const object = byKey.get(key);
    if (!object)
      throw new Error(`rclone 报告了不在本次构建中的文件 / rclone reported a file the build does not have: ${key}`);
    const phase = phaseOf(key);
    const headers = objectHeaders(object);
    const id = `${PHASES.indexOf(phase)}\n${JSON.stringify(headers)}`;
    const batch = batches.get(id) ?? { phase, headers, keys: [] };
    batch.keys.push(key);
    batches.set(id, batch);
  }
  const ordered = [...batches.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, batch]) => ({ ...batch, keys: batch.keys.sort() }));
  return {
    batches: ordered,
    deletions: [...report.removed].sort(),
    added: report.added.length,
    changed: report.changed.length,
    unchanged: report.same.length,
  };
}

/**
 * A deploy that would delete more objects than it keeps, beyond a handful, is
 * more likely a wrong S3_PREFIX (another site's folder) or a wrong dist/ than a
 * real change; it stops unless told (`--allow-mass-delete`).
 */
export function isMassDeletion(plan: DeployPlan): boolean {
  return plan.deletions.length > 20 && plan.deletions.length > plan.unchanged + plan.changed + plan.added;
}

/** rclone arguments of each step (rcloneInvocation adds the global ones). */
export const rcloneArgs = {
  bucketExists: (bucket: string) => ['lsf', bucket, '--max-depth', '1'],
  // --fast-list: one listing of every key, 1,000 a request, rather than one request per folder —
  // a site has a folder per page (10,000 articles: 10 requests instead of over 10,000).
  check: (stage: string, remote: string, reportFile: string) => [
    'check',
    stage,
    remote,
    '--combined',
    reportFile,
    '--fast-list',
  ],
  upload: (stage: string, remote: string, listFile: string, headers: Record<string, string>) => [
    'copy',
    stage,
    remote,
    '--files-from-raw',
    listFile,
    // The check just compared every file: upload these without listing the bucket or asking again.
    '--no-traverse',
    '--no-check-dest',
    ...Object.entries(headers).flatMap(([name, value]) => ['--header-upload', `${name}: ${value}`]),
  ],
  delete: (remote: string, listFile: string) => ['delete', remote, '--files-from-raw', listFile, '--fast-list'],
};
