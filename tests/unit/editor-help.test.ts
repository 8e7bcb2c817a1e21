/** The editors' help page is generated from the model: every collection, its fields, image sizes, review support. */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, collectionModel } from '../../src/model/collections';
import { f } from '../../src/model/fields';
import {
  backendSupport,
  collectionHelp,
  discussionStatus,
  imageSizes,
  inputOf,
  issuesUrl,
  storageInUse,
} from '../../admin/config/editor-help';
import { t, type StringKey } from '../../src/i18n/zh';

describe('collection help', () => {
  it('has hand-written guidance for every collection', () => {
    for (const model of COLLECTIONS)
      expect(t(`cmsHelp.guide.${model.name}` as StringKey), model.name).toMatch(/^(?!cmsHelp)[\s\S]{30,}/);
  });

  it('lists every field of a collection with its body last', () => {
    const help = collectionHelp(collectionModel('articles'));
    expect(help.fields.map((field) => field.label)).toEqual([
      '标题',
      '发布日期',
      '摘要',
      '栏目',
      '标签',
      '作者',
      '封面图',
      '封面图说明',
      '草稿',
      '正文',
    ]);
    expect(help.fields[0]).toEqual({ label: '标题', required: true, input: '一行文字' });
    expect(help.fields[6]).toEqual({
      label: '封面图',
      required: false,
      input: '上传图片（建议 1200×675 像素）',
      hint: '列表和分享卡片中的图片；卡片中裁成 16:9，保留人物等醒目部分；建议 1200×675 像素，JPG 或 PNG',
    });
  });

  it.each([
    [f.text('摘要'), '多行文字'],
    [f.number('出版年份', { min: 1900, max: 2100 }), '数字（1900–2100）'],
    [
      f.select('类型', {
        options: [
          { value: '视频', slug: 'video' },
          { value: '音频', slug: 'audio' },
        ],
      }),
      '从选项中选一个：视频、音频',
    ],
    [f.file('文件（PDF）', { extensions: ['pdf'] }), '上传文件（pdf）'],
    [f.reference('作者', { collection: 'people', displayField: 'name' }), '输入文字搜索，选择一个人物'],
    [f.list('标签', { of: f.string('标签') }), '可添加多项'],
  ])('%j asks for %s', (field, input) => {
    expect(inputOf(field)).toBe(input);
  });
});

describe('image sizes', () => {
  it('lists every image field with its recommended size', () => {
    expect(imageSizes()).toEqual([
      { collection: '理论学习', field: '封面图', width: 1200, height: 675 },
      { collection: '电子图书室', field: '封面图', width: 600, height: 800 },
      { collection: '网上视听室', field: '封面图', width: 1280, height: 720 },
      { collection: '网上党校课程', field: '封面图', width: 1200, height: 675 },
      { collection: '党史鉴赏', field: '图片', width: 1200, height: 800 },
      { collection: '人物', field: '头像', width: 400, height: 400 },
    ]);
  });
});

describe('review support by backend', () => {
  it('matches the config: review on GitHub and GitLab, open authoring on GitHub, none on Gitea or local editing', () => {
    expect(backendSupport().map(({ backend, review, openAuthoring }) => [backend, review, openAuthoring])).toEqual([
      ['github', true, true],
      ['gitlab', true, false],
      ['gitea', false, false],
      ['local', false, false],
    ]);
  });
});

describe('storageInUse and issuesUrl: help texts follow the configuration', () => {
  it('under npm start the CMS writes local files with a plain 发布, whatever is configured', () => {
    expect(storageInUse('github', true)).toMatchObject({ backend: 'local', review: false });
    expect(storageInUse('github', false)).toMatchObject({ backend: 'github', review: true, openAuthoring: true });
    expect(storageInUse('gitea', false)).toMatchObject({ backend: 'gitea', review: false });
  });
  it('points problem reports at the repository the CMS writes to', () => {
    expect(issuesUrl({ backend: 'github', repo: 'branch/site' })).toBe('https://github.com/branch/site/issues');
    expect(issuesUrl({ backend: 'gitlab', repo: 'branch/site', baseUrl: 'https://git.example.cn' })).toBe(
      'https://git.example.cn/branch/site/-/issues',
    );
    expect(issuesUrl({ backend: 'gitea', repo: 'branch/site', baseUrl: 'https://git.example.cn' })).toBe(
      'https://git.example.cn/branch/site/issues',
    );
    expect(issuesUrl({ backend: 'gitea', repo: 'branch/site' })).toBe('');
  });
});

describe('discussion status (/admin/help/)', () => {
  const giscus = {
    host: 'https://giscus.app',
    repo: 'org/site',
    repoId: 'R_1',
    category: '讨论',
    categoryId: 'DIC_1',
    inputPosition: 'bottom' as const,
  };

  it.each([
    [{ giscus }, {}, { provider: 'giscus', repo: 'org/site' }],
    [
      {},
      {},
      {
        provider: 'giscus',
        missing: ['GitHub 仓库', '仓库 ID（repo-id）', '讨论分类（category）', '分类 ID（category-id）'],
      },
    ],
    [
      { giscus: { repo: 'org/site' } },
      { GISCUS_CATEGORY: 'c' },
      { provider: 'giscus', missing: ['仓库 ID（repo-id）', '分类 ID（category-id）'] },
    ],
    [
      { discussion: { provider: 'waline' as const } },
      {},
      { provider: 'waline', url: '/waline/', admin: '/waline/ui/' },
    ],
    [
      { discussion: { provider: 'waline' as const, walineUrl: 'https://talk.example.cn' } },
      {},
      { provider: 'waline', url: 'https://talk.example.cn/', admin: 'https://talk.example.cn/ui/' },
    ],
    [{ discussion: { provider: 'none' as const }, giscus }, {}, { provider: 'none' }],
    [{ giscus }, { DISCUSSION_PROVIDER: 'none' }, { provider: 'none' }],
  ])('settings %j with env %j: %j', (settings, env, expected) => {
    expect(discussionStatus(settings, env)).toEqual(expected);
  });
});
