/**
 * The discussion service as an attacker and an operator would try it: a real
 * PostgreSQL and the real Waline (tools/waline-server.ts), one of each for the
 * whole file.
 *
 * - Route by role: every action Waline's router can reach, read from the
 *   pinned Waline's controller files, is called signed out, as a member, as
 *   another member and as the administrator, and the outcome compared with
 *   POLICY (the policy documented in docs/waline.md). An action that a Waline
 *   upgrade adds, and the table does not name, fails the test.
 * - One test per defect of issue 29 (registration through sub-paths,
 *   unapproved comments read through likes, an edit skipping review, posts
 *   that arrive together passing the speed limit, text hygiene, tokens), and
 *   the service surviving a PostgreSQL stop and restart (fast and immediate).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { startWalineServer, type WalineAccount, type WalineServer } from '../../tools/waline-server';
import { runDocumentedBackup, runDocumentedRestore } from '../../tools/waline-backup';

const SERVICE = join(import.meta.dirname, '../../services/waline');
const CONTROLLERS = join(SERVICE, 'node_modules/@waline/vercel/src/controller');
const serviceRequire = createRequire(join(SERVICE, 'package.json'));
/** The parts of `pg` (installed for the service only, without types here) this test uses. */
interface PgClient {
  connect(): Promise<void>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
  query(sql: string, values?: unknown[]): Promise<{ rows: any[] }>;
}
const pg = serviceRequire('pg') as { Client: new (options: Record<string, unknown>) => PgClient };
const speakeasy = createRequire(join(SERVICE, 'node_modules/@waline/vercel/package.json'))('speakeasy') as {
  totp(options: { secret: string; encoding: 'base32' }): string;
};
const jwt = serviceRequire('jsonwebtoken') as {
  sign(payload: string | object, secret: string): string;
  decode(token: string): unknown;
};
const session = serviceRequire('./session.cjs') as typeof import('../../services/waline/session.cjs');
/** tools/waline-server.ts signs with this (a test-only secret). */
const JWT_SECRET = 'test-only-jwt-secret-0123456789abcdef';

type Role = 'guest' | 'member' | 'other' | 'admin';
const ROLES: readonly Role[] = ['guest', 'member', 'other', 'admin'];
const TERM = 'reports/route-by-role';

let waline: WalineServer;
let other: WalineAccount;
let db: PgClient;
let unique = 0;
const next = () => `${Date.now()}-${(unique += 1)}`;

beforeAll(async () => {
  waline = await startWalineServer({ siteUrl: 'http://localhost' });
  other = await waline.createMember({ email: 'other@example.org', password: 'other-password-1', name: '李党员' });
  await connectDatabase();
}, 180_000);

/** The test's own look into the database (reconnected after the restart tests). */
async function connectDatabase() {
  db = new pg.Client({ host: '127.0.0.1', port: waline.dbPort, user: 'waline', database: 'waline' });
  // The restart tests stop the database under this connection too.
  db.on('error', () => undefined);
  await db.connect();
}

afterAll(async () => {
  await db?.end().catch(() => undefined);
  await waline?.stop();
});

interface Answer {
  status: number;
  json?: { errno?: number; errmsg?: string; data?: any };
  text: string;
  headers: Headers;
}

interface Call {
  method: string;
  /** From the service root: `/api/…` or Waline's older form without `/api`. */
  path: string;
  body?: unknown;
  token?: string;
  /** The client address the service sees (it trusts X-Forwarded-For, as behind nginx). */
  ip?: string;
}

