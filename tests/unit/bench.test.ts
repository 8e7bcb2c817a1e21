import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn, spawnSync } from 'node:child_process';
import { articleMarkdown, benchCorpus, corpusArticle } from '../../tools/bench/corpus';
import {
  buildRatios,
  cmsBundleNote,
  memoryPhases,
  pagefindSeconds,
  precompressSeconds,
  reusedIndexParts,
  reusedPages,
  verdicts,
  viteSeconds,
} from '../../tools/bench/report';
import { descendantsRss, processTreeRss } from '../../src/integrations/memory-log';
import { ARTICLE_CATEGORIES } from '../../src/model/collections';
import { checkContent } from '../../src/model/check-content';

const categories = ARTICLE_CATEGORIES.map((option) => option.value);

describe('bench corpus', () => {
  const corpus = [...benchCorpus({ count: 40, categories })];

  it('is the same for the same seed and different for another', () => {
    expect(corpusArticle(7, { count: 40, categories })).toEqual(corpus[7]);
    expect(corpusArticle(7, { count: 40, categories, seed: 'other' }).body).not.toBe(corpus[7]!.body);
  });

  it('has ASCII ids, past dates, Chinese text of realistic length', () => {
    expect(corpus.map((a) => a.id).slice(0, 2)).toEqual(['bench-00001', 'bench-00002']);
    for (const article of corpus) {
      expect(article.date <= '2026-01-01').toBe(true);
      expect(article.summary.length).toBeGreaterThanOrEqual(40);
      expect(article.summary.length).toBeLessThanOrEqual(80);
      expect(article.body.length).toBeGreaterThan(500);
      expect(article.body.length).toBeLessThan(4000);
      expect(article.body).toMatch(/^## 一、/);
    }
    expect(new Set(corpus.map((a) => a.category)).size).toBeGreaterThan(1);
  });

  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  it('passes the content guard as articles', () => {
    root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    mkdirSync(join(root, 'src/content/articles'), { recursive: true });
    for (const article of corpus)
      writeFileSync(join(root, 'src/content/articles', `${article.id}.md`), articleMarkdown(article));
    expect(checkContent(root)).toEqual([]);
  });
});

describe('bench report', () => {
  it('sums the memory of a process and all its descendants (a grandchild too), not of others', async () => {
    // A shell whose child holds 64 MB: the tree of this test process grows by at least that much.
    const child = spawn(
      'sh',
      ['-c', `node -e "globalThis.keep = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => {}, 20000)" & wait`],
      { stdio: 'ignore' },
    );
    try {
      await expect.poll(() => descendantsRss(process.pid), { timeout: 10_000 }).toBeGreaterThan(64 * 1024 * 1024);
      expect(processTreeRss(process.pid)).toBeGreaterThan(descendantsRss(process.pid));
      expect(descendantsRss(child.pid!)).toBeGreaterThan(64 * 1024 * 1024);
      expect(processTreeRss(2 ** 22 + 1)).toBe(0);
    } finally {
      spawnSync('pkill', ['-P', String(child.pid)]);
      child.kill();
    }
  });

  it('reads what an incremental build reused from its log', () => {
    const log =
      '02:02:14   ├─ /articles/a/index.html (cached)\n  ├─ /articles/b/index.html (restored)\n  ├─ /articles/c/index.html (+2ms)\n' +
      '[site:publish] 已为 8191 个页面建立搜索索引 / indexed 8191 pages in 31.8 s, reused 1 unchanged index parts';
    expect(reusedPages(log)).toBe(2);
    expect(reusedIndexParts(log)).toBe(1);
    expect(reusedIndexParts('no such line')).toBeUndefined();
  });

  it('reads the Pagefind time from the build log', () => {
    expect(
      pagefindSeconds(
        '12:00:01 [site:pagefind] 已为 1005 个页面建立搜索索引，用时 3.4 秒 / indexed 1005 pages in 3.4 s',
      ),
    ).toBe(3.4);
    expect(pagefindSeconds('no such line')).toBeUndefined();
  });

  it('reads the precompression and Vite times from the build log', () => {
    expect(
      precompressSeconds(
        '[site:publish] 预压缩 362 个文件 / precompressed 362 files in 12.5 s (1.5 s after indexing 300 pages): 11589 KB → gzip 3807 KB',
      ),
    ).toBe(1.5);
    expect(
      viteSeconds('07:32:32 [vite] ✓ built in 2.96s\n07:33:12 [vite] ✓ built in 39.84s\n[vite] ✓ built in 850ms'),
    ).toBeCloseTo(43.65);
    expect(viteSeconds('')).toBe(0);
  });

  it('says whether the CMS bundle was reused or built', () => {
    expect(cmsBundleNote('[site:cms-bundle] CMS 脚本未变，使用缓存 / CMS bundle reused from cache')).toBe(
      '缓存 / from cache',
    );
    expect(cmsBundleNote('[site:cms-bundle] CMS 脚本已打包 / CMS bundle built in 5.4 s')).toBe('打包 / built, 5.4 s');
    expect(cmsBundleNote('')).toBe('—');
  });

  it('compares the whole build and the time per HTML page', () => {
    // The project builds 3,042 pages in 19.5 s, the reference 2,002 in 11.9 s (issue 22): 1.64 whole, 1.08 per page.
    const ratio = buildRatios({ buildSeconds: 19.5, referenceSeconds: 11.9, projectPages: 3042, referencePages: 2002 });
    expect(ratio.build).toBeCloseTo(1.639, 3);
    expect(ratio.perPage).toBeCloseTo(1.078, 3);
  });

  it('judges the targets, the 3-minute one only for 10,000 pages', () => {
    expect(
      verdicts({
        pages: 1000,
        buildSeconds: 26,
        referenceSeconds: 20,
        projectPages: 1300,
        referencePages: 1000,
        firstSearchBytes: 200 * 1024,
      }),
    ).toEqual([
      { target: '构建时间比 / build time ratio ≤ 1.3', value: '1.30', ok: true },
      { target: '每页用时比 / time per page ratio ≤ 1.0', value: '1.00', ok: true },
      { target: '首次搜索传输 / first search on the wire < 300 KB', value: '200 KB', ok: true },
    ]);
    expect(
      verdicts({
        pages: 1000,
        buildSeconds: 26,
        referenceSeconds: 20,
        projectPages: 1200,
        referencePages: 1000,
        firstSearchBytes: 200 * 1024,
      })[1],
    ).toMatchObject({ value: '1.08', ok: false });
    const large = verdicts({
      pages: 10_000,
      buildSeconds: 200,
      referenceSeconds: 100,
      projectPages: 10_300,
      referencePages: 10_000,
      firstSearchBytes: 300 * 1024,
    });
    expect(large.map((v) => v.ok)).toEqual([false, false, false, false]);
    expect(large[2]!.target).toMatch(/^10,000 页构建并索引/);
  });

  it('without a reference judges no ratios; from 50,000 pages the 10-minute target and the memory ceiling', () => {
    const fifty = verdicts({
      pages: 50_000,
      buildSeconds: 590,
      projectPages: 50_600,
      firstSearchBytes: 290 * 1024,
      peakBytes: 17 * 1024 ** 3,
    });
    expect(fifty).toEqual([
      { target: '50,000 页构建并索引 / built and indexed < 10 min', value: '590 s', ok: true },
      { target: '内存峰值 / peak memory < 16 GB', value: '17408 MB', ok: false },
      { target: '首次搜索传输 / first search on the wire < 300 KB', value: '290 KB', ok: true },
    ]);
  });

  it('judges the build after one edit from 10,000 pages: under 30 s', () => {
    const after = (pages: number, seconds: number) =>
      verdicts({
        pages,
        buildSeconds: 100,
        projectPages: pages,
        firstSearchBytes: 200 * 1024,
        incrementalSeconds: seconds,
      }).find((v) => v.target.includes('one edit'));
    expect(after(1000, 40)).toBeUndefined();
    expect(after(10_000, 29.5)).toEqual({
      target: '改一篇文章后的构建 / build after one edit < 30 s',
      value: '29.5 s',
      ok: true,
    });
    expect(after(50_000, 31)).toMatchObject({ ok: false });
  });

  it('reads the memory phases from the build log', () => {
    const log =
      '21:00:01 [site:memory-log] memory phase setup: 12.3 s, peak total 900 MB (node rss 900, children 0, heap used 500, external 20); at end heap used 400 MB, rss 850 MB\n' +
      '21:03:01 [site:memory-log] memory phase publish: 40.0 s, peak total 3000 MB (node rss 2000, children 1000, heap used 1500, external 30); at end heap used 1400 MB, rss 1900 MB';
    expect(memoryPhases(log)).toEqual([
      {
        phase: 'setup',
        seconds: 12.3,
        peakTotal: 900 * 1024 ** 2,
        peakNode: 900 * 1024 ** 2,
        peakChildren: 0,
        peakHeapUsed: 500 * 1024 ** 2,
      },
      {
        phase: 'publish',
        seconds: 40,
        peakTotal: 3000 * 1024 ** 2,
        peakNode: 2000 * 1024 ** 2,
        peakChildren: 1000 * 1024 ** 2,
        peakHeapUsed: 1500 * 1024 ** 2,
      },
    ]);
  });
});
