import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { buildFeed, feedDate, type FeedEntry } from '../../../src/lib/content/feed';

const entries: FeedEntry[] = [
  { title: '旧文章', path: 'articles/old/', date: '2026-01-05', summary: '摘要一', categories: ['理论学习', '党史'] },
  {
    title: '新图书',
    path: '/library/new-book/',
    date: '2026-11-20',
    summary: '图书简介',
    categories: ['电子图书室', '张明', '张明'],
  },
  { title: '乙节目', path: 'media/b/', date: '2026-10-01', categories: ['网上视听室', ''] },
  { title: '甲节目', path: 'media/a/', date: '2026-10-01', categories: ['网上视听室'] },
];

describe('feedDate', () => {
  it('is midnight at the start of the Beijing day', () => {
    expect(feedDate('2026-07-01').toISOString()).toBe('2026-06-30T16:00:00.000Z');
  });
});

describe('buildFeed', () => {
  const feed = buildFeed({
    title: '红旗党建网',
    description: '学习园地',
    siteRoot: 'https://dj.example.cn/dangjian',
    entries,
  });

  it('lists the newest first, ties by title', () => {
    expect(feed.items.map((item) => item.title)).toEqual(['新图书', '甲节目', '乙节目', '旧文章']);
  });

  it('makes absolute links under the base path', () => {
    expect(feed.site).toBe('https://dj.example.cn/dangjian/');
    expect(feed.items.map((item) => item.link)).toEqual([
      'https://dj.example.cn/dangjian/library/new-book/',
      'https://dj.example.cn/dangjian/media/a/',
      'https://dj.example.cn/dangjian/media/b/',
      'https://dj.example.cn/dangjian/articles/old/',
    ]);
  });

  it('keeps summaries and distinct, non-empty categories', () => {
    expect(feed.items[0]).toMatchObject({ description: '图书简介', categories: ['电子图书室', '张明'] });
    expect(feed.items[2]).not.toHaveProperty('description');
    expect(feed.items[2]!.categories).toEqual(['网上视听室']);
  });

  it('keeps at most `limit` items', () => {
    expect(
      buildFeed({ title: 't', description: 'd', siteRoot: 'https://x.cn/', entries, limit: 2 }).items,
    ).toHaveLength(2);
  });

  it('renders as RSS 2.0 with dates, categories and the language', async () => {
    const xml = await getRssString(feed);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<language>zh-cn</language>');
    expect(xml).toContain('<link>https://dj.example.cn/dangjian/library/new-book/</link>');
    expect(xml).toContain('<pubDate>Thu, 19 Nov 2026 16:00:00 GMT</pubDate>');
    expect(xml).toContain('<category>张明</category>');
    expect(xml.match(/<item>/g)).toHaveLength(4);
  });
});
