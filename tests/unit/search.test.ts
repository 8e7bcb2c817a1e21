import { describe, expect, it } from 'vitest';
import { mergeResults, normaliseQuery, queryParts, rankByTitle, RESULTS_PER_PAGE, runSearch, safeExcerpt, THIN_RESULTS, titleScore, type PagefindLike, type PagefindResultData } from '../../src/lib/search';

describe('safeExcerpt', () => {
  it.each([
    ['keeps <mark> highlights', '学习<mark>党史</mark>，<mark>党章</mark>', '学习<mark>党史</mark>，<mark>党章</mark>'],
    ['escapes a script', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['escapes an image with onerror', '<img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)"&gt;'],
    ['escapes a <mark> carrying attributes', '<mark onclick="x">党</mark>', '&lt;mark onclick="x"&gt;党</mark>'],
    ['escapes markup inside a highlight', '<mark><b>党</b></mark>', '<mark>&lt;b&gt;党&lt;/b&gt;</mark>'],
    ['escapes a lone bracket', '1 < 2 > 0', '1 &lt; 2 &gt; 0'],
    ['escapes a bare ampersand', 'AT&T & 党', 'AT&amp;T &amp; 党'],
    ['keeps named and decimal entities', '&amp; &lt;b&gt; &quot; &nbsp; &#39;', '&amp; &lt;b&gt; &quot; &nbsp; &#39;'],
  ])('%s', (_label, html, expected) => {
    expect(safeExcerpt(html)).toBe(expected);
  });
});

describe('normaliseQuery', () => {
  it.each([
    ['党史', '党史'],
    ['  党史  ', '党史'],
    ['党史   学习', '党史 学习'],
    ['\t党史\n学习\u3000教育 ', '党史 学习 教育'],
    ['   ', ''],
  ])('%j → %j', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });
});

/** A Pagefind that answers every query with `results`, or per query when given a function. */
function fakePagefind(results: PagefindResultData[] | null | ((query: string) => PagefindResultData[])) {
  const calls: { query: string; options?: { filters?: Record<string, string> } }[] = [];
  let loaded = 0;
  const pagefind: PagefindLike = {
    async search(query, options) {
      calls.push({ query, options });
      if (!results) return null;
      const found = typeof results === 'function' ? results(query) : results;
      return {
        results: found.map((data) => ({
          id: data.url,
          data: async () => {
            loaded += 1;
            return data;
          },
        })),
      };
    },
  };
  return { pagefind, calls, loaded: () => loaded };
}

const result = (n: number): PagefindResultData => ({ url: `/articles/${n}/`, excerpt: `第${n}篇`, meta: { title: `标题${n}` } });

describe('runSearch', () => {
  it.each(['', '   ', '\n\t\u3000'])('does not search for the empty query %j', async (query) => {
    const fake = fakePagefind([result(1)]);
    expect(await runSearch(fake.pagefind, query)).toEqual({ total: 0, hits: [] });
    expect(fake.calls).toEqual([]);
  });

  it('searches the normalised query with the given filters', async () => {
    const fake = fakePagefind([]);
    await runSearch(fake.pagefind, '  党史   学习 ', { section: '党校' });
    expect(fake.calls).toEqual([
      { query: '党史 学习', options: { filters: { section: '党校' } } },
      // nothing found: each word alone, with the same filters
      { query: '党史', options: { filters: { section: '党校' } } },
      { query: '学习', options: { filters: { section: '党校' } } },
    ]);
  });

  it('maps a result to a hit: url, title, safe excerpt and section', async () => {
    const fake = fakePagefind([
      { url: '/school/lesson-1/', excerpt: '<mark>党史</mark><script>x</script>', meta: { title: '第一课' }, filters: { section: ['党校', '其他'] } },
    ]);
    expect(await runSearch(fake.pagefind, '党史')).toEqual({
      total: 1,
      hits: [{ url: '/school/lesson-1/', title: '第一课', excerpt: '<mark>党史</mark>&lt;script&gt;x&lt;/script&gt;', section: '党校' }],
    });
  });

  it('uses the url as title when the page has none, and no section without a section filter', async () => {
    const fake = fakePagefind([{ url: '/about/', excerpt: '关于', meta: {}, filters: { tag: ['党史'] } }]);
    const { hits } = await runSearch(fake.pagefind, '关于');
    expect(hits).toEqual([{ url: '/about/', title: '/about/', excerpt: '关于', section: undefined }]);
  });

  it(`returns the first ${RESULTS_PER_PAGE} hits by default, loads only those, and reports the total`, async () => {
    const fake = fakePagefind(Array.from({ length: 25 }, (_, i) => result(i + 1)));
    const { total, hits } = await runSearch(fake.pagefind, '党');
    expect(total).toBe(25);
    expect(hits.map((h) => h.url)).toEqual(Array.from({ length: RESULTS_PER_PAGE }, (_, i) => `/articles/${i + 1}/`));
    expect(fake.loaded()).toBe(RESULTS_PER_PAGE);
  });

  it('honours a smaller limit', async () => {
    const fake = fakePagefind(Array.from({ length: 5 }, (_, i) => result(i + 1)));
    const { total, hits } = await runSearch(fake.pagefind, '党', {}, 2);
    expect(total).toBe(5);
    expect(hits.map((h) => h.title)).toEqual(['标题1', '标题2']);
    expect(fake.loaded()).toBe(2);
  });

  it('gives no hits when Pagefind answers null (a superseded search)', async () => {
    const fake = fakePagefind(null);
    expect(await runSearch(fake.pagefind, '党史')).toEqual({ total: 0, hits: [] });
    expect(fake.calls).toHaveLength(1);
  });
});

