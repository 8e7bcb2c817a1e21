import { describe, expect, it } from 'vitest';
import {
  classify,
  normaliseQuery,
  RESULTS_PER_PAGE,
  CHECK_LIMIT,
  ENOUGH_FULL_MATCHES,
  runSearch,
  wordsNeeded,
  type PagefindLike,
  type PagefindResultData,
} from '../../../src/lib/search/results';
import { queryWords, matchText, indexKeywords, searchBodyAttributes } from '../../../src/lib/search/words';

const words = (query: string) => queryWords(query);

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

describe('queryWords: the words a page must contain', () => {
  it.each([
    // single characters the segmenter leaves are joined into words, not counted alone
    ['党费', ['党费']],
    ['三会一课', ['三会', '一课']],
    ['组织关系转接手续', ['组织', '关系', '转接', '手续']],
    ['量子计算机', ['量子', '计算机']],
    // a lone character joins the word before it
    ['递交入党申请书', ['递交', '入党', '申请书']],
    // function characters and question words are not words
    ['党员义务和权利', ['党员', '义务', '权利']],
    ['党费怎么交', ['党费']],
    // numbers keep their units
    ['1949年10月1日', ['1949年', '10月', '1日']],
    ['光荣在党50年', ['光荣', '在党', '50年']],
    ['1997 香港回归', ['1997', '香港', '回归']],
    // full-width digits and letters are folded
    ['２０２６年', ['2026年']],
    // a query of one character is that character
    ['党', ['党']],
    ['遵义会议 遵义会议', ['遵义', '会议']],
  ])('%j → %j', (query, expected) => {
    expect(words(query).map((w) => w.text)).toEqual(expected);
  });

  it('lets a word the segmenter left in single characters be found by its two-character pieces', () => {
    expect(words('交党费标准')[0]).toEqual({ text: '交党费', forms: ['交党费', '交党', '党费'] });
  });
});

describe('matchText', () => {
  it('ignores spaces, punctuation, width and case', () => {
    expect(matchText('“三会一课” 制度，2026 年 ＰＤＦ')).toBe('三会一课制度2026年pdf');
  });
});

describe('the acceptance rule (classify)', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
  ])('a query of %d words needs %d of them', (count, needed) => {
    expect(wordsNeeded(count)).toBe(needed);
  });

  it.each([
    ['full match: every word', '组织关系转接手续', '党员组织关系转接怎么办……不能因为转接手续而中断组织生活', 'full'],
    ['full match across spaces and punctuation', '2026年度党费收缴', '关于做好 2026 年度党费收缴工作的通知', 'full'],
    [
      'a looser form (党费 for 交党费) makes a partial match, never a full one',
      '交党费标准',
      '党费交纳标准',
      'partial',
    ],
    ['a one-word query is never loosened: 物业费 is not found by 物业', '物业费', '联系物业和维修单位', undefined],
    ['majority of words: three of four', '入党积极分子考察', '对入党积极分子进行一次考察', 'full'],
    ['majority of words: two of three', '党员发展流程图', '党员发展的五个阶段，附流程图', 'full'],
    ['majority of words: two of three, loosened', '组织生活会材料清单', '组织生活会的整改清单', 'partial'],
    ['minority of words refused: one of three', '组织生活会材料清单', '组织生活会', undefined],
    ['half of two words refused', '量子计算机', '计算机学院的党支部', undefined],
    [
      'single characters refused: 量 and 计 are not 量子 and 计算机',
      '量子计算机',
      '给老人量血压；党费计算基数',
      undefined,
    ],
    ['single characters refused: 党员, 党校 are not 党费', '党费', '党员参加网上党校学习', undefined],
  ])('%s', (_label, query, text, expected) => {
    expect(classify(words(query), text)).toBe(expected);
  });
});

describe('index keywords', () => {
  it('splits labels into space-separated words, because Pagefind splits metadata at spaces only', () => {
    expect(indexKeywords('专题征文')).toBe('专题 征文');
    expect(indexKeywords('网上视听室', '音频')).toBe('网上 视听室 音频');
    expect(indexKeywords('理论学习', undefined, '理论学习')).toBe('理论 学习');
  });

  it('gives the searchable region its section as a filter value, not as hidden text', () => {
    expect(searchBodyAttributes('电子图书室')).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-filter': 'section:电子图书室',
      'data-pagefind-meta': 'keywords:电子 图书室',
    });
  });
});

