/**
 * The discussion service's rule modules without a server (the running service
 * is tested in tests/integration/waline-security.test.ts): the access table's
 * decisions, the atomic speed limit, text hygiene and reserved names, session
 * tokens, the administration page's content security policy, and the limits
 * read from the environment.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { ROUTES, decide, targetId } from '../../services/waline/access.cjs';
import { createLimiter } from '../../services/waline/rate-limit.cjs';
import { cleanText, characterCount, isReservedName } from '../../services/waline/text.cjs';
import { issueSession, verifySession } from '../../services/waline/session.cjs';
import { adminPagePolicy } from '../../services/waline/admin-policy.mjs';
import { serviceConfig } from '../../services/waline/config.mjs';

const guest = { role: 'guest' } as const;
const member = { role: 'member', id: '7' } as const;
const admin = { role: 'admin', id: '1' } as const;
const facts = { registration: 'closed', firstAccount: false, targetId: '' } as const;

describe('access table', () => {
  it('creating accounts is the administrator’s, except the very first account or with open registration', () => {
    expect(ROUTES['user post']).toBe('register');
    expect(decide('register', guest, facts)).toEqual({ allowed: false, status: 403 });
    expect(decide('register', member, facts)).toEqual({ allowed: false, status: 403 });
    expect(decide('register', admin, facts)).toEqual({ allowed: true });
    expect(decide('register', guest, { ...facts, firstAccount: true })).toEqual({ allowed: true });
    expect(decide('register', guest, { ...facts, registration: 'open' })).toEqual({ allowed: true });
  });

  it('a comment is changed by its author or an administrator; signed out means sign in first', () => {
    expect(decide('author', member, { ...facts, ownerId: '7' })).toEqual({ allowed: true });
    expect(decide('author', member, { ...facts, ownerId: '8' })).toEqual({ allowed: false, status: 403 });
    expect(decide('author', member, { ...facts, ownerId: null })).toEqual({ allowed: false, status: 403 });
    expect(decide('author', guest, { ...facts, ownerId: '7' })).toEqual({ allowed: false, status: 401 });
    expect(decide('author', admin, { ...facts, ownerId: '8' })).toEqual({ allowed: true });
  });

  it('an action missing from the table is refused as unknown; a switched-off one for everyone', () => {
    expect(decide(ROUTES['comment patch'], admin, facts)).toEqual({ allowed: false, status: 404 });
    expect(decide('nobody', admin, facts)).toEqual({ allowed: false, status: 403 });
  });

  it.each([
    ['/api/comment/12', undefined, 'comment', '12'],
    ['/api/comment', undefined, 'comment', ''],
    ['/api/user/x/y', undefined, 'user', 'y'],
    ['/api/user/password', undefined, 'user/password', ''],
    ['/api/comment', '5', 'comment', '5'],
    ['/api/comment/%E4%B8%AD', undefined, 'comment', ''],
  ])('the id of %s (id=%s) is %j, as Waline reads it', (path, id, controller, expected) => {
    expect(targetId(path, id, controller)).toBe(expected);
  });
});

describe('speed limit', () => {
  it('takes one slot per key per window, atomically, and gives it back on release', () => {
    let now = 1_000_000;
    const limiter = createLimiter({ seconds: 10, now: () => now });
    const first = limiter.take(['1.2.3.4']);
    expect(first.ok).toBe(true);
    expect(limiter.take(['1.2.3.4'])).toEqual({ ok: false, waitSeconds: 10 });
    now += 4_000;
    expect(limiter.take(['1.2.3.4'])).toEqual({ ok: false, waitSeconds: 6 });
    expect(limiter.take(['5.6.7.8']).ok).toBe(true);
    if (first.ok) first.release();
    expect(limiter.take(['1.2.3.4']).ok).toBe(true);
    now += 10_000;
    expect(limiter.take(['1.2.3.4']).ok).toBe(true);
  });

  it('0 seconds switches it off', () => {
    const limiter = createLimiter({ seconds: 0 });
    expect([1, 2, 3].every(() => limiter.take(['a']).ok)).toBe(true);
  });
});

describe('text hygiene', () => {
  it('removes bidirectional controls and zero-width characters, keeping emoji sequences whole', () => {
    expect(cleanText('exe.\u202Egpj\u2066x\u2069\u200B\u200C\u200E\u2060\uFEFF')).toBe('exe.gpjx');
    expect(cleanText('👨\u200D👩\u200D👧')).toBe('👨\u200D👩\u200D👧');
    expect(cleanText('同\u200D志')).toBe('同志');
    expect(characterCount('😀同志')).toBe(3);
  });

  it.each([
    ['管理员', true],
    ['管 理 员', true],
    ['管\u200B理员', true],
    ['ＡＤＭＩＮ', true],
    ['李书记', true],
    ['王 芳', true],
    ['王芳芳', false],
    ['张党员', false],
  ])('%j is reserved: %s', (name, reserved) => {
    expect(isReservedName(name, ['王芳'])).toBe(reserved);
  });
});

describe('session tokens', () => {
  const settings = { secret: 's'.repeat(32), memberSeconds: 30 * 86_400, adminSeconds: 12 * 3_600 };
  const user = { objectId: 7, type: 'guest', password: '$P$hash-1' };

  it('stand for the account while the password is the same and the time has not run out', async () => {
    const token = issueSession(settings, user);
    expect(await verifySession(settings, token, async () => '$P$hash-1')).toBe('7');
    expect(await verifySession(settings, token, async () => '$P$hash-2')).toBeUndefined();
    expect(await verifySession(settings, token, async () => undefined)).toBeUndefined();
    expect(
      await verifySession({ ...settings, secret: 't'.repeat(32) }, token, async () => '$P$hash-1'),
    ).toBeUndefined();
    const expired = issueSession({ ...settings, memberSeconds: -1 }, user);
    expect(await verifySession(settings, expired, async () => '$P$hash-1')).toBeUndefined();
  });
});

describe('administration page policy', () => {
  it('allows exactly its inline scripts by hash', () => {
    const html = '<body><script>window.SITE_URL = "x";</script><script src="/static/waline-admin.js"></script></body>';
    const hash = createHash('sha256').update('window.SITE_URL = "x";').digest('base64');
    expect(adminPagePolicy(html)).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(adminPagePolicy(html)).toContain("frame-ancestors 'none'");
  });
});

describe('limits from the environment', () => {
  const VALID = {
    JWT_TOKEN: 'a'.repeat(64),
    PG_DB: 'waline',
    PG_USER: 'waline',
    SITE_URL: 'https://dangjian.example.org',
    SERVER_URL: 'https://dangjian.example.org/waline',
  };

  it('defaults to 5,000 characters, 10 s per address and per account, 30 days for members and 12 hours for administrators', () => {
    expect(serviceConfig(VALID).limits).toEqual({
      maxLength: 5000,
      addressSeconds: 10,
      accountSeconds: 10,
      memberSessionSeconds: 30 * 86_400,
      adminSessionSeconds: 12 * 3_600,
      reservedNames: [],
    });
    expect(serviceConfig({ ...VALID, WALINE_RESERVED_NAMES: '王芳，李明, ' }).limits.reservedNames).toEqual([
      '王芳',
      '李明',
    ]);
  });

  it.each(['WALINE_MAX_LENGTH', 'WALINE_MEMBER_SESSION_DAYS', 'IPQPS'])('%s must be a whole number', (key) => {
    expect(serviceConfig({ ...VALID, [key]: 'ten' }).problems).toEqual([
      expect.stringContaining(`${key}=“ten”应是不小于`),
    ]);
  });
});
