import { describe, expect, it } from 'vitest';
import { DISCUSSION_PROVIDERS, discussionTerm, resolveDiscussion } from '../../../src/lib/discussion/provider';

const giscus = {
  host: 'https://giscus.app',
  repo: 'org/site',
  repoId: 'R_1',
  category: '讨论',
  categoryId: 'DIC_1',
  inputPosition: 'bottom' as const,
};

describe('resolveDiscussion', () => {
  it('uses Giscus by default, and only once it is complete', () => {
    expect(resolveDiscussion({ giscus })).toEqual({ provider: 'giscus', active: { provider: 'giscus', giscus } });
    expect(resolveDiscussion({})).toEqual({ provider: 'giscus', active: undefined });
    expect(resolveDiscussion({ discussion: { provider: 'giscus' }, giscus: { repo: 'org/site' } })).toEqual({
      provider: 'giscus',
      active: undefined,
    });
  });

  it('with none, nothing renders even when Giscus is filled in', () => {
    expect(resolveDiscussion({ discussion: { provider: 'none' }, giscus })).toEqual({
      provider: 'none',
      active: undefined,
    });
  });

  it.each([
    [{}, { url: '/waline/' }],
    [{ walineUrl: '/dangjian/waline' }, { url: '/dangjian/waline/' }],
    [{ walineUrl: 'https://talk.example.cn/' }, { url: 'https://talk.example.cn/', origin: 'https://talk.example.cn' }],
    [
      { walineUrl: 'https://www.example.cn/waline/' },
      { url: 'https://www.example.cn/waline/', origin: 'https://www.example.cn' },
    ],
  ])('Waline at %j is complete: %j', (settings, waline) => {
    expect(resolveDiscussion({ discussion: { provider: 'waline', ...settings }, giscus })).toEqual({
      provider: 'waline',
      active: { provider: 'waline', waline },
    });
  });

  it('DISCUSSION_PROVIDER and WALINE_URL override the settings; a local test server may be plain http', () => {
    const env = { DISCUSSION_PROVIDER: 'waline', WALINE_URL: 'http://127.0.0.1:4550' };
    expect(resolveDiscussion({ giscus }, env).active).toEqual({
      provider: 'waline',
      waline: { url: 'http://127.0.0.1:4550/', origin: 'http://127.0.0.1:4550' },
    });
    expect(
      resolveDiscussion({ discussion: { provider: 'waline' }, giscus }, { DISCUSSION_PROVIDER: 'giscus' }).active
        ?.provider,
    ).toBe('giscus');
    expect(
      resolveDiscussion({ discussion: { provider: 'waline' } }, { DISCUSSION_PROVIDER: 'none' }).active,
    ).toBeUndefined();
  });

  // The site and `npm run sync` share this resolver: an empty variable must mean unset for both.
  it.each([
    ['settings giscus, DISCUSSION_PROVIDER=""', { giscus }, { DISCUSSION_PROVIDER: '' }, 'giscus'],
    [
      'settings waline, DISCUSSION_PROVIDER=""',
      { discussion: { provider: 'waline' as const } },
      { DISCUSSION_PROVIDER: '' },
      'waline',
    ],
    [
      'settings none, DISCUSSION_PROVIDER=""',
      { discussion: { provider: 'none' as const } },
      { DISCUSSION_PROVIDER: '' },
      'none',
    ],
    ['no setting, DISCUSSION_PROVIDER=""', {}, { DISCUSSION_PROVIDER: '' }, 'giscus'],
    ['settings giscus, DISCUSSION_PROVIDER unset', { giscus }, {}, 'giscus'],
    ['settings giscus, DISCUSSION_PROVIDER=waline', { giscus }, { DISCUSSION_PROVIDER: 'waline' }, 'waline'],
    [
      'settings waline, DISCUSSION_PROVIDER=none',
      { discussion: { provider: 'waline' as const } },
      { DISCUSSION_PROVIDER: 'none' },
      'none',
    ],
  ])('%s chooses %4$s', (_case, settings, env, provider) => {
    expect(resolveDiscussion(settings, env).provider).toBe(provider);
  });

  it('an empty WALINE_URL means unset: the settings address is used', () => {
    expect(
      resolveDiscussion(
        { discussion: { provider: 'waline', walineUrl: 'https://talk.example.cn/' } },
        { WALINE_URL: '' },
      ).active,
    ).toEqual({ provider: 'waline', waline: { url: 'https://talk.example.cn/', origin: 'https://talk.example.cn' } });
  });

  it.each([
    [
      { DISCUSSION_PROVIDER: 'disqus' },
      'DISCUSSION_PROVIDER: 只能是 giscus、waline、none / must be one of giscus, waline, none (got "disqus")',
    ],
    [
      { DISCUSSION_PROVIDER: 'waline', WALINE_URL: 'http://talk.example.cn/' },
      'WALINE_URL: 填本站路径如 /waline/，或另一台服务器的 https 地址',
    ],
    [{ DISCUSSION_PROVIDER: 'waline', WALINE_URL: 'waline' }, 'WALINE_URL: 填本站路径如 /waline/'],
  ])('a bad override %j names the variable and the fix', (env, message) => {
    expect(() => resolveDiscussion({}, env)).toThrow(message);
  });

  it('a bad address in the settings names the field', () => {
    expect(() =>
      resolveDiscussion({ discussion: { provider: 'waline', walineUrl: 'http://localhost:8360/' } }),
    ).toThrow(/^discussion\.walineUrl: 填本站路径如 \/waline\/.*（当前为 "http:\/\/localhost:8360\/"）$/);
  });

  it('knows exactly three providers', () => {
    expect(DISCUSSION_PROVIDERS).toEqual(['giscus', 'waline', 'none']);
  });
});

describe('discussionTerm', () => {
  it('is <collection>/<id>, the same key for every provider', () => {
    expect(discussionTerm('reports', '2026-q1-zhao-yu')).toBe('reports/2026-q1-zhao-yu');
  });

  it.each([
    ['reports', '思想汇报'],
    ['Reports', 'a'],
    ['reports', 'a/b'],
    ['', 'a'],
  ])('refuses a non-ASCII or malformed term %s/%s', (collection, id) => {
    expect(() => discussionTerm(collection, id)).toThrow('Discussion term must be ASCII');
  });
});