async function call({ method, path, body, token, ip }: Call): Promise<Answer> {
  const response = await fetch(`${waline.url}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(ip ? { 'x-forwarded-for': ip } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: Answer['json'];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

const account = (role: Role): WalineAccount | undefined =>
  ({ guest: undefined, member: waline.member, other, admin: waline.admin })[role];
const tokenOf = (role: Role) => account(role)?.token;

/**
 * What the caller got: `allowed` when the action ran and succeeded, `refused`
 * when the service said no (401/403/404/429, or Waline's error envelope).
 * Waline's sign-out action answers with no body (Koa's plain 404): that is
 * the action having run.
 */
function outcome(answer: Answer): 'allowed' | 'refused' {
  if (answer.json === undefined)
    return answer.status < 400 || (answer.status === 404 && answer.text === 'Not Found') ? 'allowed' : 'refused';
  if ([401, 403, 404, 429].includes(answer.status)) return 'refused';
  return answer.status < 400 && answer.json.errno === 0 ? 'allowed' : 'refused';
}

async function postAs(role: Role, text = `第 ${next()} 条`, path = TERM) {
  const answer = await call({
    method: 'POST',
    path: '/api/comment',
    token: tokenOf(role),
    body: { url: path, comment: text, nick: account(role)?.name, mail: account(role)?.email },
  });
  expect(answer.json?.errno, answer.text).toBe(0);
  return Number(answer.json!.data.objectId);
}

/** An account that only the administrator could have made, for the actions that change or remove one. */
async function throwawayAccount() {
  const id = next();
  return waline.createMember({ email: `throwaway-${id}@example.org`, password: `throwaway-${id}`, name: `临时${id}` });
}

/** A row as Waline keeps an account waiting for its registration mail (open registration with mail). */
async function accountAwaitingMail() {
  const email = `verify-${next()}@example.org`;
  await db.query(`INSERT INTO wl_users (display_name, email, password, type) VALUES ($1, $2, 'x', $3)`, [
    '待验证',
    email,
    `verify:1234:${Date.now() + 3_600_000}`,
  ]);
  return email;
}

/**
 * The documented policy (docs/waline.md, 谁能调用哪些接口), by Waline's
 * action (controller and action as its router resolves them). `member` is
 * the author of the comment or the account a request is about, `other`
 * another member. Each action has one or more requests; every request is
 * made afresh for each role.
 */
interface Case {
  route: string;
  name: string;
  allowed: readonly Role[];
  request(role: Role): Promise<Call> | Call;
  /** Puts back what an allowed call changed for the next role. */
  undo?(role: Role): Promise<void>;
}

const everyone = ROLES;
const signedIn: readonly Role[] = ['member', 'other', 'admin'];
const ownerAndAdmin: readonly Role[] = ['member', 'admin'];
const adminOnly: readonly Role[] = ['admin'];
const nobody: readonly Role[] = [];

const CASES: Case[] = [
  {
    route: 'article get',
    name: 'GET /api/article (counters)',
    allowed: everyone,
    request: () => ({ method: 'GET', path: '/api/article?path=x&type=time' }),
  },
  {
    route: 'article post',
    name: 'POST /api/article (counter +1)',
    allowed: nobody,
    request: () => ({ method: 'POST', path: '/api/article', body: { path: TERM, type: 'time', action: 'inc' } }),
  },
  {
    route: 'comment get',
    name: 'GET /api/comment?path= (a thread)',
    allowed: everyone,
    request: () => ({ method: 'GET', path: `/api/comment?path=${TERM}` }),
  },
  {
    route: 'comment get',
    name: 'GET /api/comment?type=list (review queue)',
    allowed: adminOnly,
    request: () => ({ method: 'GET', path: '/api/comment?type=list' }),
  },
  {
    route: 'comment post',
    name: 'POST /api/comment',
    allowed: signedIn,
    request: (role) => ({
      method: 'POST',
      path: '/api/comment',
      body: {
        url: TERM,
        comment: `路由测试 ${next()}`,
        nick: account(role)?.name ?? '访客',
        mail: account(role)?.email ?? 'guest@example.org',
      },
    }),
  },
  {
    route: 'comment put',
    name: 'PUT /api/comment/<id> (edit the text)',
    allowed: ownerAndAdmin,
    request: async (role) => ({
      method: 'PUT',
      path: `/api/comment/${await postAs('member')}`,
      body: { comment: `改过的 ${next()}` },
      token: tokenOf(role),
    }),
  },
  {
    route: 'comment put',
    name: 'PUT /api/comment/<id> {like} (likes are off)',
    allowed: nobody,
    request: async () => ({ method: 'PUT', path: `/api/comment/${await postAs('member')}`, body: { like: true } }),
  },
  {
    route: 'comment put',
    name: 'POST /api/comment/<id>?method=put (method override)',
    allowed: ownerAndAdmin,
    request: async () => ({
      method: 'POST',
      path: `/api/comment/${await postAs('member')}?method=put`,
      body: { comment: `改过的 ${next()}` },
    }),
  },
  {
    route: 'comment delete',
    name: 'DELETE /api/comment/<id>',
    allowed: ownerAndAdmin,
    request: async () => ({ method: 'DELETE', path: `/api/comment/${await postAs('member')}` }),
  },
  {
    route: 'comment/rss get',
    name: 'GET /api/comment/rss',
    allowed: adminOnly,
    request: () => ({ method: 'GET', path: `/api/comment/rss?path=${TERM}` }),
  },
  {
    route: 'db get',
    name: 'GET /api/db (export)',
    allowed: adminOnly,
    request: () => ({ method: 'GET', path: '/api/db' }),
  },
  {
    route: 'db post',
    name: 'POST /api/db?table=Counter (import a row)',
    allowed: adminOnly,
    request: () => ({ method: 'POST', path: '/api/db?table=Counter', body: { url: `route-${next()}`, time: 1 } }),
  },
  {
    route: 'db put',
    name: 'PUT /api/db?table=Counter',
    allowed: adminOnly,
    request: () => ({ method: 'PUT', path: '/api/db?table=Counter&objectId=999999', body: { time: 2 } }),
  },
  {
    route: 'db delete',
    name: 'DELETE /api/db?table=Counter',
    allowed: adminOnly,
    request: () => ({ method: 'DELETE', path: '/api/db?table=Counter' }),
  },
  {
    route: 'index index',
    name: 'GET /api/ (Waline demo page)',
    allowed: nobody,
    request: () => ({ method: 'GET', path: '/api/' }),
  },
  {
    route: 'oauth index',
    name: 'GET /api/oauth (social sign-in)',
    allowed: nobody,
    request: () => ({ method: 'GET', path: '/api/oauth?type=github' }),
  },
  {
    route: 'token get',
    name: 'GET /api/token (who am I)',
    allowed: everyone,
    request: () => ({ method: 'GET', path: '/api/token' }),
  },
  {
    route: 'token post',
    name: 'POST /api/token (sign in)',
    allowed: everyone,
    request: () => ({
      method: 'POST',
      path: '/api/token',
      body: { email: waline.member.email, password: waline.member.password },
    }),
  },
  {
    route: 'token delete',
    name: 'DELETE /api/token (sign out)',
    allowed: everyone,
    request: () => ({ method: 'DELETE', path: '/api/token' }),
  },
  {
    route: 'token/2fa get',
    name: 'GET /api/token/2fa?email=',
    allowed: everyone,
    request: () => ({ method: 'GET', path: `/api/token/2fa?email=${encodeURIComponent(waline.member.email)}` }),
  },
  {
    route: 'token/2fa post',
    name: 'POST /api/token/2fa (switch on two-step sign-in)',
    allowed: signedIn,
    request: async (role) => {
      const secret =
        role === 'guest'
          ? 'JBSWY3DPEHPK3PXP'
          : (await call({ method: 'GET', path: '/api/token/2fa', token: tokenOf(role) })).json!.data.secret;
      return {
        method: 'POST',
        path: '/api/token/2fa',
        body: { secret, code: speakeasy.totp({ secret, encoding: 'base32' }) },
      };
    },
    undo: async (role) =>
      void (await call({ method: 'PUT', path: '/api/user', token: tokenOf(role), body: { '2fa': '' } })),
  },
  {
    route: 'user get',
    name: 'GET /api/user (account list)',
    allowed: adminOnly,
    request: () => ({ method: 'GET', path: '/api/user' }),
  },
  ...[
    '/api/user',
    '/api/user/',
    '/api/user/1',
    '/api/user/x',
    '/api/user/x/y',
    '/user',
    '/user/1',
    '/api/user?method=post',
  ].map(
    (path): Case => ({
      route: 'user post',
      name: `POST ${path} (create an account)`,
      allowed: adminOnly,
      request: () => ({
        method: 'POST',
        path,
        body: { email: `new-${next()}@example.org`, display_name: '新账号', password: 'new-password-1' },
      }),
    }),
  ),
  {
    route: 'user put',
    name: 'PUT /api/user (own profile)',
    allowed: signedIn,
    request: (role) => ({ method: 'PUT', path: '/api/user', body: { display_name: account(role)?.name ?? '访客' } }),
  },
  {
    route: 'user put',
    name: "PUT /api/user/<id> (someone else's account)",
    allowed: adminOnly,
    request: () => ({
      method: 'PUT',
      path: `/api/user/${waline.member.id}`,
      body: { display_name: waline.member.name },
    }),
  },
  {
    route: 'user delete',
    name: 'DELETE /api/user/<id>',
    allowed: adminOnly,
    request: async () => ({ method: 'DELETE', path: `/api/user/${(await throwawayAccount()).id}` }),
  },
  {
    route: 'user/password put',
    name: 'PUT /api/user/password (reset mail)',
    allowed: nobody,
    request: () => ({ method: 'PUT', path: '/api/user/password', body: { email: waline.member.email } }),
  },
  {
    route: 'verification get',
    name: 'GET /api/verification (registration mail link)',
    allowed: everyone,
    request: async () => ({
      method: 'GET',
      path: `/api/verification?email=${encodeURIComponent(await accountAwaitingMail())}&token=1234`,
    }),
  },
];

/**
 * Every action Waline's router can reach, from the pinned package's
 * controller files: a REST controller (extends rest.js) answers its
 * `<method>Action`s by HTTP method at /api/<controller>[/<id>]; another
 * controller answers `<name>Action` at /api/<controller>/<name>.
 */
function walineRoutes(): string[] {
  const routes: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.js')) {
        const controller = relative(CONTROLLERS, file).replace(/\.js$/, '').split('\\').join('/');
        const source = readFileSync(file, 'utf8');
        for (const [, action] of source.matchAll(/^\s+(?:async\s+)?(\w+)Action\s*\(/gm))
          routes.push(`${controller} ${action}`);
      }
    }
  };
  walk(CONTROLLERS);
  return [...new Set(routes)].sort();
}

describe('route by role', () => {
  it('the table names every action the pinned Waline exposes, and nothing else', () => {
    const exposed = walineRoutes();
    // The reader must find something, or the comparison below means nothing.
    expect(exposed).toEqual(expect.arrayContaining(['comment put', 'user post', 'token post']));
    expect([...new Set(CASES.map((c) => c.route))].sort()).toEqual(exposed);
  });

  it('signed out, as a member, as another member and as the administrator, each call gets what the policy says', async () => {
    const wrong: string[] = [];
    for (const testCase of CASES) {
      for (const role of ROLES) {
        const request = await testCase.request(role);
        const answer = await call({ token: tokenOf(role), ...request });
        const got = outcome(answer);
        const expected = testCase.allowed.includes(role) ? 'allowed' : 'refused';
        if (got !== expected)
          wrong.push(
            `${testCase.name} as ${role}: ${got}, policy says ${expected} (HTTP ${answer.status} ${answer.text.slice(0, 120)})`,
          );
        if (got === 'allowed') await testCase.undo?.(role);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

describe('closed registration (issue 29, 1)', () => {
  it('no path or method creates an account unless the administrator asks', async () => {
    const before = (await db.query('SELECT count(*)::int AS n FROM wl_users')).rows[0].n;
    for (const path of [
      '/api/user',
      '/api/user/1',
      '/api/user/x/y',
      '/user',
      '/api/user?method=post',
      '/api/token?method=post',
      '/api/oauth',
    ]) {
      for (const role of ['guest', 'member'] as const) {
        const answer = await call({
          method: 'POST',
          path,
          token: tokenOf(role),
          body: { email: `attacker-${next()}@example.org`, display_name: '攻击者', password: 'attacker-password' },
        });
        expect(outcome(answer), `${path} as ${role}`).toBe('refused');
      }
    }
    expect((await db.query('SELECT count(*)::int AS n FROM wl_users')).rows[0].n).toBe(before);
    const refused = await call({
      method: 'POST',
      path: '/api/user/1',
      body: { email: 'a@example.org', display_name: 'a', password: 'aaaaaaaa' },
    });
    expect(refused.json?.errmsg).toMatch(/^本站不开放自助注册/);
  });
});

describe('comments waiting for review (issue 29, 2)', () => {
  it('are never returned to anyone but their author and the administrator, and nothing is written signed out', async () => {
    const secret = `还在审核的内容 ${next()}`;
    const id = await postAs('member', secret);
    const views: Answer[] = [];
    for (const role of ['guest', 'other'] as const) {
      const token = tokenOf(role);
      views.push(
        await call({ method: 'PUT', path: `/api/comment/${id}`, token, body: { like: true } }),
        await call({ method: 'PUT', path: `/api/comment/${id}`, token, body: { like: false } }),
        await call({ method: 'POST', path: `/api/comment/${id}?method=put`, token, body: { like: true } }),
        await call({ method: 'GET', path: `/api/comment?path=${TERM}`, token }),
        await call({ method: 'GET', path: '/api/comment?type=recent&count=50', token }),
        await call({ method: 'GET', path: '/api/comment?type=list', token }),
        await call({ method: 'GET', path: `/api/comment/rss?path=${TERM}`, token }),
        await call({ method: 'GET', path: `/api/comment/rss?user_id=${waline.member.id}`, token }),
      );
    }
    for (const view of views) expect(view.text).not.toContain(secret);
    const row = (await db.query('SELECT "like", status FROM wl_comment WHERE id = $1', [id])).rows[0];
    expect(row).toEqual({ like: null, status: 'waiting' });
    // Its author sees it, as Waline shows a member their own comments in review.
    expect(
      (await call({ method: 'GET', path: `/api/comment?path=${TERM}`, token: waline.member.token })).text,
    ).toContain(secret);
  });
});

describe('edits (issue 29, 4)', () => {
  it('a text that is not a string is refused before anything is written; any change of a published text goes back to review', async () => {
    const id = await postAs('member', `原来的话 ${next()}`);
    await waline.approve(id);
    const original = (await db.query('SELECT comment FROM wl_comment WHERE id = $1', [id])).rows[0].comment;
    for (const comment of [12345, ['数组'], { text: '对象' }, true]) {
      const answer = await call({
        method: 'PUT',
        path: `/api/comment/${id}`,
        token: waline.member.token,
        body: { comment },
      });
      expect(outcome(answer), JSON.stringify(comment)).toBe('refused');
      expect(answer.json?.errmsg).toBe('评论内容必须是文字。/ The comment must be text.');
      expect((await db.query('SELECT comment, status FROM wl_comment WHERE id = $1', [id])).rows[0]).toEqual({
        comment: original,
        status: 'approved',
      });
    }
    const edited = await call({
      method: 'PUT',
      path: `/api/comment/${id}`,
      token: waline.member.token,
      body: { comment: '改过的话' },
    });
    expect(edited.json?.errno).toBe(0);
    expect(edited.json?.data.status).toBe('waiting');
    expect((await db.query('SELECT comment, status FROM wl_comment WHERE id = $1', [id])).rows[0]).toEqual({
      comment: '改过的话',
      status: 'waiting',
    });
    // The administrator's own edits publish as they are.
    await waline.approve(id);
    const byAdmin = await call({
      method: 'PUT',
      path: `/api/comment/${id}`,
      token: waline.admin.token,
      body: { comment: '管理员改的' },
    });
    expect(byAdmin.json?.data.status).toBe('approved');
  });
});

describe('text hygiene and limits (issue 29, 6)', () => {
  it('a comment above the length limit is refused in plain Chinese; one at the limit is taken', async () => {
    const tooLong = await call({
      method: 'POST',
      path: '/api/comment',
      token: waline.member.token,
      body: { url: TERM, comment: '长'.repeat(5001) },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json?.errmsg).toBe(
      '评论太长了：最多 5000 个字，这条有 5001 个字。请删减，或分成几条发表。/ Comment too long (at most 5000 characters).',
    );
    expect(
      outcome(
        await call({
          method: 'POST',
          path: '/api/comment',
          token: waline.member.token,
          body: { url: TERM, comment: `${next()}`.padEnd(5000, '长') },
        }),
      ),
    ).toBe('allowed');
  });

  it('right-to-left overrides and zero-width characters are removed from comments and nicknames', async () => {
    const id = await postAs('member', `exe.\u202Egpj\u200B 同\u200D志 ${next()}`);
    const { comment } = (await db.query('SELECT comment FROM wl_comment WHERE id = $1', [id])).rows[0];
    expect(comment).toMatch(/^exe\.gpj 同志 /);
    const renamed = await call({
      method: 'PUT',
      path: '/api/user',
      token: other.token,
      body: { display_name: '李\u200B党\u202E员' },
    });
    expect(renamed.json?.errno).toBe(0);
    expect((await db.query('SELECT display_name FROM wl_users WHERE id = $1', [other.id])).rows[0].display_name).toBe(
      '李党员',
    );
  });

  it.each(['管理员', '管 理 员', '管\u200B理员', '张书记', 'ADMIN', '支部书记'])(
    'a member cannot be called %j',
    async (name) => {
      const answer = await call({ method: 'PUT', path: '/api/user', token: other.token, body: { display_name: name } });
      expect(answer.json?.errmsg).toMatch(/^这个昵称不能用/);
      expect((await db.query('SELECT display_name FROM wl_users WHERE id = $1', [other.id])).rows[0].display_name).toBe(
        '李党员',
      );
    },
  );

  it('a member cannot give themselves a badge; the administrator can', async () => {
    const answer = await call({ method: 'PUT', path: '/api/user', token: other.token, body: { label: '管理员' } });
    expect(answer.json?.errmsg).toBe('头衔只能由管理员设置。/ Only administrators set labels.');
    expect((await db.query('SELECT label FROM wl_users WHERE id = $1', [other.id])).rows[0].label).toBeNull();
  });

  it('comment HTML keeps text and links, and drops forms, buttons, images, svg and math', async () => {
    const text = `正文 [链接](https://example.org/) <button>按钮</button> <img src="https://tracker.example/x.png"> <svg width="900" height="900"></svg> <math><mi>x</mi></math> <form action="https://evil.example/"><input name="p"></form> <a href="javascript:alert(1)">脚本</a> ${next()}`;
    const id = await postAs('member', text);
    const list = await call({ method: 'GET', path: `/api/comment?path=${TERM}`, token: waline.member.token });
    const html = JSON.stringify(
      list.json?.data.data.find((c: { objectId: number }) => Number(c.objectId) === id).comment,
    );
    expect(html).toContain('href=\\"https://example.org/\\"');
    for (const dropped of ['<button', '<img', '<svg', '<math', '<form', '<input', 'javascript:', 'tracker.example'])
      expect(html).not.toContain(dropped);
  });
});

