/**
 * `npm run deploy:s3` against a real S3-compatible server (s3rver) with real
 * rclone, on a small built site of two versions: what a first deploy stores
 * and with which headers, that a deploy uploads only what changed and deletes
 * what is gone, in an order that never lets a page point to a missing file,
 * and that a deploy cut off halfway through the pages leaves a whole site.
 * The same deploy of a real `astro build` is in tests/e2e/deploy-s3.spec.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync, gzipSync, brotliCompressSync } from 'node:zlib';
import { S3_PORT } from '../../tools/ports';
import { ROOT } from '../support/content';
import { rawBytes, referencedKeys, runDeploy } from '../support/deploy-s3';
import { requireRclone, startS3Server, type S3Server } from '../support/s3-server';

const FIXTURES = mkdtempSync(join(tmpdir(), 'deploy-s3-fixture-'));

/** A built site as `astro build` lays it out: pages, hashed assets with .gz/.br, uploads, feeds and a Pagefind index. */
function writeSite(name: string, files: Record<string, string | Buffer>): string {
  const dist = join(FIXTURES, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
    if (/^(_astro|pagefind)\/[^/]+\.(js|css|json)$/.test(path)) {
      writeFileSync(join(dist, `${path}.gz`), gzipSync(content, { level: 9 }));
      writeFileSync(join(dist, `${path}.br`), brotliCompressSync(content));
    }
  }
  return dist;
}

const page = (title: string, script: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/_astro/site.C1.css"><link rel="icon" href="/favicon.svg"></head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><img src="/uploads/photo.jpg" alt=""><a href="/">首页</a></main><script type="module" src="/_astro/${script}"></script></body></html>`;
const script = (version: string) => `export const version = '${version}';\n`.repeat(40);
const PHOTO = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7) % 256));

const OLD = {
  'index.html': page('首页', 'page.A1.js').replace(
    '</main>',
    '<a href="/articles/one/">一</a><a href="/articles/two/">二</a></main>',
  ),
  'articles/one/index.html': page('第一篇', 'page.A1.js'),
  'articles/two/index.html': page('第二篇', 'page.A1.js'),
  '404.html': page('页面不存在', 'page.A1.js'),
  'rss.xml': '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>党建</title></channel></rss>',
  'favicon.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#c00"/></svg>',
  'uploads/photo.jpg': PHOTO,
  _headers: '/*\n  X-Frame-Options: SAMEORIGIN\n',
  '_astro/page.A1.js': script('A1'),
  '_astro/site.C1.css': 'body{font-family:system-ui;color:#222}\n'.repeat(20),
  'pagefind/pagefind.js': 'export async function search(){}\n'.repeat(30),
  'pagefind/pagefind-entry.json': JSON.stringify({
    version: '1.6.0',
    languages: { 'zh-cn': { hash: 'zh-cn_m1', wasm: 'zh-cn', page_count: 3 } },
  }),
  'pagefind/wasm.zh-cn.pagefind': Buffer.from('wasm zh-cn v1'),
  'pagefind/pagefind.zh-cn_m1.pf_meta': Buffer.from('meta m1'),
  'pagefind/index/zh-cn_i1.pf_index': Buffer.from('index i1'),
  'pagefind/fragment/zh-cn_f1.pf_fragment': Buffer.from('fragment one'),
  'pagefind/fragment/zh-cn_f2.pf_fragment': Buffer.from('fragment two'),
};

