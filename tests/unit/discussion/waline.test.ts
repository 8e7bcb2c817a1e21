import { describe, expect, it } from 'vitest';
import { clientStrings } from '../../../src/i18n/zh';
import { POLICY_DEFAULTS } from '../../../services/waline/config.mjs';
import {
  COMMENT_MAX_CHARS,
  WALINE_LOCALE_KEYS,
  editWentToReview,
  commentCountUrl,
  readCommentCounts,
  readSignIn,
  resolveWalineServer,
  signInUrl,
  submitProblem,
  walineOptions,
  walineServerUrl,
} from '../../../src/lib/discussion/waline';

describe('resolveWalineServer', () => {
  it.each([
    [undefined, { url: '/waline/' }],
    ['', { url: '/waline/' }],
    ['/talk', { url: '/talk/' }],
    ['/dangjian/waline/', { url: '/dangjian/waline/' }],
    ['https://talk.example.cn', { url: 'https://talk.example.cn/', origin: 'https://talk.example.cn' }],
    [
      'https://talk.example.cn:8443/waline/',
      { url: 'https://talk.example.cn:8443/waline/', origin: 'https://talk.example.cn:8443' },
    ],
  ])('%s → %j', (value, expected) => {
    expect(resolveWalineServer(value, 'discussion.walineUrl')).toEqual(expected);
  });

  it.each([
    'http://talk.example.cn/',
    'waline',
    '//talk.example.cn/',
    'https://talk.example.cn/?a=1',
    'https://user@talk.example.cn/',
    'javascript:alert(1)',
    '/路径/',
  ])('refuses %s, naming where it came from', (value) => {
    expect(() => resolveWalineServer(value, 'discussion.walineUrl')).toThrow(
      `discussion.walineUrl: 填本站路径如 /waline/，或另一台服务器的 https 地址如 https://talk.example.cn/ / a path like /waline/ or an https address（当前为 "${value}"）`,
    );
  });

  it('allows plain http on this machine only when asked (an environment override for tests)', () => {
    expect(resolveWalineServer('http://localhost:4550', 'WALINE_URL', true)).toEqual({
      url: 'http://localhost:4550/',
      origin: 'http://localhost:4550',
    });
    expect(() => resolveWalineServer('http://localhost:4550', 'discussion.walineUrl')).toThrow('discussion.walineUrl:');
    expect(() => resolveWalineServer('http://10.0.0.2:4550', 'WALINE_URL', true)).toThrow('WALINE_URL:');
  });
});

describe('walineServerUrl', () => {
  it.each([
    ['/waline/', 'https://www.example.cn/dangjian/reports/a/', 'https://www.example.cn/waline'],
    ['https://talk.example.cn/', 'https://www.example.cn/reports/a/', 'https://talk.example.cn'],
    ['http://127.0.0.1:4550/', 'http://localhost:4401/reports/a/', 'http://127.0.0.1:4550'],
  ])('%s from %s is %s (absolute, as the client library wants it)', (url, page, expected) => {
    expect(walineServerUrl(url, page)).toBe(expected);
  });
});

describe('comment counts', () => {
  it('asks for a batch of thread keys in one request', () => {
    expect(commentCountUrl('https://www.example.cn/waline', ['reports/a', 'reports/b-2'])).toBe(
      'https://www.example.cn/waline/api/comment?type=count&url=reports%2Fa%2Creports%2Fb-2&lang=zh-CN',
    );
  });

  it('reads the list, and the single number of the old format', () => {
    expect(readCommentCounts({ errno: 0, data: [2, 0] }, ['a/x', 'a/y'])).toEqual(
      new Map([
        ['a/x', 2],
        ['a/y', 0],
      ]),
    );
    expect(readCommentCounts({ errno: 0, data: [5] }, ['a/x'])).toEqual(new Map([['a/x', 5]]));
    expect(readCommentCounts({ errno: 0, data: 5 }, ['a/x'])).toEqual(new Map([['a/x', 5]]));
  });

  it.each([
    ['an error', { errno: 1000, errmsg: 'nope' }],
    ['a wrong length', { errno: 0, data: [1] }],
    ['not numbers', { errno: 0, data: ['1', 2] }],
    ['negative', { errno: 0, data: [-1, 2] }],
    ['nothing', null],
    ['text', '<html>502 Bad Gateway</html>'],
  ])('is undefined for %s', (_, body) => {
    expect(readCommentCounts(body, ['a/x', 'a/y'])).toBeUndefined();
  });
});

