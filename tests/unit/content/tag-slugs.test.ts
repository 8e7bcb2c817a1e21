import { describe, expect, it } from 'vitest';
import { slugifyTag, tagSlugs } from '../../../src/lib/content/tag-slugs';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugifyTag', () => {
  it.each([
    ['党史', 'dang-shi'],
    ['二十大', 'er-shi-da'],
    ['学习二十大精神', 'xue-xi-er-shi-da-jing-shen'],
    ['十九届六中全会', 'shi-jiu-jie-liu-zhong-quan-hui'],
    ['一带一路', 'yi-dai-yi-lu'],
    ['银行', 'yin-hang'],
    ['AI党建', 'ai-dang-jian'],
    ['G20峰会', 'g20-feng-hui'],
    ['PPT 模板', 'ppt-mu-ban'],
    ['党建：理论与实践', 'dang-jian-li-lun-yu-shi-jian'],
    ['2026', '2026'],
    ['ＡＢＣ', 'abc'],
    ['Café', 'cafe'],
    ['绿色', 'lu-se'],
    ['发展战略', 'fa-zhan-zhan-lue'],
    ['疟疾', 'nue-ji'],
  ])('%s → %s', (tag, slug) => {
    expect(slugifyTag(tag)).toBe(slug);
    expect(slug).toMatch(SLUG);
  });

  it.each(['', '!!!', '——', '  ', '《》'])('falls back to "tag" for %j, which has no letters or digits', (tag) => {
    expect(slugifyTag(tag)).toBe('tag');
  });
});

describe('tagSlugs', () => {
  it('gives tags with the same pinyin -2, -3 … in input order', () => {
    expect([...tagSlugs(['党史', '党事', '党是'])]).toEqual([
      ['党史', 'dang-shi'],
      ['党事', 'dang-shi-2'],
      ['党是', 'dang-shi-3'],
    ]);
    expect([...tagSlugs(['党事', '党史'])]).toEqual([
      ['党事', 'dang-shi'],
      ['党史', 'dang-shi-2'],
    ]);
  });

  it('ignores repeated tags', () => {
    expect([...tagSlugs(['党史', '党事', '党史', '党事'])]).toEqual([
      ['党史', 'dang-shi'],
      ['党事', 'dang-shi-2'],
    ]);
  });

  it('keeps slugs unique when a tag spells a suffixed slug itself', () => {
    const slugs = tagSlugs(['党史', 'dang shi 2', '党事']);
    expect([...slugs.values()]).toEqual(['dang-shi', 'dang-shi-2', 'dang-shi-3']);
  });

  it('accepts any iterable', () => {
    expect(tagSlugs(new Set(['党史', '党章'])).get('党章')).toBe('dang-zhang');
  });

  it('gives every tag a distinct, well-formed slug', () => {
    const tags = ['党史', '党事', '!!!', '——', 'AI党建', 'ai 党建', 'tag'];
    const slugs = [...tagSlugs(tags).values()];
    expect(slugs).toEqual(['dang-shi', 'dang-shi-2', 'tag', 'tag-2', 'ai-dang-jian', 'ai-dang-jian-2', 'tag-3']);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });
});