/** The next build: article one edited, two deleted, three new; a new script hash; a new index. */
const NEW = {
  ...Object.fromEntries(Object.entries(OLD).filter(([path]) => !/(articles\/two|page\.A1|_m1|_i1|_f2)/.test(path))),
  'index.html': page('首页', 'page.B2.js').replace(
    '</main>',
    '<a href="/articles/one/">一</a><a href="/articles/three/">三</a></main>',
  ),
  'articles/one/index.html': page('第一篇（修订）', 'page.B2.js'),
  'articles/three/index.html': page('第三篇', 'page.B2.js'),
  '404.html': page('页面不存在', 'page.B2.js'),
  '_astro/page.B2.js': script('B2'),
  'pagefind/pagefind-entry.json': JSON.stringify({
    version: '1.6.0',
    languages: { 'zh-cn': { hash: 'zh-cn_m2', wasm: 'zh-cn', page_count: 3 } },
  }),
  'pagefind/pagefind.zh-cn_m2.pf_meta': Buffer.from('meta m2'),
  'pagefind/index/zh-cn_i2.pf_index': Buffer.from('index i2'),
  'pagefind/fragment/zh-cn_f3.pf_fragment': Buffer.from('fragment three'),
};

const oldSite = writeSite('old', OLD);
const newSite = writeSite('new', NEW);
/** What the bucket must hold for a build: every file but the .gz/.br copies and the Netlify headers file. */
const objectsOf = (files: Record<string, unknown>) =>
  Object.keys(files)
    .filter((path) => path !== '_headers')
    .sort();

let s3: S3Server;
beforeAll(async () => {
  requireRclone();
  s3 = await startS3Server(S3_PORT);
});
afterAll(async () => {
  await s3?.stop();
  rmSync(FIXTURES, { recursive: true, force: true });
});

/** Empties the bucket through the S3 API's own delete, so each test starts from nothing. */
afterEach(async () => {
  for (const key of await s3.keys()) await fetch(s3.objectUrl(key), { method: 'DELETE' });
  s3.clearEvents();
});