/** A Pagefind that answers each query from `pages`: a page is returned when it contains the query's first character (as loose as Pagefind 1.6). */
function fakePagefind(pages: PagefindResultData[], answer?: (query: string) => PagefindResultData[]) {
  const calls: { query: string; options?: { filters?: Record<string, string> } }[] = [];
  let loaded = 0;
  const pagefind: PagefindLike = {
    async search(query, options) {
      calls.push({ query, options });
      const found = answer ? answer(query) : pages.filter((p) => (p.meta.title! + p.content).includes(query[0]!));
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

const page = (url: string, title: string, content: string, section = '理论学习'): PagefindResultData => ({
  url,
  excerpt: '',
  content: `${title}. ${content}`,
  meta: { title },
  filters: { section: [section] },
});

describe('runSearch', () => {
  it.each(['', '   ', '\n\t\u3000'])('does not search for the empty query %j', async (query) => {
    const fake = fakePagefind([page('/a/', '党费', '党费')]);
    expect(await runSearch(fake.pagefind, query)).toEqual({ total: 0, estimated: false, match: 'none', hits: [] });
    expect(fake.calls).toEqual([]);
  });

  it('shows only pages with the words, not pages sharing a character with them', async () => {
    const fake = fakePagefind([
      page('/dues/', '党费交纳标准', '按月交纳党费。'),
      page('/members/', '党员大会', '党员参加党校学习。'),
    ]);
    const outcome = await runSearch(fake.pagefind, '党费');
    expect(outcome.match).toBe('full');
    expect(outcome.hits.map((h) => h.url)).toEqual(['/dues/']);
    expect(outcome.total).toBe(1);
  });

  it('finds nothing, and says so, for a subject that is nowhere on the site', async () => {
    const fake = fakePagefind([
      page('/a/', '社区里的王医生', '给老人量血压。'),
      page('/b/', '党费计算说明', '计算基数。'),
    ]);
    expect(await runSearch(fake.pagefind, '量子计算机')).toEqual({
      total: 0,
      estimated: false,
      match: 'none',
      hits: [],
    });
  });

  it('loosens to pages with most words only when no page has them all, and marks the results partial', async () => {
    const fake = fakePagefind([
      page('/sheet/', '党费计算说明课件', '讲解党费计算基数。'),
      page('/video/', '党费怎么交', '按时交纳党费。'),
    ]);
    const loosened = await runSearch(fake.pagefind, '党费 计算 视频');
    expect(loosened.match).toBe('partial');
    expect(loosened.hits.map((h) => [h.url, h.match])).toEqual([['/sheet/', 'partial']]);
  });

  it(`lists pages with most words after the full matches when there are fewer than ${ENOUGH_FULL_MATCHES} of those, never before`, async () => {
    const fake = fakePagefind([
      page('/blog/', '组织关系转接，毕业生请看这里', '转接组织关系。'),
      page('/guide/', '组织关系转接怎么办', '不能因为转接手续而中断。'),
    ]);
    const outcome = await runSearch(fake.pagefind, '组织关系转接手续');
    expect(outcome.match).toBe('full');
    expect(outcome.hits.map((h) => [h.url, h.match])).toEqual([
      ['/guide/', 'full'],
      ['/blog/', 'partial'],
    ]);
  });

  it(`shows only full matches when there are ${ENOUGH_FULL_MATCHES} or more`, async () => {
    const full = Array.from({ length: ENOUGH_FULL_MATCHES }, (_, i) =>
      page(`/full${i}/`, `第${i}篇`, '组织关系转接手续。'),
    );
    const fake = fakePagefind([...full, page('/blog/', '组织关系转接', '转接组织关系。')]);
    const outcome = await runSearch(fake.pagefind, '组织关系转接手续');
    expect(outcome.hits.every((h) => h.match === 'full')).toBe(true);
    expect(outcome.total).toBe(ENOUGH_FULL_MATCHES);
  });

  it('ranks full matches whose title names the query first, then by Pagefind order', async () => {
    const fake = fakePagefind([
      page('/reminder/', '关于按时交纳党费的提醒', '党费计算方法见另文。'),
      page('/standard/', '党费计算方法', '党费怎样计算。'),
    ]);
    const { hits } = await runSearch(fake.pagefind, '党费计算方法');
    expect(hits.map((h) => h.url)).toEqual(['/standard/', '/reminder/']);
  });

  it('searches the whole query and each word with the same filters', async () => {
    const fake = fakePagefind([]);
    await runSearch(fake.pagefind, '  党史   学习 ', { section: '网上党校' });
    expect(fake.calls).toEqual([
      { query: '党史 学习', options: { filters: { section: '网上党校' } } },
      { query: '党史', options: { filters: { section: '网上党校' } } },
      { query: '学习', options: { filters: { section: '网上党校' } } },
    ]);
  });

  it('maps a result to a hit: url, title, section and an escaped excerpt with the words marked', async () => {
    const fake = fakePagefind([page('/lesson/', '第一课', '学习<b>党史</b>，党史<script>x</script>。', '网上党校')]);
    const { hits } = await runSearch(fake.pagefind, '党史');
    expect(hits).toEqual([
      {
        url: '/lesson/',
        title: '第一课',
        section: '网上党校',
        match: 'full',
        excerpt: '学习&lt;b&gt;<mark>党史</mark>&lt;/b&gt;，<mark>党史</mark>&lt;script&gt;x&lt;/script&gt;。',
      },
    ]);
  });

  it(`checks at most ${CHECK_LIMIT} candidates, shows ${RESULTS_PER_PAGE}, and reports an estimated total beyond that`, async () => {
    const pages = Array.from({ length: CHECK_LIMIT + 5 }, (_, i) => page(`/p${i}/`, `第${i}篇`, '党费交纳。'));
    const fake = fakePagefind(pages);
    const outcome = await runSearch(fake.pagefind, '党费');
    expect(outcome.hits).toHaveLength(RESULTS_PER_PAGE);
    expect(fake.loaded()).toBe(CHECK_LIMIT);
    expect(outcome).toMatchObject({ total: CHECK_LIMIT + 5, estimated: true, match: 'full' });
  });

  it('gives no hits when Pagefind answers null (a superseded search)', async () => {
    const pagefind: PagefindLike = { search: async () => null };
    expect(await runSearch(pagefind, '党史')).toEqual({ total: 0, estimated: false, match: 'none', hits: [] });
  });

  it('matches searchable fields (author, section keywords) as well as the text', async () => {
    const essay: PagefindResultData = {
      url: '/essay/',
      excerpt: '',
      content: '读长征史有感。两万五千里。',
      meta: { title: '读长征史有感', author: '刘晨', keywords: '专题 征文' },
    };
    const fake = fakePagefind([], () => [essay]);
    expect((await runSearch(fake.pagefind, '刘晨')).hits.map((h) => h.url)).toEqual(['/essay/']);
    expect((await runSearch(fake.pagefind, '长征 征文')).match).toBe('full');
  });
});

describe('runSearch: questions as members type them (issue 36)', () => {
  it('searches for the subject, not the question words, and puts the page that states the rule first with that sentence as excerpt', async () => {
    const fake = fakePagefind([
      // Titles of equal standing (none names the words): the kind of answer decides.
      page('/report/', '学习体会', '预备党员转正以后，我更加注意学习。'),
      page('/card/', '今日一学', '预备党员的预备期为一年，期满按期转正。', '每日一学'),
    ]);
    const outcome = await runSearch(fake.pagefind, '预备党员多久转正');
    expect(fake.calls.map((c) => c.query)).not.toContain('预备党员多久转正');
    expect(outcome.hits.map((h) => h.url)).toEqual(['/card/', '/report/']);
    expect(outcome.hits[0]!.excerpt).toBe(
      '<mark>预备</mark><mark>党员</mark>的<mark>预备</mark>期为一年，期满按期<mark>转正</mark>。',
    );
  });

  it('puts the full text before a card that sums it up when the full text is asked for', async () => {
    const fake = fakePagefind([
      page('/daily/oath/', '入党誓词：面向党旗宣誓', '入党誓词以我志愿开头。', '每日一学'),
      page('/media/oath/', '入党誓词领读', '我志愿加入中国共产党，永不叛党。', '网上视听室'),
    ]);
    for (const query of ['入党誓词全文', '入党誓词'])
      expect((await runSearch(fake.pagefind, query)).hits.map((h) => h.url)).toEqual(['/media/oath/', '/daily/oath/']);
  });

  it('corrects a typing slip from the site’s own text and says what it searched instead', async () => {
    const fake = fakePagefind([page('/blog/', '怎样写好一篇思想汇报', '思想汇报要写真实的想法。', '干部博客')]);
    const outcome = await runSearch(fake.pagefind, '思想会报怎么写');
    expect(outcome.corrected).toBe('思想汇报怎么写');
    expect(outcome.hits.map((h) => h.url)).toEqual(['/blog/']);
  });

  it('does not correct what the site does not hold: a no-answer query stays without results', async () => {
    const fake = fakePagefind([page('/a/', '社区物业和居委会', '社区物业和居委会一起开展志愿服务。')]);
    const outcome = await runSearch(fake.pagefind, '物业费');
    expect(outcome).toEqual({ total: 0, estimated: false, match: 'none', hits: [] });
  });
});