describe('walineOptions', () => {
  const locale = { placeholder: 'p', sofa: 's', admin: 'a', commentUnderReview: 'r', word: 'w', wordHint: 'h' };
  const options = walineOptions('https://www.example.cn/waline', 'reports/a', locale);

  it('words the box from the strings module: every overridden Waline string has its waline.* key', () => {
    const strings = clientStrings('waline.');
    for (const key of WALINE_LOCALE_KEYS) expect(strings[`waline.${key}`], key).toMatch(/\p{Script=Han}/u);
    expect(Object.keys(options.locale).sort()).toEqual([...WALINE_LOCALE_KEYS].sort());
  });

  it('opens the thread of the entry in Chinese, and only signed-in members may post', () => {
    expect(options).toMatchObject({
      serverURL: 'https://www.example.cn/waline',
      path: 'reports/a',
      lang: 'zh-CN',
      login: 'force',
    });
  });

  it('turns off everything that would load from another host or count readers', () => {
    // Waline's defaults: emoji and reactions from unpkg, GIF search on Giphy, images pasted into comments as data URLs, page-view counters.
    expect(options).toMatchObject({
      emoji: false,
      search: false,
      reaction: false,
      imageUploader: false,
      pageview: false,
      comment: false,
      noRss: true,
      noCopyright: true,
    });
    expect(JSON.stringify(options)).not.toMatch(/\/\/(?!www\.example\.cn)/);
  });

  it('limits the length in the box to what the service takes', () => {
    expect(options.wordLimit).toBe(COMMENT_MAX_CHARS);
    expect(String(COMMENT_MAX_CHARS)).toBe(POLICY_DEFAULTS.WALINE_MAX_LENGTH);
    expect(clientStrings('waline.')['waline.wordHint']).toContain('最多 $1 个字，现在是 $2 个字');
  });
});

describe('submitProblem', () => {
  it.each([
    'Failed to fetch',
    'Load failed',
    'NetworkError when attempting to fetch resource.',
    'The operation was aborted. ',
  ])('%s: the comment did not reach the service', (message) => {
    expect(submitProblem(message, 413)).toEqual({ kind: 'unreachable' });
  });

  it('an answer that is not JSON is the web server speaking: 413 means too large, 502–504 the service unreachable, anything else is told with its status', () => {
    const message = 'Unexpected token \'<\', "<html>\r\n<h"... is not valid JSON';
    expect(submitProblem(message, 413)).toEqual({ kind: 'too-large' });
    for (const status of [502, 503, 504]) expect(submitProblem(message, status)).toEqual({ kind: 'unreachable' });
    expect(submitProblem(message, 500)).toEqual({ kind: 'bad-answer', status: 500 });
    expect(submitProblem('Unexpected end of JSON input')).toEqual({ kind: 'bad-answer', status: undefined });
  });

  it.each([
    ['评论过于频繁，请稍后再试。', '评论过于频繁，请稍后再试'],
    ['Add comment failed with 1001: 含有违禁词!', '含有违禁词'],
    ['评论字数应在 1 到 500 字之间！\n当前字数：600', '评论字数应在 1 到 500 字之间！\n当前字数：600'],
  ])('%s: the service said why', (message, reason) => {
    expect(submitProblem(message)).toEqual({ kind: 'refused', reason });
  });
});

describe('editWentToReview', () => {
  const waiting = { errno: 0, data: { objectId: 5, status: 'waiting' } };
  it('is true for a text edit answered with the comment waiting', () => {
    expect(
      editWentToReview(
        'PUT',
        'https://x.cn/waline/api/comment/5?lang=zh-CN',
        JSON.stringify({ comment: '改' }),
        waiting,
      ),
    ).toBe(true);
  });
  it.each([
    ['another method', 'POST', '/api/comment/5', { comment: '改' }, waiting],
    ['not a comment', 'PUT', '/api/user/5', { comment: '改' }, waiting],
    ['moderation, not text', 'PUT', '/api/comment/5', { status: 'waiting' }, waiting],
    [
      'still published (an administrator)',
      'PUT',
      '/api/comment/5',
      { comment: '改' },
      { errno: 0, data: { status: 'approved' } },
    ],
    ['refused', 'PUT', '/api/comment/5', { comment: '改' }, { errno: 403, errmsg: 'x' }],
    ['no answer', 'PUT', '/api/comment/5', { comment: '改' }, null],
  ])('is false for %s', (_, method, url, body, answer) => {
    expect(editWentToReview(method, `https://x.cn/waline${url}`, JSON.stringify(body), answer)).toBe(false);
  });
});

describe('signing in', () => {
  it("asks Waline's own token API, in Chinese", () => {
    expect(signInUrl('https://www.example.cn/waline')).toBe('https://www.example.cn/waline/api/token?lang=zh-CN');
  });

  it("hands the client the member with the token, as Waline's login page does, and never the password field", () => {
    const body = {
      errno: 0,
      errmsg: '',
      data: {
        objectId: 2,
        display_name: '张党员',
        email: 'm@example.org',
        type: 'guest',
        avatar: 'data:image/svg+xml,x',
        password: null,
        token: 'jwt',
      },
    };
    expect(readSignIn(body)).toEqual({
      kind: 'signed-in',
      user: {
        objectId: 2,
        display_name: '张党员',
        email: 'm@example.org',
        type: 'guest',
        avatar: 'data:image/svg+xml,x',
        token: 'jwt',
        remember: true,
      },
    });
  });

  it.each([
    ['a refusal', { errno: 1000, errmsg: 'Error' }],
    ['no token', { errno: 0, data: { objectId: 2 } }],
    ['an empty token', { errno: 0, data: { token: '' } }],
    ['no data', { errno: 0 }],
    ['not JSON from Waline', '<html>'],
  ])('refuses %s', (_, body) => {
    expect(readSignIn(body)).toEqual({ kind: 'refused' });
  });
});