describe('sign-in tokens (issue 29, 6)', () => {
  const whoAmI = async (token: string) =>
    (await call({ method: 'GET', path: '/api/token', token })).json?.data?.objectId;

  it('expire: 30 days for members, 12 hours for the administrator', () => {
    const lifetime = (token: string) => {
      const claims = jwt.decode(token) as { iat: number; exp: number };
      return claims.exp - claims.iat;
    };
    expect(lifetime(waline.member.token)).toBe(30 * 86_400);
    expect(lifetime(waline.admin.token)).toBe(12 * 3_600);
  });

  it('an expired token, Waline’s own everlasting form and a forged one are all signed out', async () => {
    expect(Number(await whoAmI(waline.member.token))).toBe(waline.member.id);
    const { rows } = await db.query('SELECT password FROM wl_users WHERE id = $1', [waline.member.id]);
    const expired = session.issueSession(
      { secret: JWT_SECRET, memberSeconds: -10, adminSeconds: -10 },
      { objectId: waline.member.id, type: 'guest', password: rows[0].password },
    );
    expect(await whoAmI(expired)).toBeUndefined();
    expect(await whoAmI(jwt.sign(String(waline.admin.id), JWT_SECRET))).toBeUndefined();
    expect(await whoAmI(jwt.sign({ sub: String(waline.admin.id), pw: 'x' }, 'not-the-secret'))).toBeUndefined();
    // Waline's own form cannot post either.
    const answer = await call({
      method: 'POST',
      path: '/api/comment',
      token: jwt.sign(String(waline.member.id), JWT_SECRET),
      body: { url: TERM, comment: '旧令牌' },
    });
    expect(answer.status).toBe(401);
  });

  it('a password change ends the sessions signed in with the old password', async () => {
    const account = await throwawayAccount();
    expect(Number(await whoAmI(account.token))).toBe(account.id);
    const changed = await call({
      method: 'PUT',
      path: '/api/user',
      token: account.token,
      body: { password: 'a-new-password-2' },
    });
    expect(changed.json?.errno).toBe(0);
    expect(await whoAmI(account.token)).toBeUndefined();
    const again = await waline.login(account.email, 'a-new-password-2');
    expect(Number(await whoAmI(again.token))).toBe(account.id);
  });
});

