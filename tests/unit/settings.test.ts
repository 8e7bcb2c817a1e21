import { describe, expect, it } from 'vitest';
import { loadSettings, parseSettings, siteAddress, unknownAddressWarning } from '../../src/site/settings';
import { ROOT } from '../support/content';

const minimal = {
  siteName: '党建网',
  branchName: '第一党支部',
  description: '简介',
  organiser: '第一党支部',
  contact: '电话',
  reportChannel: { note: '说明' },
  cms: { backend: 'gitea', repo: 'branch/site', baseUrl: 'https://git.example.cn', appId: 'abc' },
};

describe('site settings', () => {
  it('the shipped settings file is valid', () => {
    expect(loadSettings(ROOT).siteName).toBeTruthy();
  });

  it('fills defaults: monthly target, CMS branch', () => {
    const settings = parseSettings(minimal);
    expect(settings.monthlyTargetMinutes).toBe(600);
    expect(settings.cms.branch).toBe('main');
    expect(settings.giscus).toBeUndefined();
  });

  it('names the file, each bad field and the fix', () => {
    expect(() =>
      parseSettings({ ...minimal, siteName: '', cms: { backend: 'svn', repo: 'x' } }, 'src/settings.yml'),
    ).toThrow(
      [
        '站点设置有误 / Invalid site settings in src/settings.yml:',
        '  - siteName: “网站名称”不能为空 / must not be empty',
        '  - cms.backend: “存储后端”只能是：github、gitlab、gitea / must be one of: github, gitlab, gitea',
        '  - cms.repo: “仓库”形如 owner/repo / like owner/repo',
      ].join('\n'),
    );
  });

  it.each([
    [
      'gitea',
      {},
      ['cms.appId: 使用 Gitea 登录需要填写 OAuth 应用 ID', 'cms.baseUrl: 使用 Gitea 需要填写 Git 服务地址'],
    ],
    ['gitlab', {}, ['cms.appId: 使用 GitLab 登录需要填写 OAuth 应用 ID']],
    ['gitlab', { appId: 'x' }, []],
    ['github', {}, []],
  ])('checks what %s sign-in needs (%j)', (backend, extra, expected) => {
    const parse = () => parseSettings({ ...minimal, cms: { backend, repo: 'branch/site', ...extra } });
    if (expected.length === 0) expect(parse).not.toThrow();
    else for (const line of expected) expect(parse).toThrow(`  - ${line}`);
  });

  it('rejects a half-configured Giscus with the missing fields named', () => {
    expect(() => parseSettings({ ...minimal, giscus: { repo: 'o/r' } })).toThrow(
      /giscus\.repoId: 缺少必填项“仓库 ID（repo-id）”/,
    );
  });

  it("the discussion provider defaults to Giscus, Waline to the site's own /waline/", () => {
    expect(parseSettings(minimal).discussion).toBeUndefined();
    expect(parseSettings({ ...minimal, discussion: {} }).discussion).toEqual({
      provider: 'giscus',
      walineUrl: '/waline/',
    });
    expect(
      parseSettings({ ...minimal, discussion: { provider: 'waline', walineUrl: 'https://talk.example.cn/' } })
        .discussion,
    ).toEqual({
      provider: 'waline',
      walineUrl: 'https://talk.example.cn/',
    });
  });

  it('names a bad discussion provider or Waline address and the fix', () => {
    expect(() =>
      parseSettings(
        { ...minimal, discussion: { provider: 'disqus', walineUrl: 'http://talk.example.cn/' } },
        'src/settings.yml',
      ),
    ).toThrow(
      [
        '站点设置有误 / Invalid site settings in src/settings.yml:',
        '  - discussion.provider: “讨论服务”只能是：giscus、waline、none / must be one of: giscus, waline, none',
        '  - discussion.walineUrl: “Waline 服务地址”填本站路径如 /waline/，或另一台服务器的 https 地址如 https://talk.example.cn/ / a path like /waline/ or an https address',
      ].join('\n'),
    );
  });

  it.each([
    [{}, undefined, { site: 'http://localhost:4321', base: '/', known: false }],
    [{ SITE_URL: '' }, undefined, { site: 'http://localhost:4321', base: '/', known: false }],
    [
      { SITE_URL: 'https://www.example.edu.cn/dangjian/' },
      undefined,
      { site: 'https://www.example.edu.cn', base: '/dangjian/', known: true },
    ],
    [{ BASE_PATH: 'dangjian' }, undefined, { site: 'http://localhost:4321', base: '/dangjian/', known: false }],
    [{}, 'https://djw.example.cn/a/b/', { site: 'https://djw.example.cn', base: '/a/b/', known: true }],
    [{ BASE_PATH: '/' }, 'https://djw.example.cn/a/', { site: 'https://djw.example.cn', base: '/', known: true }],
  ])('site address from env %j and settings %s', (env, siteUrl, expected) => {
    expect(siteAddress({ ...parseSettings(minimal), ...(siteUrl ? { siteUrl } : {}) }, env)).toEqual(expected);
  });

  // Issue 34, item 3: a build without the address says so, naming the file, the field and the fix.
  it('warns a build without the site address, and only that build', () => {
    const settings = parseSettings(minimal);
    const warning = unknownAddressWarning(settings, {});
    expect(warning).toContain('src/settings.yml');
    expect(warning).toContain('网站地址（siteUrl）');
    expect(warning).toContain('SITE_URL');
    expect(warning).toContain('不印二维码');
    expect(unknownAddressWarning(settings, { SITE_URL: 'https://www.example.edu.cn/' })).toBeUndefined();
    expect(unknownAddressWarning({ ...settings, siteUrl: 'https://djw.example.cn/' }, {})).toBeUndefined();
  });
});
