import { describe, expect, it } from 'vitest';
import {
  addressFromMoment,
  addressFromTitle,
  isValidAddress,
  tidyAddress,
  ADDRESS_MAX_LENGTH,
} from '../../admin/widgets/entry-address-rules';
import { pinyinSlug } from '../../src/lib/content/pinyin-slug';
import { decapConfig, ENTRY_ADDRESS_FIELD } from '../../admin/config/to-decap';
import { COLLECTIONS } from '../../src/model/collections';

describe('the address of a new CMS entry', () => {
  it.each([
    ['党费收缴与使用', 'dang-fei-shoujiao-yu-shiyong'],
    ['2026年第四季度思想汇报', '2026-nian-disi-jidu-sixiang-huibao'],
    ['“三会一课”制度（试行）', 'san-hui-yike-zhidu-shixing'],
    ['学习 PPT 课件', 'xuexi-ppt-ke-jian'],
    ['绿色出行 · 从我做起！', 'luse-chuxing-cong-wo-zuoqi'],
  ])('spells %s as %s', (title, address) => {
    expect(addressFromTitle(title)).toBe(address);
    expect(isValidAddress(address)).toBe(true);
  });

  it('cuts a long title after a whole word within a short limit, never inside a word (活动 → huodong, not huo)', () => {
    expect(ADDRESS_MAX_LENGTH).toBeLessThanOrEqual(40);
    const title = '关于在全体党员中开展学习教育的实施方案暨支部年度学习计划安排的通知';
    const address = addressFromTitle(title);
    expect(address).toBe('guanyu-zai-quanti-dangyuan-zhong-kaizhan');
    expect(addressFromTitle('支部党员大会暨秋冬季节义务植树志愿服务活动')).toBe(
      'zhibu-dangyuan-dahui-ji-qiudong-jijie',
    );
    for (const long of [title, '坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂']) {
      const cut = addressFromTitle(long);
      expect(cut.length).toBeLessThanOrEqual(ADDRESS_MAX_LENGTH);
      // Whole words: the next letters of the full spelling start a new word.
      expect(pinyinSlug(long).replaceAll('-', '').startsWith(cut.replaceAll('-', ''))).toBe(true);
    }
  });

  it('gives nothing for a title with nothing to spell or only digits, which would be a list page number', () => {
    expect(addressFromTitle('！？……')).toBe('');
    expect(addressFromTitle('2026')).toBe('');
    expect(addressFromTitle(undefined)).toBe('');
  });

  it('tidies what an editor types into the address rule', () => {
    expect(tidyAddress('Party Dues Q&A')).toBe('party-dues-q-a');
    expect(tidyAddress('党费 2026')).toBe('dang-fei-2026');
    expect(isValidAddress('Party_Dues')).toBe(false);
  });

  it('falls back to the Beijing moment of creation, not the entry date in UTC', () => {
    expect(addressFromMoment(new Date('2026-12-04T16:30:05Z'))).toBe('20261205-003005');
  });
});

describe('the CMS configuration', () => {
  const config = decapConfig({ cms: { backend: 'github', repo: 'branch/site', branch: 'main' } });
  const folders = config.collections.filter((c) => 'folder' in c);

  it('names every new entry from its 网址 field, placed right below the field it is spelled from', () => {
    expect(folders).toHaveLength(COLLECTIONS.length);
    for (const collection of folders) {
      const names = (collection.fields as { name: string }[]).map((f) => f.name);
      expect(collection.slug).toBe(`{{fields.${ENTRY_ADDRESS_FIELD}}}`);
      expect(names.indexOf(ENTRY_ADDRESS_FIELD)).toBe(names.indexOf(String(collection.identifier_field)) + 1);
      expect(collection.format).toBe(`site-${collection.name}`);
    }
  });

  it('shows where a page will be: its section path, none for entries without their own page', () => {
    const field = (name: string) =>
      (folders.find((c) => c.name === name)!.fields as Record<string, unknown>[]).find(
        (f) => f.name === ENTRY_ADDRESS_FIELD,
      )!;
    expect(field('articles').url_prefix).toBe('/articles/');
    expect(field('members').url_prefix).toBeUndefined();
  });

  it('shows a collapsed tag by its value, not the word 标签', () => {
    const tags = (folders.find((c) => c.name === 'articles')!.fields as Record<string, unknown>[]).find(
      (f) => f.name === 'tags',
    )!;
    expect(tags.summary).toBe('{{fields.tag}}');
  });
});