describe('the administration page (issue 29, 6)', () => {
  it('has a content security policy that allows its own inline script by hash and nothing from elsewhere', async () => {
    const page = await call({ method: 'GET', path: '/ui/' });
    const policy = page.headers.get('content-security-policy') ?? '';
    const inline = /<script>([\s\S]*?)<\/script>/.exec(page.text)![1]!;
    expect(policy).toContain(`'sha256-${createHash('sha256').update(inline).digest('base64')}'`);
    expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('backup and restore as docs/waline.md writes them (issue 29, 6)', () => {
  it('the daily backup leaves a folder only its owner can open and dumps only its owner can read; the restore works over existing tables', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'waline-backup-'));
    const count = async () => (await db.query('SELECT count(*)::int AS n FROM wl_comment')).rows[0].n as number;
    try {
      runDocumentedBackup(waline.dbPort, `${folder}/backups`);
      const dumps = readdirSync(`${folder}/backups`);
      expect(dumps).toHaveLength(1);
      expect(statSync(`${folder}/backups`).mode & 0o777).toBe(0o700);
      expect(statSync(`${folder}/backups/${dumps[0]}`).mode & 0o777).toBe(0o600);
      const before = await count();
      // Into the running database, whose tables exist: without --clean this exits 1 with an error per table.
      runDocumentedRestore(waline.dbPort, `${folder}/backups`);
      expect(await count()).toBe(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('malformed requests', () => {
  it('a request target that is not a URL gets an error, and the service keeps serving', async () => {
    const { connect } = await import('node:net');
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(waline.url).port), '127.0.0.1', () =>
        socket.end('GET http://[ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer x\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect((await fetch(`${waline.url}/healthz`)).status).toBe(200);
  });
});

describe('the database going away (issue 29, 3)', () => {
  /** Polls /healthz until it answers `status`; returns the milliseconds it took. */
  async function healthBecomes(status: number, timeoutMs = 30_000) {
    const started = Date.now();
    for (;;) {
      const answer = await fetch(`${waline.url}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (answer === status) return Date.now() - started;
      if (Date.now() - started > timeoutMs)
        throw new Error(`/healthz did not answer ${status} within ${timeoutMs} ms (last: ${answer})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it.each(['fast', 'immediate'] as const)(
    'a %s stop: the service stays up, answers 503 meanwhile, and serves again once PostgreSQL is back',
    async (mode) => {
      // Pooled connections in use and idle when the database goes.
      await Promise.all(Array.from({ length: 5 }, () => call({ method: 'GET', path: `/api/comment?path=${TERM}` })));
      waline.stopDatabase(mode);
      expect(await healthBecomes(503)).toBeLessThan(5_000);
      const during = await call({ method: 'GET', path: `/api/comment?type=count&url=${TERM}` });
      expect(during.status).toBeGreaterThanOrEqual(500);
      // Still the same process, still answering.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect((await fetch(`${waline.url}/healthz`)).status).toBe(503);
      const restarted = Date.now();
      waline.startDatabase();
      const recovered = await healthBecomes(200);
      console.log(
        `[waline] ${mode} stop: serving again ${recovered} ms after PostgreSQL was back (${Date.now() - restarted} ms after pg_ctl start began)`,
      );
      expect(recovered).toBeLessThan(5_000);
      expect((await call({ method: 'GET', path: `/api/comment?type=count&url=${TERM}` })).json?.errno).toBe(0);
      expect(
        outcome(
          await call({
            method: 'POST',
            path: '/api/comment',
            token: waline.member.token,
            body: { url: TERM, comment: `数据库回来之后 ${next()}` },
          }),
        ),
      ).toBe('allowed');
      await connectDatabase();
    },
    90_000,
  );
});

describe('speed limits under concurrency (issue 29, 5)', () => {
  beforeAll(async () => {
    await waline.stopWaline();
    await waline.startWaline({ IPQPS: '60', WALINE_ACCOUNT_INTERVAL: '60' });
  }, 120_000);

  const post = (account: WalineAccount, ip: string) =>
    call({
      method: 'POST',
      path: '/api/comment',
      token: account.token,
      ip,
      body: { url: TERM, comment: `同时发的 ${next()}`, nick: account.name, mail: account.email },
    });

  /** Exactly one of the simultaneous posts is taken; the others are told in Chinese to wait. */
  function expectOneTaken(answers: Answer[]) {
    const refused = answers.filter((a) => outcome(a) === 'refused');
    expect(answers.length - refused.length, 'posts taken').toBe(1);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(answer.json?.errmsg).toMatch(/^评论太快了：请 \d+ 秒后再发表。/);
    }
  }

  it('ten posts at once from one account and one address: one is taken', async () => {
    expectOneTaken(await Promise.all(Array.from({ length: 10 }, () => post(waline.member, '198.51.100.1'))));
  });

  it('ten posts at once from one account on ten addresses: one is taken', async () => {
    expectOneTaken(await Promise.all(Array.from({ length: 10 }, (_, i) => post(other, `198.51.100.${10 + i}`))));
  });

  it('posts at once from several accounts behind one address: one is taken', async () => {
    const accounts = await Promise.all(Array.from({ length: 5 }, () => throwawayAccount()));
    expectOneTaken(await Promise.all(accounts.map((a) => post(a, '198.51.100.99'))));
  });
});