async function deploy(dist: string, extra: Record<string, string> = {}) {
  const run = await runDeploy({ ...s3.env, ...extra }, ['--dist', dist]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return run;
}

const puts = () => s3.events.filter((e) => e.kind === 'put').map((e) => e.key);
const deletes = () => s3.events.filter((e) => e.kind === 'delete').map((e) => e.key);

describe('npm run deploy:s3', { timeout: 120_000 }, () => {
  it('uploads a first build whole, each kind of file with the headers of the nginx guide, scripts as gzip', async () => {
    const run = await deploy(oldSite);
    expect(await s3.keys()).toEqual(objectsOf(OLD));
    expect(puts().sort()).toEqual(objectsOf(OLD));
    expect(run.stdout).toContain(`上传 uploaded ${objectsOf(OLD).length}, 删除 deleted 0`);

    const expected: [string, string, string, string | null][] = [
      ['index.html', 'text/html; charset=utf-8', 'no-cache', null],
      ['articles/one/index.html', 'text/html; charset=utf-8', 'no-cache', null],
      ['rss.xml', 'text/xml; charset=utf-8', 'no-cache', null],
      ['favicon.svg', 'image/svg+xml', 'no-cache', null],
      ['uploads/photo.jpg', 'image/jpeg', 'public, max-age=86400', null],
      ['_astro/page.A1.js', 'application/javascript; charset=utf-8', 'public, max-age=31536000, immutable', 'gzip'],
      ['_astro/site.C1.css', 'text/css', 'public, max-age=31536000, immutable', 'gzip'],
      ['pagefind/pagefind.js', 'application/javascript; charset=utf-8', 'public, max-age=300', 'gzip'],
      ['pagefind/pagefind-entry.json', 'application/json', 'public, max-age=300', 'gzip'],
      ['pagefind/wasm.zh-cn.pagefind', 'application/octet-stream', 'public, max-age=300', null],
      ['pagefind/fragment/zh-cn_f1.pf_fragment', 'application/octet-stream', 'public, max-age=300', null],
    ];
    for (const [key, type, cache, encoding] of expected) {
      const head = await fetch(s3.objectUrl(key), { method: 'HEAD' });
      expect([
        key,
        head.status,
        head.headers.get('content-type'),
        head.headers.get('cache-control'),
        head.headers.get('content-encoding'),
      ]).toEqual([key, 200, type, cache, encoding]);
    }
    // The object is the .gz copy; a browser (here fetch) decodes it to the built file.
    expect(gunzipSync(await rawBytes(s3.objectUrl('_astro/page.A1.js'))).toString()).toBe(OLD['_astro/page.A1.js']);
    expect(await (await fetch(s3.objectUrl('_astro/page.A1.js'))).text()).toBe(OLD['_astro/page.A1.js']);
    // Served as a static website (index documents), the bucket shows the site.
    expect(
      await (
        await fetch(`${s3.endpoint}/site/articles/one/`, { headers: { host: 'site.s3-website.localhost' } })
      ).text(),
    ).toBe(OLD['articles/one/index.html']);
  });

  it('uploads nothing when nothing changed; after an edit only the changed files, assets before pages before the search entry, and deletes what is gone last', async () => {
    await deploy(oldSite);
    s3.clearEvents();
    const again = await deploy(oldSite);
    expect(s3.events).toEqual([]);
    expect(again.stdout).toContain(`上传 uploaded 0, 删除 deleted 0, 未变 unchanged ${objectsOf(OLD).length}`);

    await deploy(newSite);

    const changed = objectsOf(NEW).filter(
      (key) => !(key in OLD) || String(OLD[key as keyof typeof OLD]) !== String(NEW[key as keyof typeof NEW]),
    );
    expect(puts().sort()).toEqual(changed);
    expect(changed).toEqual([
      '404.html',
      '_astro/page.B2.js',
      'articles/one/index.html',
      'articles/three/index.html',
      'index.html',
      'pagefind/fragment/zh-cn_f3.pf_fragment',
      'pagefind/index/zh-cn_i2.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.zh-cn_m2.pf_meta',
    ]);
    expect(deletes().sort()).toEqual([
      '_astro/page.A1.js',
      'articles/two/index.html',
      'pagefind/fragment/zh-cn_f2.pf_fragment',
      'pagefind/index/zh-cn_i1.pf_index',
      'pagefind/pagefind.zh-cn_m1.pf_meta',
    ]);
    expect(await s3.keys()).toEqual(objectsOf(NEW));

    const order = s3.events.map((e) => `${e.kind} ${e.key}`);
    const lastAsset = Math.max(
      ...[
        '_astro/page.B2.js',
        'pagefind/fragment/zh-cn_f3.pf_fragment',
        'pagefind/index/zh-cn_i2.pf_index',
        'pagefind/pagefind.zh-cn_m2.pf_meta',
      ].map((k) => order.indexOf(`put ${k}`)),
    );
    const pages = ['404.html', 'articles/one/index.html', 'articles/three/index.html', 'index.html'].map((k) =>
      order.indexOf(`put ${k}`),
    );
    const entry = order.indexOf('put pagefind/pagefind-entry.json');
    const firstDelete = order.findIndex((e) => e.startsWith('delete '));
    expect(lastAsset).toBeLessThan(Math.min(...pages));
    expect(Math.max(...pages)).toBeLessThan(entry);
    expect(entry).toBeLessThan(firstDelete);
  });

  it('cut off halfway through the pages, leaves every page whole with all it references; running again finishes', async () => {
    await deploy(oldSite);
    s3.clearEvents();
    const wrapper = join(FIXTURES, 'rclone-interrupted');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'tests/support/rclone-interrupted.mjs')}" "$@"\n`,
    );
    chmodSync(wrapper, 0o755);

    const cut = await runDeploy({ ...s3.env, DEPLOY_RCLONE: wrapper }, ['--dist', newSite]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('线上网站仍然完整');
    expect(cut.stderr).toContain('Run npm run deploy:s3 again');
    // Some pages are new, the others old; nothing was deleted, the search entry is the old one.
    const keys = await s3.keys();
    const pagesNow = keys.filter((k) => k.endsWith('.html'));
    const bodies = await Promise.all(
      pagesNow.map(async (k) => [k, await (await fetch(s3.objectUrl(k))).text()] as const),
    );
    const replaced = bodies.filter(([k, body]) => body === NEW[k as keyof typeof NEW]).length;
    expect(replaced).toBeGreaterThan(0);
    expect(replaced).toBeLessThan(4);
    for (const [key, body] of bodies) {
      expect([OLD[key as keyof typeof OLD], NEW[key as keyof typeof NEW]], `${key} is one whole version`).toContain(
        body,
      );
      for (const needed of referencedKeys(body)) expect(keys, `${key} needs ${needed}`).toContain(needed);
    }
    expect(deletes()).toEqual([]);
    expect(await (await fetch(s3.objectUrl('pagefind/pagefind-entry.json'))).text()).toBe(
      OLD['pagefind/pagefind-entry.json'],
    );
    for (const key of [
      'pagefind/pagefind.zh-cn_m1.pf_meta',
      'pagefind/index/zh-cn_i1.pf_index',
      'articles/two/index.html',
    ])
      expect(keys).toContain(key);

    s3.clearEvents();
    await deploy(newSite);
    expect(puts()).not.toContain('_astro/page.B2.js');
    expect(await s3.keys()).toEqual(objectsOf(NEW));
  });

  it('lists what it would do and changes nothing with --dry-run', async () => {
    const run = await runDeploy(s3.env, ['--dist', oldSite, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('上传 / upload  index.html');
    expect(run.stdout).toContain('试运行');
    expect(await s3.keys()).toEqual([]);
  });

  it('refuses to delete most of a bucket (a wrong S3_PREFIX) unless told', async () => {
    const many = writeSite(
      'many',
      Object.fromEntries([
        ...Array.from({ length: 30 }, (_, i) => [`old-${i}/index.html`, `<p>${i}</p>`]),
        ...Object.entries(OLD),
      ]),
    );
    await deploy(many);
    const refused = await runDeploy(s3.env, [
      '--dist',
      writeSite('few', {
        'index.html': page('首页', 'page.A1.js'),
        'pagefind/pagefind-entry.json': '{}',
        '_astro/page.A1.js': script('A1'),
      }),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--allow-mass-delete');
    expect((await s3.keys()).length).toBe(objectsOf(OLD).length + 30);
  });

  it.each([
    ['a missing variable, by name', { S3_BUCKET: '' }, 'S3_BUCKET'],
    ['a bucket that does not exist', { S3_BUCKET: 'no-such-bucket' }, '存储桶须先在控制台创建'],
    [
      'a missing rclone, with the command to install it',
      { DEPLOY_RCLONE: '/nonexistent/rclone' },
      'sudo apt-get install rclone',
    ],
    ['a bad value', { S3_ASSET_ENCODING: 'brotli' }, 'S3_ASSET_ENCODING 应为 gzip（默认）或 none'],
  ])('fails clearly on %s', async (_, extra, message) => {
    const run = await runDeploy({ ...s3.env, ...extra }, ['--dist', oldSite]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(await s3.keys()).toEqual([]);
  });

  it('refuses a dist/ without a complete build rather than empty the bucket', async () => {
    const run = await runDeploy(s3.env, ['--dist', join(FIXTURES, 'nothing')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('npm run build');
  });

  it('keeps the site under S3_PREFIX, leaving the rest of the bucket alone; uploads plain files for a CDN that compresses (S3_ASSET_ENCODING=none)', async () => {
    await fetch(s3.objectUrl('other/keep.txt'), {
      method: 'PUT',
      body: 'another site',
      headers: { 'content-type': 'text/plain' },
    });
    await deploy(oldSite, { S3_PREFIX: '/dangjian/', S3_ASSET_ENCODING: 'none' });
    expect(await s3.keys()).toEqual(['other/keep.txt', ...objectsOf(OLD).map((k) => `dangjian/${k}`)].sort());
    const head = await fetch(s3.objectUrl('dangjian/_astro/page.A1.js'), { method: 'HEAD' });
    expect(head.headers.get('content-encoding')).toBeNull();
    expect((await rawBytes(s3.objectUrl('dangjian/_astro/page.A1.js'))).toString()).toBe(OLD['_astro/page.A1.js']);
  });
});
