import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CACHE_RULES,
  PAGE_CACHE_CONTROL,
  cacheControl,
  contentType,
  isMassDeletion,
  parseCheckReport,
  phaseOf,
  planDeploy,
  rcloneArgs,
  rcloneInvocation,
  readTarget,
  remotePath,
  stagedObjects,
  type DeployTarget,
} from '../../scripts/deploy-s3/plan';
import { ROOT } from '../support/content';

const ENV = {
  S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com',
  S3_REGION: 'cn-hangzhou',
  S3_BUCKET: 'dangjian-site',
  S3_ACCESS_KEY_ID: 'LTAIexample',
  S3_SECRET_ACCESS_KEY: 'secret-example',
};

describe('readTarget', () => {
  it('reads the target with defaults: bucket root, provider Other, gzip assets', () => {
    expect(readTarget(ENV)).toEqual({
      problems: [],
      target: {
        endpoint: ENV.S3_ENDPOINT,
        region: 'cn-hangzhou',
        bucket: 'dangjian-site',
        prefix: '',
        accessKeyId: 'LTAIexample',
        secretAccessKey: 'secret-example',
        provider: 'Other',
        assetEncoding: 'gzip',
      },
    });
  });

  it('names every missing variable, in Chinese and English', () => {
    const { target, problems } = readTarget({ S3_ENDPOINT: ENV.S3_ENDPOINT, S3_BUCKET: '  ' });
    expect(target).toBeUndefined();
    expect(problems.map((p) => /缺少环境变量 (\S+)：/.exec(p)?.[1])).toEqual([
      'S3_REGION',
      'S3_BUCKET',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
    ]);
    expect(problems[0]).toContain('missing environment variable S3_REGION');
  });

  it.each([
    [{ S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com/dangjian-site' }, 'S3_ENDPOINT 应为域名'],
    [{ S3_PREFIX: '../other' }, 'S3_PREFIX 只能包含'],
    [{ S3_PREFIX: '党建' }, 'S3_PREFIX 只能包含'],
    [{ S3_PROVIDER: 'Aliyun' }, 'S3_PROVIDER 应为'],
    [{ S3_ASSET_ENCODING: 'br' }, 'S3_ASSET_ENCODING 应为 gzip'],
    [{ S3_PATH_STYLE: 'yes' }, 'S3_PATH_STYLE 应为 true 或 false'],
  ])('rejects %o', (extra, message) => {
    const { target, problems } = readTarget({ ...ENV, ...extra });
    expect(target).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('takes the folder without its slashes, the provider and the addressing style', () => {
    const { target } = readTarget({
      ...ENV,
      S3_PREFIX: '/dangjian/',
      S3_PROVIDER: 'TencentCOS',
      S3_PATH_STYLE: 'false',
      S3_ASSET_ENCODING: 'none',
    });
    expect(target).toMatchObject({
      prefix: 'dangjian',
      provider: 'TencentCOS',
      pathStyle: false,
      assetEncoding: 'none',
    });
    expect(remotePath(target!)).toBe('dangjian:dangjian-site/dangjian');
  });
});

describe('rcloneInvocation', () => {
  const target = readTarget(ENV).target as DeployTarget;

  it('configures the remote in the environment only: no file, no ACL, no bucket creation', () => {
    const { env, globalArgs } = rcloneInvocation(target, { PATH: '/usr/bin' });
    expect(env).toEqual({
      PATH: '/usr/bin',
      RCLONE_CONFIG_DANGJIAN_TYPE: 's3',
      RCLONE_CONFIG_DANGJIAN_PROVIDER: 'Other',
      RCLONE_CONFIG_DANGJIAN_ENDPOINT: ENV.S3_ENDPOINT,
      RCLONE_CONFIG_DANGJIAN_REGION: 'cn-hangzhou',
      RCLONE_CONFIG_DANGJIAN_ACCESS_KEY_ID: 'LTAIexample',
      RCLONE_CONFIG_DANGJIAN_SECRET_ACCESS_KEY: 'secret-example',
      RCLONE_CONFIG_DANGJIAN_ENV_AUTH: 'false',
      RCLONE_CONFIG_DANGJIAN_NO_CHECK_BUCKET: 'true',
      RCLONE_TRANSFERS: '16',
    });
    expect(globalArgs).toEqual(['--config', '', '--copy-links']);
  });

  it('gives AWS_CA_BUNDLE to --ca-cert (rclone 1.60 fails with it in the environment) and keeps RCLONE_TRANSFERS', () => {
    const { env, globalArgs } = rcloneInvocation(
      { ...target, pathStyle: true },
      { AWS_CA_BUNDLE: '/etc/ssl/corp.pem', RCLONE_TRANSFERS: '4' },
    );
    expect(env.AWS_CA_BUNDLE).toBeUndefined();
    expect(env.RCLONE_TRANSFERS).toBe('4');
    expect(env.RCLONE_CONFIG_DANGJIAN_FORCE_PATH_STYLE).toBe('true');
    expect(globalArgs).toEqual(['--config', '', '--copy-links', '--ca-cert', '/etc/ssl/corp.pem']);
  });
});

describe('stagedObjects', () => {
  const files = [
    'index.html',
    '_headers',
    '_astro/page.Ab12.js',
    '_astro/page.Ab12.js.gz',
    '_astro/page.Ab12.js.br',
    '_astro/tiny.Cd34.js', // compressing did not make it smaller: no copies
    '_astro/photo.Ef56.webp',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-entry.json.gz',
    'uploads/library/archive.tar.gz', // an upload that happens to end in .gz
  ];

  it('stores the .gz copy as the file itself, with its encoding, and leaves out .br copies and host files', () => {
    expect(stagedObjects(files, 'gzip')).toEqual([
      { key: '_astro/page.Ab12.js', file: '_astro/page.Ab12.js.gz', contentEncoding: 'gzip' },
      { key: '_astro/photo.Ef56.webp', file: '_astro/photo.Ef56.webp' },
      { key: '_astro/tiny.Cd34.js', file: '_astro/tiny.Cd34.js' },
      { key: 'index.html', file: 'index.html' },
      { key: 'pagefind/pagefind-entry.json', file: 'pagefind/pagefind-entry.json.gz', contentEncoding: 'gzip' },
      { key: 'uploads/library/archive.tar.gz', file: 'uploads/library/archive.tar.gz' },
    ]);
  });

  it('stores plain files for a CDN that compresses', () => {
    expect(stagedObjects(files, 'none').every((o) => o.key === o.file && !o.contentEncoding)).toBe(true);
    expect(stagedObjects(files, 'none')).toHaveLength(6);
  });
});

describe('headers', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['articles/a/index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['rss.xml', 'text/xml; charset=utf-8', 'no-cache'],
    ['sitemap-index.xml', 'text/xml; charset=utf-8', 'no-cache'],
    ['robots.txt', 'text/plain; charset=utf-8', 'no-cache'],
    ['favicon.svg', 'image/svg+xml', 'no-cache'],
    ['og-default.jpg', 'image/jpeg', 'no-cache'],
    ['_astro/page.Ab12.js', 'application/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['_astro/Base.Cd34.css', 'text/css', 'public, max-age=31536000, immutable'],
    ['_astro/webp_enc.Ef56.wasm', 'application/wasm', 'public, max-age=31536000, immutable'],
    ['pagefind/pagefind.js', 'application/javascript; charset=utf-8', 'public, max-age=300'],
    ['pagefind/pagefind-entry.json', 'application/json', 'public, max-age=300'],
    ['pagefind/wasm.zh-cn.pagefind', 'application/octet-stream', 'public, max-age=300'],
    ['pagefind/fragment/zh-cn_1a2b.pf_fragment', 'application/octet-stream', 'public, max-age=300'],
    ['uploads/media/talk.MP4', 'video/mp4', 'public, max-age=86400'],
    ['uploads/media/talk.vtt', 'text/vtt; charset=utf-8', 'public, max-age=86400'],
    ['uploads/library/book.pdf', 'application/pdf', 'public, max-age=86400'],
    [
      'uploads/courseware/slides.pptx',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'public, max-age=86400',
    ],
    ['uploads/odd-file', 'application/octet-stream', 'public, max-age=86400'],
  ])('%s: %s, %s', (key, type, cache) => {
    expect([contentType(key), cacheControl(key)]).toEqual([type, cache]);
  });

  it('set Cache-Control as the locations of the nginx guide do', () => {
    const conf = readFileSync(join(ROOT, 'docs/nginx/dangjian.conf'), 'utf8');
    const locations = [...conf.matchAll(/location \/dangjian\/([^ ]*) \{[^}]*?Cache-Control "([^"]+)"/g)].map(
      ([, folder, value]) => [folder, value],
    );
    expect(locations).toEqual([['', PAGE_CACHE_CONTROL], ...CACHE_RULES]);
  });
});

describe('phaseOf', () => {
  it.each([
    ['_astro/page.Ab12.js', 'assets'],
    ['uploads/library/book.pdf', 'assets'],
    ['favicon.svg', 'assets'],
    ['robots.txt', 'assets'],
    ['pagefind/fragment/zh-cn_1a2b.pf_fragment', 'assets'],
    ['pagefind/index/zh-cn_9f8e.pf_index', 'assets'],
    ['pagefind/filter/zh-cn_7c6d.pf_filter', 'assets'],
    ['pagefind/pagefind.zh-cn_5b4a.pf_meta', 'assets'],
    ['pagefind-archive-2/fragment/zh-cn_1a2b.pf_fragment', 'assets'],
    ['pagefind-archive-2/pagefind.zh-cn_5b4a.pf_meta', 'assets'],
    ['pagefind-archive-2/pagefind.js', 'search'],
    ['pagefind-archive-2/pagefind-entry.json', 'index'],
    ['pagefind-archived/index.html', 'pages'],
    ['index.html', 'pages'],
    ['articles/a/index.html', 'pages'],
    ['rss.xml', 'pages'],
    ['sitemap-0.xml', 'pages'],
    ['pagefind/pagefind.js', 'search'],
    ['pagefind/wasm.zh-cn.pagefind', 'search'],
    ['pagefind/pagefind-entry.json', 'index'],
  ])('%s → %s', (key, phase) => {
    expect(phaseOf(key)).toBe(phase);
  });
});

describe('parseCheckReport', () => {
  it('sorts rclone check --combined lines by what must happen', () => {
    expect(
      parseCheckReport('= index.html\n+ articles/new/index.html\n* _astro/x.js\n- old.html\n! broken.html\n'),
    ).toEqual({
      same: ['index.html'],
      added: ['articles/new/index.html'],
      changed: ['_astro/x.js'],
      removed: ['old.html'],
      errors: ['broken.html'],
    });
  });

  it('refuses a line it does not understand', () => {
    expect(() => parseCheckReport('? what\n')).toThrow('unexpected line');
  });
});

describe('planDeploy', () => {
  const objects = stagedObjects(
    [
      'index.html',
      'a/index.html',
      'rss.xml',
      '_astro/p.B.js',
      '_astro/p.B.js.gz',
      'uploads/x.pdf',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/index/i2.pf_index',
    ],
    'gzip',
  );
  const report = {
    same: ['uploads/x.pdf', 'pagefind/pagefind.js'],
    added: ['_astro/p.B.js', 'pagefind/index/i2.pf_index'],
    changed: ['index.html', 'pagefind/pagefind-entry.json', 'a/index.html', 'rss.xml'],
    removed: ['_astro/p.A.js', 'old/index.html'],
    errors: [],
  };

  it('uploads in phases, one batch per set of headers, and deletes afterwards', () => {
    const plan = planDeploy(report, objects);
    expect(plan.batches.map((b) => [b.phase, b.keys, b.headers['Content-Encoding'] ?? ''])).toEqual([
      ['assets', ['_astro/p.B.js'], 'gzip'],
      ['assets', ['pagefind/index/i2.pf_index'], ''],
      ['pages', ['a/index.html', 'index.html'], ''],
      ['pages', ['rss.xml'], ''],
      ['index', ['pagefind/pagefind-entry.json'], ''],
    ]);
    expect(plan).toMatchObject({ deletions: ['_astro/p.A.js', 'old/index.html'], added: 2, changed: 4, unchanged: 2 });
  });

  it('refuses a report about files the build does not have', () => {
    expect(() => planDeploy({ ...report, added: ['elsewhere.html'] }, objects)).toThrow('elsewhere.html');
  });

  it('calls deleting more than it keeps, beyond a handful, a mass deletion', () => {
    const plan = (deletions: number, kept: number) => ({
      batches: [],
      deletions: Array.from({ length: deletions }, (_, i) => `${i}`),
      added: 0,
      changed: 0,
      unchanged: kept,
    });
    expect(isMassDeletion(plan(20, 0))).toBe(false);
    expect(isMassDeletion(plan(21, 20))).toBe(true);
    expect(isMassDeletion(plan(300, 3000))).toBe(false);
  });
});

describe('rcloneArgs', () => {
  it('uploads a batch with its headers, without listing the bucket again', () => {
    expect(
      rcloneArgs.upload('/s', 'dangjian:b', '/l.txt', { 'Content-Type': 'text/css', 'Cache-Control': 'no-cache' }),
    ).toEqual([
      'copy',
      '/s',
      'dangjian:b',
      '--files-from-raw',
      '/l.txt',
      '--no-traverse',
      '--no-check-dest',
      '--header-upload',
      'Content-Type: text/css',
      '--header-upload',
      'Cache-Control: no-cache',
    ]);
  });
});