describe('queryParts', () => {
  it.each([
    ['党费 税后工资', ['党费', '税后工资']],
    ['递交入党申请书', ['递交', '入党', '申请']],
    ['组织关系转接手续', ['组织', '关系', '手续']],
    ['党的根本宗旨', ['根本', '宗旨']],
    ['党史', []],
    ['党 史', []],
    ['1997 香港回归', ['1997', '香港回归']],
    ['遵义会议 遵义会议', ['遵义会议']],
  ])('%j → %j', (text, parts) => {
    expect(queryParts(text)).toEqual(parts);
  });
});

describe('mergeResults', () => {
  const r = (id: string) => ({ id });
  it('keeps the all-terms results first, then pages matching more parts, then by best rank', () => {
    const merged = mergeResults([r('a')], [
      [r('b'), r('c'), r('a')],
      [r('d'), r('c')],
    ]);
    expect(merged.map((x) => x.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('returns the primary results unchanged when no part finds anything', () => {
    expect(mergeResults([r('a'), r('b')], [[], []]).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('titleScore and rankByTitle', () => {
  it.each([
    ['党费交纳标准与计算方法', '党费计算方法', 2],
    ['党费计算说明课件', '党费计算方法', 1],
    ['遵义会议', '遵义会议', 3],
    ['古田会议', '遵义会议', 1],
    ['党史小课堂：遵义会议', '遵义会议 音频', 1],
  ])('%j for %j scores %d', (title, text, score) => {
    expect(titleScore(title, text, queryParts(text))).toBe(score);
  });

  it('moves titles that name the query up and keeps the order among equals', () => {
    const hits = ['党费怎么交', '党费计算说明课件', '关于按时交纳党费的提醒', '党费交纳标准与计算方法'].map((title) => ({ title }));
    expect(rankByTitle(hits, '党费计算方法').map((h) => h.title)).toEqual(['党费交纳标准与计算方法', '党费计算说明课件', '党费怎么交', '关于按时交纳党费的提醒']);
  });
});

describe('runSearch with a thin all-terms result', () => {
  it(`searches the parts when fewer than ${THIN_RESULTS} pages match all terms, and merges them after`, async () => {
    const fake = fakePagefind((query) => {
      if (query === '遵义会议 音频') return [];
      if (query === '遵义会议') return [result(1), { url: '/media/zunyi/', excerpt: '', meta: { title: '党史小课堂：遵义会议' } }];
      return [];
    });
    const { total, hits } = await runSearch(fake.pagefind, '遵义会议 音频');
    expect(fake.calls.map((c) => c.query)).toEqual(['遵义会议 音频', '遵义会议', '音频']);
    expect(total).toBe(2);
    expect(hits.map((h) => h.url)).toEqual(['/media/zunyi/', '/articles/1/']);
  });

  it(`does not search the parts when ${THIN_RESULTS} or more pages match`, async () => {
    const fake = fakePagefind(Array.from({ length: THIN_RESULTS }, (_, i) => result(i + 1)));
    await runSearch(fake.pagefind, '党费 标准');
    expect(fake.calls.map((c) => c.query)).toEqual(['党费 标准']);
  });
});
