import { describe, expect, it } from 'vitest';
import { normaliseQuery, RESULTS_PER_PAGE, runSearch, safeExcerpt, type PagefindLike, type PagefindResultData } from '../../src/lib/search';

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

function fakePagefind(results: PagefindResultData[] | null) {
  const calls: { query: string; options?: { filters?: Record<string, string> } }[] = [];
  let loaded = 0;
  const pagefind: PagefindLike = {
    async search(query, options) {
      calls.push({ query, options });
      if (!results) return null;
      return {
        results: results.map((data) => ({
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
    expect(fake.calls).toEqual([{ query: '党史 学习', options: { filters: { section: '党校' } } }]);
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
