/**
 * The discussion service's configuration (services/waline/config.mjs): the
 * branch's policy as defaults, operator overrides, and errors that name the
 * variable and the fix; and the local letter avatars. The running service is
 * tested through tools/waline-server.ts in tests/e2e/waline-sync.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { POLICY_DEFAULTS, adminScriptUrl, serviceConfig } from '../../services/waline/config.mjs';
import { letterAvatar } from '../../services/waline/avatar.cjs';

const VALID = {
  JWT_TOKEN: 'a'.repeat(64),
  PG_DB: 'waline',
  PG_USER: 'waline',
  SITE_URL: 'https://dangjian.example.org',
  SERVER_URL: 'https://dangjian.example.org/waline/',
};

describe('serviceConfig', () => {
  it('applies the branch policy where the environment is silent', () => {
    const config = serviceConfig(VALID);
    expect(config.problems).toEqual([]);
    expect(config.warnings).toEqual([]);
    expect(config.env).toMatchObject({
      LOGIN: 'force',
      COMMENT_AUDIT: 'true',
      IPQPS: '10',
      AKISMET_KEY: 'false',
      DISABLE_USERAGENT: 'true',
      DISABLE_REGION: 'true',
      TZ: 'Asia/Shanghai',
      OAUTH_URL: 'data:application/json,{"services":[]}',
    });
    expect(JSON.parse(decodeURIComponent(POLICY_DEFAULTS.OAUTH_URL.slice('data:application/json,'.length)))).toEqual({
      services: [],
    });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8360,
      registration: 'closed',
      serverUrl: 'https://dangjian.example.org/waline',
    });
  });

  it('lets the operator override the policy, and warns when review or login is switched off', () => {
    const config = serviceConfig({
      ...VALID,
      COMMENT_AUDIT: 'false',
      LOGIN: 'disable',
      IPQPS: '60',
      WALINE_REGISTRATION: 'open',
      PORT: '9000',
    });
    expect(config.problems).toEqual([]);
    expect(config.env).toMatchObject({ COMMENT_AUDIT: 'false', IPQPS: '60' });
    expect(config).toMatchObject({ port: 9000, registration: 'open' });
    expect(config.warnings).toEqual([
      'LOGIN 不是 force：未登录的访客也能发表评论。/ LOGIN is not "force": guests can post.',
      'COMMENT_AUDIT 已关闭：新评论不经审核直接公开。/ COMMENT_AUDIT is off: comments appear without review.',
    ]);
  });

  it.each([
    [{ JWT_TOKEN: undefined }, '缺少环境变量 JWT_TOKEN'],
    [{ JWT_TOKEN: 'short' }, 'JWT_TOKEN 太短'],
    [{ PG_DB: undefined }, '缺少环境变量 PG_DB'],
    [{ PG_USER: '' }, '缺少环境变量 PG_USER'],
    [{ SITE_URL: undefined }, '缺少环境变量 SITE_URL'],
    [{ SITE_URL: 'dangjian.example.org' }, 'SITE_URL=“dangjian.example.org”不是网址'],
    [{ PG_PORT: 'five' }, 'PG_PORT=“five”应是端口号'],
    [{ PORT: '70000' }, 'PORT=“70000”应是 1–65535 的端口号'],
    [{ WALINE_REGISTRATION: 'invite' }, 'WALINE_REGISTRATION=“invite”只能是 closed'],
  ])('%j is refused naming the variable', (change, message) => {
    const { problems } = serviceConfig({ ...VALID, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('warns when a public site has no SERVER_URL (the admin page would miss the API behind /waline/)', () => {
    expect(serviceConfig({ ...VALID, SERVER_URL: undefined }).warnings[0]).toMatch(/没有设置 SERVER_URL/);
  });

  it('serves the administration script from the service itself', () => {
    expect(adminScriptUrl('https://dangjian.example.org/waline')).toBe(
      'https://dangjian.example.org/waline/static/waline-admin.js',
    );
    expect(adminScriptUrl(undefined)).toBe('/static/waline-admin.js');
  });
});

describe('letterAvatar', () => {
  const svg = (nick: string | undefined) =>
    decodeURIComponent(letterAvatar({ nick }).replace('data:image/svg+xml,', ''));

  it('is a data: URL (no request) with the first character of the name', () => {
    expect(letterAvatar({ nick: '张三' })).toMatch(/^data:image\/svg\+xml,%3Csvg/);
    expect(svg('张三')).toContain('>张</text>');
  });

  it('keeps whole characters and escapes markup', () => {
    expect(svg('😀同志')).toContain('>😀</text>');
    expect(svg('<b>')).toContain('>&#60;</text>');
    expect(svg(undefined)).toContain('>?</text>');
  });

  it('gives one name always the same colour', () => {
    expect(letterAvatar({ nick: '李四' })).toBe(letterAvatar({ nick: '李四' }));
  });
});

describe('restarts', () => {
  const read = (file: string) => readFileSync(new URL(`../../services/waline/${file}`, import.meta.url), 'utf8');

  it('systemd and docker compose bring the service back whenever it exits', () => {
    expect(read('waline.service')).toMatch(/^Restart=always$/m);
    const compose = read('compose.yml');
    const service = compose.slice(compose.indexOf('\n  waline:'));
    expect(service).toMatch(/^\s+restart: unless-stopped$/m);
  });
});
