/**
 * The branch service (services/branch/) through the real discussion service
 * and a real PostgreSQL, one of each for the whole file (tools/waline-server.ts
 * on the branch tests' own ports): route by role against the documented
 * table, secret ballots (one per member, refused when closed or not eligible,
 * receipts that match what was cast, nothing in a dump or a log that links a
 * ballot to its voter), 民主评议, the confidential channel, signing out,
 * requests a cross-site form could send, the database stopping mid-vote, and
 * 学习记录: a member's log from two devices united without counting a minute
 * twice, the month sent in one tap (newest wins, a retry stores nothing twice),
 * nobody reading another's record, and members:report reading the service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PNG } from 'pngjs';
import { startWalineServer, type WalineAccount, type WalineServer } from '../../tools/waline-server';
import { BRANCH_DB_PORT, BRANCH_PORT } from '../../tools/ports';
import { ballotQuestion, beijingIn, pollDefinition } from '../../tools/branch-ballots';
import { runDocumentedBackup, runDocumentedRestore } from '../../tools/waline-backup';
import { ROUTES } from '../../services/branch/routes.mjs';
import { BRANCH_TABLES } from '../../services/branch/tables.mjs';
import { reviewFingerprint } from '../../services/branch/ballot-rules.mjs';
import { PG_ROLE } from '../../services/waline/local/pg-cluster.mjs';
import { addStudyTime, emptyLog } from '../../src/lib/study/log';
import { buildSubmission } from '../../src/lib/study/submission';
import { civilDateInShanghai } from '../../src/lib/civil-date';
import { npmScriptArgs } from '../support/npm-script';

const beijingToday = () => civilDateInShanghai(new Date());

type Role = 'guest' | 'member' | 'other' | 'admin';
const ROLES: readonly Role[] = ['guest', 'member', 'other', 'admin'];

const REVIEW_RULES = {
  grades: ['优秀', '合格', '基本合格', '不合格'],
  excellent: '优秀',
  excellentMaxShare: 1 / 3,
  rule: '“优秀”等次一般不超过参加评议的正式党员的三分之一',
  source: '测试用规则',
};

/** Seconds each short ballot stays open: long enough for the votes below on a slow machine. */
const SHORT = 20;
const QUESTIONS = [
  ballotQuestion('q1', '活动方案', ['参观学习', '志愿服务', '线上学习']),
  ballotQuestion('q2', '时间', ['周六', '周日'], 2),
];
const poll = (id: string, opens: number, closes: number, extra: Record<string, unknown> = {}) =>
  pollDefinition(id, opens, closes, QUESTIONS, extra);

let waline: WalineServer;
let folder: string;
let ballotsFile: string;
const accounts: Record<string, WalineAccount> = {};
const tokenOf: Record<Role, string | undefined> = { guest: undefined, member: '', other: '', admin: '' };

async function call(
  route: string,
  options: { token?: string; body?: unknown; method?: string; contentType?: string } = {},
): Promise<{ status: number; body: any; text: string }> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await fetch(`${waline.url}/branch/api/${route}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

const requestId = () => randomBytes(16).toString('hex');
const vote = (token: string, id: string, answers: Record<string, string[]>, request = requestId()) =>
  call(`ballots/${id}/cast`, { token, body: { answers, requestId: request } });

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'branch-test-'));
  ballotsFile = join(folder, 'ballots.json');
  waline = await startWalineServer({
    siteUrl: 'http://localhost',
    ports: { service: BRANCH_PORT, db: BRANCH_DB_PORT },
    env: { BRANCH_BALLOTS: ballotsFile, BRANCH_FORMAL_TESTS: join(folder, 'formal-tests.json') },
  });
  writeFileSync(join(folder, 'formal-tests.json'), JSON.stringify(FORMAL_KEY));
  accounts.secretary = waline.admin;
  accounts.member = waline.member;
  const create = (key: string, name: string) =>
    waline
      .createMember({ email: `${key}@example.org`, password: `${key}-password-1`, name })
      .then((a) => (accounts[key] = a));
  await create('other', '李党员');
  await create('probationary', '王预备');
  await create('activist', '赵积极');
  await create('inspector', '钱纪检');
  await create('outsider', '孙访客');
  for (let i = 1; i <= 3; i += 1) await create(`full${i}`, `周党员${i}`);
  const archive = (key: string, memberId: string, stage: string, duties: string[] = []) => ({
    memberId,
    name: accounts[key]!.name,
    stage,
    duties,
    accounts: [accounts[key]!.name],
  });
  const roster = await waline.setRoster([
    archive('secretary', 'secretary', '正式党员', ['书记']),
    archive('member', 'zhang', '正式党员'),
    archive('other', 'li', '正式党员'),
    archive('probationary', 'wang', '预备党员'),
    archive('activist', 'zhao', '入党积极分子'),
    archive('inspector', 'qian', '正式党员', ['纪检委员']),
    archive('full1', 'zhou1', '正式党员'),
    archive('full2', 'zhou2', '正式党员'),
    archive('full3', 'zhou3', '正式党员'),
    { memberId: 'nobody', name: '无账号', stage: '正式党员', duties: [], accounts: ['no-such-account'] },
  ]);
  expect(roster.unmatched.map((m) => m.memberId)).toEqual(['nobody']);
  tokenOf.member = accounts.member!.token;
  tokenOf.other = accounts.other!.token;
  tokenOf.admin = accounts.secretary!.token;
  // Written last, so the short ballots' time starts now (the service reads the file on first use).
  writeFileSync(
    ballotsFile,
    JSON.stringify({
      version: 1,
      ballots: [
        poll('roles', -60, 3600),
        poll('secret', -60, SHORT),
        poll('upcoming', 3600, 7200),
        poll('full-only', -60, 3600, { includeProbationary: false }),
        poll('changeable', -60, 3600, { changeable: true }),
        poll('crowd', -60, 3600),
        poll('outage', -60, 3600),
        {
          id: 'review',
          title: '测试民主评议',
          kind: 'review',
          opens: beijingIn(-60),
          // After the poll's: its tests run once the poll has closed.
          closes: beijingIn(SHORT + 10),
          includeProbationary: true,
          changeable: false,
          review: REVIEW_RULES,
        },
      ],
    }),
  );
}, 180_000);

afterAll(async () => {
  await waline?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('route by role (docs/branch-service.md, 接口)', () => {
  /** What each role gets from a route of each kind: allowed (any answer but 401/403) or refused with that status. */
  const EXPECTED: Record<string, Record<Role, 'allowed' | 401 | 403>> = {
    anyone: { guest: 'allowed', member: 'allowed', other: 'allowed', admin: 'allowed' },
    'signed-in': { guest: 401, member: 'allowed', other: 'allowed', admin: 'allowed' },
    member: { guest: 401, member: 'allowed', other: 'allowed', admin: 'allowed' },
    // The secretary reads 意见 as 书记; plain members read nothing.
    reader: { guest: 401, member: 403, other: 403, admin: 'allowed' },
    admin: { guest: 401, member: 403, other: 403, admin: 'allowed' },
  };
  // `tests/roles` is a formal test as well as a ballot (FORMAL_KEY below).
  const concrete = (path: string) =>
    path
      .replace(':id', path.startsWith('inbox') ? '1' : 'roles')
      .replace(':code', 'AAAA-BBBB-CCCC-DDDD')
      .replace(':month', '2026-11')
      .replace(':image', '1');

  it('documents every route in the table of docs/branch-service.md, and no other', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/branch-service.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| (GET|POST) \| `([^`]+)` \|/gm)].map(
      ([, method, path]) => `${method} ${path}`,
    );
    expect(documented.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  for (const route of ROUTES)
    for (const role of ROLES)
      it(`${route.method} ${route.path} as ${role}: ${EXPECTED[route.who]![role]}`, async () => {
        // A route that changes the caller's session is tried with a session of its own.
        const token =
          role === 'guest'
            ? undefined
            : route.path === 'sign-out'
              ? (
                  await waline.login(
                    accounts[role === 'admin' ? 'secretary' : role]!.email,
                    accounts[role === 'admin' ? 'secretary' : role]!.password,
                  )
                ).token
              : tokenOf[role];
        const body = route.method === 'POST' ? { requestId: requestId() } : undefined;
        const { status } = await call(concrete(route.path), { token, body, method: route.method });
        const expected = EXPECTED[route.who]![role];
        if (expected === 'allowed') expect([401, 403]).not.toContain(status);
        else expect(status).toBe(expected);
      });

  it('answers 404 for a route the table does not name, whoever calls', async () => {
    for (const role of ROLES) {
      expect((await call('ballots', { token: tokenOf[role] })).status).toBe(404);
      expect((await call('admin/users', { token: tokenOf[role] })).status).toBe(404);
    }
    expect((await call('me', { token: tokenOf.member, method: 'POST', body: {} })).status).toBe(405);
  });

  it('refuses an account that is not on the roster where a member is required', async () => {
    const outsider = accounts.outsider!.token;
    expect((await call('me', { token: outsider })).body.data.member).toBeNull();
    const cast = await vote(outsider, 'roles', { q1: ['o1'], q2: ['o1'] });
    expect(cast.status).toBe(403);
    expect(cast.body.error.message).toContain('党员档案');
  });
});

describe('secret ballots', () => {
  it('takes exactly one ballot per member; a retry of the same request gets the same receipt', async () => {
    const request = requestId();
    const first = await vote(accounts.member!.token, 'secret', { q1: ['o2'], q2: ['o1', 'o2'] }, request);
    expect(first.status).toBe(200);
    expect(first.body.data.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const again = await vote(accounts.member!.token, 'secret', { q1: ['o2'], q2: ['o1', 'o2'] }, request);
    expect(again.body.data.receipt).toBe(first.body.data.receipt);
    const second = await vote(accounts.member!.token, 'secret', { q1: ['o1'], q2: ['o1'] });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('每人只能投一次');
    const view = await call('ballots/secret', { token: accounts.member!.token });
    expect(view.body.data.me).toMatchObject({ eligible: true, voted: true });
  });

  it('checks the choices against the question: unknown options, too many or too few', async () => {
    const token = accounts.other!.token;
    expect((await vote(token, 'roles', { q1: ['o9'], q2: ['o1'] })).status).toBe(400);
    expect((await vote(token, 'roles', { q1: ['o1', 'o2'], q2: ['o1'] })).body.error.message).toContain('请选择 1 项');
    expect((await vote(token, 'roles', { q1: ['o1'] })).body.error.message).toContain('时间');
  });

  it('lets only the roll vote: 预备党员 when the ballot includes them, never an 入党积极分子', async () => {
    expect((await vote(accounts.probationary!.token, 'secret', { q1: ['o1'], q2: ['o2'] })).status).toBe(200);
    const excluded = await vote(accounts.probationary!.token, 'full-only', { q1: ['o1'], q2: ['o2'] });
    expect(excluded.status).toBe(403);
    expect(excluded.body.error.message).toContain('不在本次投票的名单上');
    expect((await vote(accounts.activist!.token, 'secret', { q1: ['o1'], q2: ['o2'] })).status).toBe(403);
  });

  it('refuses a vote before opening, and shows turnout but never results while open', async () => {
    const early = await vote(accounts.other!.token, 'upcoming', { q1: ['o1'], q2: ['o2'] });
    expect(early.status).toBe(423);
    expect(early.body.error.message).toContain('还没有开始');
    const open = await call('ballots/secret');
    expect(open.body.data).toMatchObject({ state: 'open', turnout: { voted: 2, eligible: 8 } });
    const results = await call('ballots/secret/results');
    expect(results.status).toBe(423);
    expect(results.body.error.message).toContain('截止');
  });

  it('changes a ballot only where allowed, with the receipt and the change key', async () => {
    const token = accounts.other!.token;
    const cast = await vote(token, 'changeable', { q1: ['o1'], q2: ['o1'] });
    const { receipt, changeKey } = cast.body.data;
    expect(changeKey).toBeTruthy();
    const wrongKey = await call('ballots/changeable/cast', {
      token,
      body: { answers: { q1: ['o3'], q2: ['o1'] }, requestId: requestId(), receipt, changeKey: 'x'.repeat(43) },
    });
    expect(wrongKey.status).toBe(403);
    const changed = await call('ballots/changeable/cast', {
      token,
      body: { answers: { q1: ['o3'], q2: ['o2'] }, requestId: requestId(), receipt, changeKey },
    });
    expect(changed.body.data.receipt).toBe(receipt);
    const [row] = await waline.query<{ casts: { receipt: string; answers: unknown }[]; voters: number[] }>(
      `SELECT casts, voters FROM branch_ballot WHERE id = 'changeable'`,
    );
    expect(row!.casts).toHaveLength(1);
    expect(row!.casts[0]!.answers).toEqual({ q1: ['o3'], q2: ['o2'] });
  });

  it('keeps nothing in a dump or the logs that links a ballot to its voter', async () => {
    const [row] = await waline.query<{ voters: number[]; casts: { receipt: string }[] }>(
      `SELECT voters, casts FROM branch_ballot WHERE id = 'secret'`,
    );
    // Voters in account order, casts in receipt order: neither tells who voted when.
    expect(row!.voters).toEqual([...row!.voters].sort((a, b) => a - b));
    expect(row!.casts.map((c) => c.receipt)).toEqual(row!.casts.map((c) => c.receipt).sort());
    const dump = waline.dump();
    const ballotLines = dump.split('\n').filter((line) => line.startsWith('secret\t'));
    expect(ballotLines).toHaveLength(1);
    // Columns in the table's order: id, definition (public), eligible, voters, casts, candidates.
    const [, , eligible, voters, casts, candidates] = ballotLines[0]!.split('\t');
    // A cast holds its receipt and choices, nothing else: no account, name, address or time.
    for (const cast of JSON.parse(casts!) as Record<string, unknown>[])
      expect(Object.keys(cast).sort()).toEqual(['answers', 'receipt']);
    for (const key of ['member', 'probationary']) {
      const account = accounts[key]!;
      expect(casts).not.toContain(account.email);
      expect(casts).not.toContain(account.name);
    }
    // No time of any kind beside the casts (a sign-in time could be matched against it).
    for (const column of [eligible, voters, casts, candidates]) expect(column).not.toMatch(/\d{2}:\d{2}/);
    const logs = waline.logs();
    for (const cast of row!.casts) expect(logs).not.toContain(cast.receipt);
    expect(logs).not.toMatch(/branch_ballot/);
  });

  it('publishes the results and every receipt with its choices after closing, and refuses a late vote', async () => {
    const view = await call('ballots/secret');
    const wait = Date.parse(view.body.data.closes) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 500));
    const late = await vote(accounts.other!.token, 'secret', { q1: ['o1'], q2: ['o1'] });
    expect(late.status).toBe(423);
    expect(late.body.error.message).toContain('截止');
    const { body } = await call('ballots/secret/results');
    expect(body.data).toMatchObject({ cast: 2, eligible: 8 });
    expect(body.data.tallies.q1).toEqual({ o1: 1, o2: 1, o3: 0 });
    expect(body.data.tallies.q2).toEqual({ o1: 1, o2: 2 });
    expect(body.data.receipts).toContainEqual({
      receipt: expect.any(String),
      answers: { q1: ['o2'], q2: ['o1', 'o2'] },
    });
  }, 60_000);
});

describe('民主评议', () => {
  const grades = (ids: string[], excellent: number) =>
    Object.fromEntries(ids.map((id, i) => [id, i < excellent ? '优秀' : '合格']));
  let salt: string;
  let mine: Record<string, string>;
  let receipt: string;

  it('lists every full member but the voter, never a 预备党员', async () => {
    const { body } = await call('ballots/review', { token: accounts.member!.token });
    const ids = body.data.candidates.map((c: { memberId: string }) => c.memberId);
    expect(ids).toEqual(['li', 'qian', 'secretary', 'zhou1', 'zhou2', 'zhou3']);
    const probationary = await call('ballots/review', { token: accounts.probationary!.token });
    expect(probationary.body.data.me.eligible).toBe(true);
    expect(probationary.body.data.candidates).toHaveLength(7);
  });

  it('refuses too many 优秀, a missing grade and grading oneself, with the rule in the message', async () => {
    const ids = ['li', 'qian', 'secretary', 'zhou1', 'zhou2', 'zhou3'];
    const cast = (g: Record<string, string>) =>
      call('ballots/review/cast', {
        token: accounts.member!.token,
        body: { grades: g, salt: requestId(), requestId: requestId() },
      });
    const tooMany = await cast(grades(ids, 3));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain('最多评 2 人');
    expect(tooMany.body.error.message).toContain('三分之一');
    expect((await cast(grades(ids.slice(1), 1))).body.error.message).toContain('李党员');
    expect((await cast({ ...grades(ids, 1), zhang: '合格' })).status).toBe(400);
    salt = requestId();
    mine = grades(ids, 2);
    const ok = await call('ballots/review/cast', {
      token: accounts.member!.token,
      body: { grades: mine, salt, requestId: requestId() },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data.fingerprint).toBe(reviewFingerprint(salt, mine));
    receipt = ok.body.data.receipt;
    const other = await call('ballots/review/cast', {
      token: accounts.other!.token,
      body: {
        grades: { ...grades(['qian', 'secretary', 'zhou1', 'zhou2', 'zhou3', 'zhang'], 0), zhang: '基本合格' },
        salt: requestId(),
        requestId: requestId(),
      },
    });
    expect(other.status).toBe(200);
  });

  it('publishes totals and fingerprints only; the per-member report reaches the secretary alone', async () => {
    expect((await call('ballots/review/report', { token: accounts.secretary!.token })).status).toBe(423);
    const view = await call('ballots/review');
    const wait = Date.parse(view.body.data.closes) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 500));
    const { body } = await call('ballots/review/results');
    expect(body.data.totals).toEqual({ 优秀: 2, 合格: 9, 基本合格: 1, 不合格: 0 });
    expect(body.data.receipts).toContainEqual({
      receipt,
      counts: { 优秀: 2, 合格: 4, 基本合格: 0, 不合格: 0 },
      fingerprint: reviewFingerprint(salt, mine),
    });
    expect(JSON.stringify(body)).not.toMatch(/zhang|李党员|secretary/);
    expect((await call('ballots/review/report', { token: accounts.member!.token })).status).toBe(403);
    const report = await call('ballots/review/report', { token: accounts.secretary!.token });
    const zhang = report.body.data.rows.find((r: unknown[]) => r[1] === 'zhang');
    expect(zhang).toEqual(['张党员', 'zhang', 1, 0, 0, 1, 0]);
    const csv = await call('ballots/review/report?format=csv', { token: accounts.secretary!.token });
    expect(csv.text).toContain('张党员,zhang,1,0,0,1,0');
    const audit = await waline.query<{ action: string; target: string }>(
      `SELECT action, target FROM branch_audit WHERE action = 'ballot-report'`,
    );
    expect(audit.length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

describe('the confidential channel', () => {
  it('takes an 意见 and an anonymous 举报; a retry stores nothing twice', async () => {
    const request = requestId();
    const opinion = { kind: 'opinion', category: '组织生活', text: '建议主题党日提前一周通知。', requestId: request };
    const first = await call('messages', { token: accounts.member!.token, body: opinion });
    expect(first.status).toBe(200);
    const again = await call('messages', { token: accounts.member!.token, body: opinion });
    expect(again.body.data.code).toBe(first.body.data.code);
    const report = await call('messages', {
      token: accounts.other!.token,
      body: {
        kind: 'report',
        category: '作风问题',
        text: '反映一个测试问题。',
        anonymous: true,
        requestId: requestId(),
      },
    });
    expect(report.status).toBe(200);
    const rows = await waline.query<{ kind: string; account_id: number | null }>(
      `SELECT kind, account_id FROM branch_message ORDER BY id`,
    );
    expect(rows).toEqual([
      { kind: 'opinion', account_id: accounts.member!.id },
      { kind: 'report', account_id: null },
    ]);
    const tracked = await call(`messages/${report.body.data.code.toLowerCase()}`);
    expect(tracked.body.data).toMatchObject({ kind: 'report', status: 'received', replies: [] });
  });

  it('shows each message to its readers only, audits every read, and the sender reads the reply by code', async () => {
    const secretaryInbox = await call('inbox', { token: accounts.secretary!.token });
    expect(secretaryInbox.body.data.map((m: { kind: string }) => m.kind)).toEqual(['opinion']);
    const inspectorInbox = await call('inbox', { token: accounts.inspector!.token });
    const report = inspectorInbox.body.data.find((m: { kind: string }) => m.kind === 'report');
    expect(report.sender).toBeNull();
    expect((await call(`inbox/${report.id}`, { token: accounts.secretary!.token })).status).toBe(403);
    expect((await call(`inbox/${report.id}`, { token: accounts.other!.token })).status).toBe(403);
    const read = await call(`inbox/${report.id}`, { token: accounts.inspector!.token });
    expect(read.body.data.text).toBe('反映一个测试问题。');
    const replyBody = { text: '已收到，正在核实。', requestId: requestId() };
    const reply = await call(`inbox/${report.id}/reply`, { token: accounts.inspector!.token, body: replyBody });
    expect(reply.status).toBe(200);
    // Sent again after a lost answer: stored once.
    expect((await call(`inbox/${report.id}/reply`, { token: accounts.inspector!.token, body: replyBody })).status).toBe(
      200,
    );
    expect(await waline.query(`SELECT body FROM branch_reply WHERE message_id = $1`, [report.id])).toHaveLength(1);
    const audit = await waline.query<{ account_id: number; action: string }>(
      `SELECT account_id, action FROM branch_audit WHERE target = $1 ORDER BY id`,
      [String(report.id)],
    );
    expect(audit).toEqual([
      { account_id: accounts.inspector!.id, action: 'message-read' },
      { account_id: accounts.inspector!.id, action: 'message-reply' },
    ]);
    const csv = await call('inbox.csv', { token: accounts.inspector!.token });
    expect(csv.text).toContain('已收到，正在核实。');
    const stats = await call('stats');
    expect(stats.body.data.messages).toEqual({
      opinion: { total: 1, byCategory: { 组织生活: 1 } },
      report: { total: 1, byCategory: { 作风问题: 1 } },
    });
    expect(stats.text).not.toContain('测试问题');
  });

  it('keeps the text of a message out of the logs', () => {
    expect(waline.logs()).not.toContain('反映一个测试问题');
  });
});

describe('sessions and forged requests', () => {
  it('refuses a body a cross-site form could send, and a request without the session header', async () => {
    const token = accounts.full1!.token;
    const body = JSON.stringify({ answers: { q1: ['o1'], q2: ['o1'] }, requestId: requestId() });
    expect((await call('ballots/roles/cast', { token, body, contentType: 'text/plain' })).status).toBe(415);
    expect(
      (await call('ballots/roles/cast', { token, body: 'answers=1', contentType: 'application/x-www-form-urlencoded' }))
        .status,
    ).toBe(415);
    expect((await call('ballots/roles/cast', { body })).status).toBe(401);
  });

  it('ends a session everywhere on signing out: the branch service and the comments', async () => {
    const session = await waline.login(accounts.full2!.email, accounts.full2!.password);
    expect((await call('me', { token: session.token })).status).toBe(200);
    expect((await call('sign-out', { token: session.token, body: {} })).status).toBe(200);
    expect((await call('me', { token: session.token })).status).toBe(401);
    await expect(waline.post(session, 'articles/sign-out-test', '退出后还能发言吗？')).rejects.toThrow();
    // The member's other sessions (another phone) go on.
    expect((await call('me', { token: accounts.full2!.token })).status).toBe(200);
  });
});

describe('the database stopping mid-vote', () => {
  it('answers a clear 503, writes nothing half, and counts the retry once when it is back', async () => {
    const token = accounts.full3!.token;
    const request = requestId();
    // Freeze the ballot first, so the stop hits the vote itself.
    await call('ballots/outage', { token });
    waline.stopDatabase('immediate');
    try {
      const refused = await vote(token, 'outage', { q1: ['o1'], q2: ['o1'] }, request);
      expect([401, 503]).toContain(refused.status);
      if (refused.status === 503) expect(refused.body.error.message).toContain('仍在页面上');
    } finally {
      waline.startDatabase();
    }
    let retried = await vote(token, 'outage', { q1: ['o1'], q2: ['o1'] }, request);
    for (let i = 0; i < 20 && retried.status === 503; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      retried = await vote(token, 'outage', { q1: ['o1'], q2: ['o1'] }, request);
    }
    expect(retried.status).toBe(200);
    expect((await vote(token, 'outage', { q1: ['o1'], q2: ['o1'] }, request)).body.data.receipt).toBe(
      retried.body.data.receipt,
    );
    const [row] = await waline.query<{ casts: unknown[] }>(`SELECT casts FROM branch_ballot WHERE id = 'outage'`);
    expect(row!.casts).toHaveLength(1);
  }, 60_000);
});

describe('backup and restore as docs/waline.md writes them', () => {
  it('brings back every table of the branch service as it was', async () => {
    const tables = BRANCH_TABLES;
    const snapshot = async () =>
      Object.fromEntries(
        await Promise.all(
          tables.map(async (table) => [table, JSON.stringify(await waline.query(`SELECT * FROM ${table} ORDER BY 1`))]),
        ),
      );
    const before = await snapshot();
    expect(JSON.parse(before.branch_ballot!).length).toBeGreaterThan(0);
    const backups = join(folder, 'backups');
    runDocumentedBackup(waline.dbPort, backups);
    // A lost day: the tables emptied, then the backup restored over them.
    await waline.query(`TRUNCATE ${tables.join(', ')}`);
    runDocumentedRestore(waline.dbPort, backups);
    expect(await snapshot()).toEqual(before);
  });
});

describe('load', () => {
  it('counts 200 members voting at once exactly once each', async () => {
    // The roster gets 200 more members (accounts made directly: Waline's sign-up is not what is tested here).
    const hash = (
      await waline.query<{ password: string }>(`SELECT password FROM wl_users WHERE id = $1`, [accounts.member!.id])
    )[0]!.password;
    const ids = await waline.query<{ id: number }>(
      `INSERT INTO wl_users (display_name, email, password, type)
       SELECT 'crowd-' || g, 'crowd-' || g || '@example.org', $1, 'guest' FROM generate_series(1, 200) g RETURNING id`,
      [hash],
    );
    const crowd = ids.map((_, i) => `crowd-${i + 1}`);
    await waline.query(
      `INSERT INTO branch_member (account_id, member_id, name, stage) SELECT id, 'crowd-' || id, display_name, '正式党员' FROM wl_users WHERE display_name = ANY($1)`,
      [crowd],
    );
    // The crowd ballot's roll was frozen when it was first used: it has not been yet.
    const tokens = await Promise.all(ids.map(({ id }) => waline.sessionFor(id)));
    const answers = tokens.map((_, i) => ({ q1: [`o${(i % 3) + 1}`], q2: ['o1'] }));
    const results = await Promise.all(tokens.map((token, i) => vote(token, 'crowd', answers[i]!)));
    expect(results.map((r) => r.status)).toEqual(tokens.map(() => 200));
    // Each again, at once: all refused, nothing added.
    const again = await Promise.all(tokens.map((token, i) => vote(token, 'crowd', answers[i]!)));
    expect(new Set(again.map((r) => r.status))).toEqual(new Set([409]));
    const [row] = await waline.query<{ casts: unknown[]; voters: number[] }>(
      `SELECT casts, voters FROM branch_ballot WHERE id = 'crowd'`,
    );
    expect(row!.casts).toHaveLength(200);
    expect(new Set(row!.voters).size).toBe(200);
    await waline.query(`DELETE FROM branch_member WHERE member_id LIKE 'crowd-%'`);
  }, 180_000);
});

describe('思想汇报 and 征文 submitted from the page', () => {
  const report = (extra: Record<string, unknown> = {}) => ({
    kind: 'report',
    title: '学习党章的体会',
    byline: '姓 + 同志',
    stage: '入党积极分子',
    text: '第一段。\n\n<script>alert(1)</script>第二段：认真学习。',
    requestId: requestId(),
    ...extra,
  });
  const save = (token: string, body: Record<string, unknown>) => call('submissions', { token, body });

  it('keeps a draft once however often the same save is retried, and only for its author', async () => {
    const token = accounts.activist!.token;
    const body = report();
    const first = await save(token, body);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ status: 'draft', title: '学习党章的体会', note: null });
    const again = await save(token, body);
    expect(again.body.data.id).toBe(first.body.data.id);
    const rows = await waline.query(`SELECT id FROM branch_submission WHERE account_id = $1`, [accounts.activist!.id]);
    expect(rows).toHaveLength(1);
    const id = first.body.data.id;
    expect((await call(`submissions/${id}`, { token })).body.data.text).toContain('第二段');
    // Another member, by address and by API, and the editors while it is a draft: not found.
    expect((await call(`submissions/${id}`, { token: accounts.other!.token })).status).toBe(404);
    expect((await call('submissions', { token: accounts.other!.token })).body.data).toEqual([]);
    expect((await save(accounts.other!.token, report({ id, title: '改别人的' }))).status).toBe(404);
    expect((await call(`review/${id}`, { token: accounts.secretary!.token })).status).toBe(404);
    expect((await call('review', { token: accounts.secretary!.token })).body.data).toEqual([]);
    expect((await call(`review/${id}`, { token: accounts.other!.token })).status).toBe(403);
  });

  it('says in plain words what is missing or too long', async () => {
    const token = accounts.activist!.token;
    const noStage = await save(token, report({ stage: '', submit: true }));
    expect(noStage.status).toBe(400);
    expect(noStage.body.error.message).toContain('阶段');
    const long = await save(token, report({ title: '长'.repeat(61) }));
    expect(long.status).toBe(413);
    expect(long.body.error.message).toBe('标题最多 60 字，现在 61 字，请删减后再保存。');
    const noContest = await save(token, report({ kind: 'essay', submit: true }));
    expect(noContest.body.error.message).toContain('征文活动');
  });

  it('goes to the editors when submitted, comes back with a note, and is published once', async () => {
    const token = accounts.activist!.token;
    const [draft] = (await call('submissions', { token })).body.data;
    const submitBody = report({ id: draft.id, submit: true, title: '学习党章的体会（定稿）' });
    const submitted = await save(token, submitBody);
    expect(submitted.body.data).toMatchObject({ status: 'submitted', submittedOn: expect.any(String) });
    // The answer was lost and the page sends it again: the same, not a second submission and not refused.
    expect((await save(token, submitBody)).body.data).toMatchObject({ id: draft.id, status: 'submitted' });
    const locked = await save(token, report({ id: draft.id, title: '再改' }));
    expect(locked.status).toBe(409);

    const list = await call('review', { token: accounts.secretary!.token });
    expect(list.body.data).toEqual([
      expect.objectContaining({ id: draft.id, kind: 'report', title: '学习党章的体会（定稿）', author: '赵积极' }),
    ]);
    expect(JSON.stringify(list.body.data)).not.toContain('第二段');
    const opened = await call(`review/${draft.id}`, { token: accounts.secretary!.token });
    expect(opened.body.data.entry).toEqual({
      title: '学习党章的体会（定稿）',
      author: '赵积极',
      byline: '姓 + 同志',
      stage: '入党积极分子',
      date: submitted.body.data.submittedOn,
      body: '第一段。\n\n<script>alert(1)</script>第二段：认真学习。',
    });

    const back = { note: '请补充联系实际的部分。', requestId: requestId() };
    expect((await call(`review/${draft.id}/return`, { token: accounts.secretary!.token, body: back })).status).toBe(
      200,
    );
    expect((await call(`review/${draft.id}/return`, { token: accounts.secretary!.token, body: back })).status).toBe(
      200,
    );
    const returned = await call(`submissions/${draft.id}`, { token });
    expect(returned.body.data).toMatchObject({ status: 'returned', note: '请补充联系实际的部分。' });
    expect((await call('review', { token: accounts.secretary!.token })).body.data).toEqual([]);

    const resubmitted = await save(token, report({ id: draft.id, submit: true, text: '补充后的正文。' }));
    expect(resubmitted.body.data).toMatchObject({ status: 'submitted', note: null });
    const done = { requestId: requestId() };
    expect((await call(`review/${draft.id}/published`, { token: accounts.secretary!.token, body: done })).status).toBe(
      200,
    );
    expect((await call(`review/${draft.id}/published`, { token: accounts.secretary!.token, body: done })).status).toBe(
      200,
    );
    expect((await call(`submissions/${draft.id}`, { token })).body.data.status).toBe('published');
    expect(
      (
        await call(`review/${draft.id}/return`, {
          token: accounts.secretary!.token,
          body: { ...back, requestId: requestId() },
        })
      ).status,
    ).toBe(409);
    const audit = await waline.query<{ action: string }>(
      `SELECT action FROM branch_audit WHERE target = $1 AND action LIKE 'submission-%' ORDER BY id`,
      [String(draft.id)],
    );
    expect(audit.map((a) => a.action)).toEqual(['submission-read', 'submission-return', 'submission-publish']);
    expect(waline.logs()).not.toContain('认真学习');
  });

  it('opens an essay as the 征文作品 entry of its contest', async () => {
    const essay = await save(
      accounts.member!.token,
      report({ kind: 'essay', contest: '2026-party-history', stage: '', submit: true, title: '我心中的党史' }),
    );
    expect(essay.body.data).toMatchObject({ kind: 'essay', status: 'submitted', contest: '2026-party-history' });
    const opened = await call(`review/${essay.body.data.id}`, { token: accounts.secretary!.token });
    expect(opened.body.data.entry).toEqual({
      title: '我心中的党史',
      author: '张党员',
      contest: '2026-party-history',
      date: essay.body.data.submittedOn,
      body: expect.stringContaining('第二段'),
    });
    expect((await save(accounts.member!.token, report({ kind: 'essay', contest: '不是编号' }))).status).toBe(400);
  });

  describe('images', () => {
    /** Bytes that start as a JPEG does (the service checks the type and the first bytes, and never decodes). */
    const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
    const png = () => {
      const image = new PNG({ width: 4, height: 4 });
      return PNG.sync.write(image);
    };
    const upload = (token: string, id: number, bytes: Buffer, type = 'image/jpeg', request = requestId()) =>
      fetch(`${waline.url}/branch/api/submissions/${id}/images?requestId=${request}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': type },
        body: new Uint8Array(bytes),
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    const fetchBytes = (route: string, token: string) =>
      fetch(`${waline.url}/branch/api/${route}`, { headers: { authorization: `Bearer ${token}` } });

    it('keeps up to 3 scaled images per piece, once per upload however often retried', async () => {
      const token = accounts.probationary!.token;
      const piece = (await save(token, report({ title: '配图的汇报' }))).body.data;
      const first = jpeg(2000);
      const request = requestId();
      const stored = await upload(token, piece.id, first, 'image/jpeg', request);
      expect(stored.status).toBe(200);
      expect(stored.body.data).toMatchObject({ type: 'image/jpeg', bytes: 2000 });
      // The answer was lost and the page sends it again: the same image, not a second one.
      expect((await upload(token, piece.id, first, 'image/jpeg', request)).body.data.id).toBe(stored.body.data.id);
      expect((await upload(token, piece.id, jpeg(500 * 1024))).status).toBe(200);
      expect((await upload(token, piece.id, jpeg(100))).status).toBe(200);
      const fourth = await upload(token, piece.id, jpeg(100));
      expect(fourth.status).toBe(429);
      expect(fourth.body.error.message).toContain('最多 3 张');
      const mine = (await call(`submissions/${piece.id}`, { token })).body.data;
      expect(mine.images.map((i: { bytes: number }) => i.bytes)).toEqual([2000, 500 * 1024, 100]);
      const read = await fetchBytes(`submissions/${piece.id}/images/${stored.body.data.id}`, token);
      expect(read.headers.get('content-type')).toBe('image/jpeg');
      expect(Buffer.from(await read.arrayBuffer()).equals(first)).toBe(true);
      // 删除 frees a place; deleting it again is no error.
      const gone = `submissions/${piece.id}/images/${mine.images[2].id}/delete`;
      expect((await call(gone, { token, body: {} })).status).toBe(200);
      expect((await call(gone, { token, body: {} })).status).toBe(200);
      expect((await call(`submissions/${piece.id}`, { token })).body.data.images).toHaveLength(2);
    });

    it('refuses another type, a larger image and a JSON body with the limit in plain words', async () => {
      const token = accounts.probationary!.token;
      const piece = (await save(token, report({ title: '格式不对的图' }))).body.data;
      const wrong = await upload(token, piece.id, png(), 'image/png');
      expect(wrong.status).toBe(415);
      expect(wrong.body.error.message).toBe('图片只能是 JPG 或 WebP 格式，请换一张照片或截图。');
      // Declared a JPEG but is not one.
      expect((await upload(token, piece.id, png(), 'image/jpeg')).status).toBe(415);
      const large = await upload(token, piece.id, jpeg(500 * 1024 + 1));
      expect(large.status).toBe(413);
      expect(large.body.error.message).toContain('500 KB');
      // The JSON routes keep their 64 KB limit.
      expect((await save(token, report({ text: 'x'.repeat(70 * 1024) }))).status).toBe(413);
      expect((await call(`submissions/${piece.id}`, { token })).body.data.images).toEqual([]);
    });

    it('shows an image to its author and, once submitted, to the editors as an audited download; never to others', async () => {
      const token = accounts.probationary!.token;
      const piece = (await save(token, report({ title: '给编辑看的图' }))).body.data;
      const bytes = jpeg(3000);
      const image = (await upload(token, piece.id, bytes)).body.data;
      const own = `submissions/${piece.id}/images/${image.id}`;
      const editors = `review/${piece.id}/images/${image.id}`;
      const other = accounts.other!.token;
      expect((await fetchBytes(own, other)).status).toBe(404);
      expect((await upload(other, piece.id, jpeg(100))).status).toBe(404);
      expect((await call(`${own}/delete`, { token: other, body: {} })).status).toBe(404);
      expect((await fetchBytes(editors, other)).status).toBe(403);
      // A draft is the author's alone.
      expect((await fetchBytes(editors, accounts.secretary!.token)).status).toBe(404);

      await save(token, report({ id: piece.id, submit: true, title: '给编辑看的图' }));
      expect((await upload(token, piece.id, jpeg(100))).status).toBe(409);
      expect((await call(`${own}/delete`, { token, body: {} })).status).toBe(409);
      const waiting = (await call('review', { token: accounts.secretary!.token })).body.data;
      expect(waiting.find((w: { id: number }) => w.id === piece.id).images).toEqual([
        { id: image.id, type: 'image/jpeg', bytes: 3000 },
      ]);
      const download = await fetchBytes(editors, accounts.secretary!.token);
      expect(download.headers.get('content-disposition')).toBe(`attachment; filename="submission-${piece.id}-1.jpg"`);
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
      const audit = await waline.query<{ action: string }>(`SELECT action FROM branch_audit WHERE target = $1`, [
        `${piece.id}/${image.id}`,
      ]);
      expect(audit.map((a) => a.action)).toEqual(['submission-image-read']);

      // Published: the editor has put it in the CMS entry, and the service keeps no copy.
      await call(`review/${piece.id}/published`, {
        token: accounts.secretary!.token,
        body: { requestId: requestId() },
      });
      expect((await fetchBytes(own, token)).status).toBe(404);
      expect(await waline.query(`SELECT id FROM branch_submission_image WHERE submission_id = $1`, [piece.id])).toEqual(
        [],
      );
    });
  });
});

describe('学习记录 (services/branch/study.mjs)', () => {
  const today = beijingToday();
  const month = today.slice(0, 7);
  const RULES = {
    readingMinutesPerPoint: 10,
    mediaMinutesPerPoint: 10,
    pointsPerTestPassed: 5,
    pointsPerDailyCorrect: 1,
  };
  const tally = (device: string, minutes: number) => ({
    devices: { [device]: { [today]: { 'lessons/one': { read: minutes * 60, media: 0 } } } },
    lessons: { one: today },
    attempts: [],
  });
  const sync = (token: string, body: Record<string, unknown>) =>
    call('study/sync', { token, body: { ...body, requestId: requestId() } });
  const monthOf = (memberId: string, minutes: number, now = new Date()) =>
    buildSubmission(
      addStudyTime(emptyLog(), 'lessons/one', [{ date: today, kind: 'read', ms: minutes * 60_000 }], 86_400),
      { member: memberId, month, now, rules: RULES, lessonTitle: (id) => id },
    );
  const send = (token: string, submission: unknown, to = month) =>
    call(`study/months/${to}`, { token, body: { submission, requestId: requestId() } });

  it('unites two devices, synced repeatedly and in any order, never counting a minute twice', async () => {
    const token = accounts.member!.token;
    await sync(token, tally('phone-0000000001', 10));
    await sync(token, tally('laptop-000000001', 15));
    // The phone again (a retry, a second tab), then with more time: raised, not added.
    await sync(token, tally('phone-0000000001', 10));
    const answer = await sync(token, tally('phone-0000000001', 12));
    expect(answer.status).toBe(200);
    const { devices, lessons } = answer.body.data;
    expect(Object.keys(devices).sort()).toEqual(['laptop-000000001', 'phone-0000000001']);
    const seconds = Object.values(devices as Record<string, Record<string, Record<string, { read: number }>>>)
      .flatMap((days) => Object.values(days[today] ?? {}))
      .reduce((sum, t) => sum + t.read, 0);
    expect(seconds).toBe((12 + 15) * 60);
    expect(lessons).toEqual({ one: today });
    // A new phone (storage cleared) gets everything back on its first sync.
    const fresh = await sync(token, { devices: {}, lessons: {}, attempts: [] });
    expect(fresh.body.data.devices).toEqual(devices);
    expect(await waline.query(`SELECT 1 FROM branch_study_time WHERE member_id = 'zhang'`)).toHaveLength(2);
  });

  it('keeps the month sent in one tap, the newest winning; a retry stores it once', async () => {
    const token = accounts.member!.token;
    const first = monthOf('zhang', 27);
    const sent = await send(token, first);
    expect(sent.status).toBe(200);
    expect(sent.body.data).toMatchObject({ month, createdAt: first.createdAt, newerKept: false });
    expect((await send(token, first)).body.data.receivedAt).toBe(sent.body.data.receivedAt);
    const older = monthOf('zhang', 5, new Date(Date.parse(first.createdAt) - 60_000));
    expect((await send(token, older)).body.data).toMatchObject({ createdAt: first.createdAt, newerKept: true });
    const rows = await waline.query<{ submission: { record: { minutes: number } } }>(
      `SELECT submission FROM branch_study_month WHERE member_id = 'zhang'`,
    );
    expect(rows.map((r) => r.submission.record.minutes)).toEqual([27]);
    const mine = await call('study', { token });
    expect(mine.body.data.months).toEqual([
      { month, createdAt: first.createdAt, receivedAt: sent.body.data.receivedAt },
    ]);
  });

  it('lets nobody read or write another member’s record, by address or by body', async () => {
    const other = accounts.other!.token;
    for (const route of ['study', 'study?member=zhang', 'study?memberId=zhang']) {
      const answer = await call(route, { token: other });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ devices: {}, lessons: {}, attempts: [], months: [] });
    }
    expect((await call('study/months', { token: other })).status).toBe(403);
    expect((await call(`study/months?month=${month}`, { token: other })).status).toBe(403);
    expect((await call('study/zhang', { token: other })).status).toBe(404);
    const forged = await send(other, monthOf('zhang', 600));
    expect(forged.status).toBe(403);
    expect(forged.body.error.message).toBe('这份学习记录不是您本人的，不能提交。请刷新页面后再试。');
    expect((await call('study')).status).toBe(401);
    // An account not linked to an archive has no record to keep.
    expect((await call('study', { token: accounts.outsider!.token })).status).toBe(403);
    const rows = await waline.query(`SELECT member_id FROM branch_study_month`);
    expect(rows).toEqual([{ member_id: 'zhang' }]);
  });

  it('refuses a month past the import’s limits, a future month and too large a body, in plain words', async () => {
    const token = accounts.member!.token;
    const record = monthOf('zhang', 10);
    const crowded = { ...record, record: { ...record.record, tests: Array.from({ length: 401 }, () => ({})) } };
    const tooMany = await send(token, crowded);
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.message).toBe(
      `${month} 有 401 条测试记录，一个月的记录不会超过 400 条，没有保存。请联系支部书记。`,
    );
    const next = `${Number(month.slice(0, 4)) + 1}-01`;
    expect((await send(token, { ...record, month: next }, next)).body.error.message).toContain('还没有到');
    const huge = await call(`study/months/${month}`, {
      token,
      body: { submission: record, padding: 'x'.repeat(300 * 1024), requestId: requestId() },
    });
    expect(huge.status).toBe(413);
    expect(await waline.query(`SELECT 1 FROM branch_study_month`)).toHaveLength(1);
  });

  it('gives the secretary every month sent, audited; members:report counts it with the archives', async () => {
    const list = await call(`study/months?month=${month}`, { token: accounts.secretary!.token });
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: { member: string; name: string }) => [r.member, r.name])).toEqual([
      ['zhang', '张党员'],
    ]);
    const audit = await waline.query<{ action: string; target: string }>(
      `SELECT action, target FROM branch_audit WHERE action = 'study-export' AND target = $1`,
      [month],
    );
    expect(audit).toEqual([{ action: 'study-export', target: month }]);

    const members = join(folder, 'members');
    mkdirSync(members);
    for (const [id, name] of [
      ['zhang', '张党员'],
      ['li', '李党员'],
    ])
      writeFileSync(
        join(members, `${id}.yml`),
        `name: ${name}\nstage: 正式党员\njoined: 2020-01-01\nbranch: 第一党支部\nstatus: 正常\n`,
      );
    const out = join(folder, 'report');
    const report = spawnSync(process.execPath, [...npmScriptArgs('members:report'), month, '--out', out], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
      env: {
        ...process.env,
        MEMBERS_DIR: members,
        PG_HOST: '127.0.0.1',
        PG_PORT: String(waline.dbPort),
        PG_DB: 'waline',
        PG_USER: PG_ROLE,
        PG_PASSWORD: '',
      },
    });
    expect(report.stderr).toBe('');
    expect(report.stdout).toContain('从支部服务读取 1 份学习记录');
    expect(report.stdout).toContain('2 人，有记录 1 人（本人提交 1 人）');
    const csv = readFileSync(join(out, `${month}.csv`), 'utf8');
    expect(csv).toContain(`${month},zhang,张党员,正式党员 · 正常,27,`);
    // The secretary's report holds no member text in the service's logs.
    expect(waline.logs()).not.toContain('lessons/one');
  }, 60_000);
});

describe('formal tests (正式考试): graded by the service', () => {
  const start = (token: string, id: string, request = requestId()) =>
    call(`tests/${id}/start`, { token, body: { requestId: request } });
  const submit = (token: string, id: string, attempt: number, answers: unknown) =>
    call(`tests/${id}/submit`, { token, body: { attempt, answers, requestId: requestId() } });
  /** The right answers for a paper as the service shows it (by stem, from the key this file wrote). */
  const rightAnswers = (paper: { stem: string }[]) =>
    paper.map(({ stem }) => {
      const question = FORMAL_QUESTIONS.find((q) => q.stem === stem)!;
      return question.type === 'fill' ? ['  1921年。'] : question.answer;
    });
  /** Every text of the key that must never reach a browser before submitting. */
  const SECRETS = ['解析：', '一九二一'];

  it('gives a paper without answers or explanations, before and while answering', async () => {
    const token = accounts.full1!.token;
    const texts = [
      (await call('tests/exam')).text,
      (await call('tests/exam', { token })).text,
      (await call('tests/exam/mine', { token })).text,
    ];
    const started = await start(token, 'exam');
    expect(started.status).toBe(200);
    texts.push(started.text, (await call('tests/exam/mine', { token })).text);
    for (const text of texts) {
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/"(answer|explanation|answers)"/);
    }
    const paper = started.body.data.attempt.paper as { type: string; stem: string; choices: string[] }[];
    expect(paper.map((q) => q.type).sort()).toEqual(['fill', 'judge', 'multiple', 'single']);
    expect(paper.find((q) => q.type === 'judge')!.choices).toEqual(['正确', '错误']);
  });

  it('grades every question type, fill-in variants included, once; a retry returns the same result', async () => {
    const token = accounts.full1!.token;
    const { body } = await call('tests/exam/mine', { token });
    const open = body.data.mine[0];
    const answers = rightAnswers(open.paper);
    // The multiple-choice question half right: scored wrong.
    const multiple = open.paper.findIndex((q: { type: string }) => q.type === 'multiple');
    answers[multiple] = ['甲'];
    const graded = await submit(token, 'exam', open.number, answers);
    expect(graded.status).toBe(200);
    expect(graded.body.data.score).toEqual({ correct: 3, total: 4, percent: 75, passed: true });
    const review = graded.body.data.review as {
      type: string;
      outcome: string;
      answer: string[];
      explanation: string;
    }[];
    expect(review.find((q) => q.type === 'fill')).toMatchObject({ outcome: 'right', answer: ['一九二一年', '1921年'] });
    expect(review.find((q) => q.type === 'multiple')).toMatchObject({ outcome: 'wrong', answer: ['甲', '乙'] });
    expect(review.every((q) => q.explanation.startsWith('解析：'))).toBe(true);
    const again = await submit(token, 'exam', open.number, rightAnswers(open.paper));
    expect(again.body.data).toEqual(graded.body.data);
    const rows = await waline.query(
      `SELECT status FROM branch_test_attempt WHERE test_id = 'exam' AND account_id = $1`,
      [accounts.full1!.id],
    );
    expect(rows).toEqual([{ status: 'graded' }]);
  });

  it('refuses a second attempt when the limit is one, and counts each started attempt against a limit of two', async () => {
    const second = await start(accounts.full1!.token, 'exam');
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('每人只能作答一次');
    const token = accounts.full2!.token;
    const request = requestId();
    const first = await start(token, 'practice-twice', request);
    // The same request again (the answer lost on the way): the same attempt.
    expect((await start(token, 'practice-twice', request)).body.data.attempt.number).toBe(1);
    expect(first.body.data.attempt.number).toBe(1);
    await submit(
      token,
      'practice-twice',
      1,
      first.body.data.attempt.paper.map(() => []),
    );
    expect((await start(token, 'practice-twice')).body.data.attempt.number).toBe(2);
    await submit(
      token,
      'practice-twice',
      2,
      first.body.data.attempt.paper.map(() => []),
    );
    const third = await start(token, 'practice-twice');
    expect(third.status).toBe(409);
    expect(third.body.error.message).toContain('最多作答 2 次');
  });

  it('enforces the time limit on its own clock: a submission after the deadline and grace is not graded', async () => {
    const token = accounts.full3!.token;
    const started = await start(token, 'timed');
    const deadline = Date.parse(started.body.data.attempt.deadline);
    expect(deadline - Date.parse(started.body.data.now)).toBe(5 * 60_000);
    // The service's record moved back 7 minutes: as if the member had kept the page open that long.
    await waline.query(
      `UPDATE branch_test_attempt SET started_at = started_at - interval '7 minutes', deadline = deadline - interval '7 minutes'
        WHERE test_id = 'timed' AND account_id = $1`,
      [accounts.full3!.id],
    );
    const late = await submit(token, 'timed', 1, rightAnswers(started.body.data.attempt.paper));
    expect(late.status).toBe(423);
    expect(late.body.error.message).toContain('没有计分');
    expect(JSON.stringify(late.body)).not.toContain('解析：');
    const mine = await call('tests/timed/mine', { token });
    expect(mine.body.data.mine[0]).toMatchObject({ status: 'late' });
    expect(mine.body.data.mine[0].review).toBeUndefined();
    expect((await start(token, 'timed')).status).toBe(409);
  });

  it('accepts a submission within the grace after the deadline', async () => {
    const token = accounts.inspector!.token;
    const started = await start(token, 'timed');
    await waline.query(
      `UPDATE branch_test_attempt SET deadline = now() - interval '20 seconds' WHERE test_id = 'timed' AND account_id = $1`,
      [accounts.inspector!.id],
    );
    const graded = await submit(token, 'timed', 1, rightAnswers(started.body.data.attempt.paper));
    expect(graded.status).toBe(200);
    expect(graded.body.data.score.percent).toBe(100);
  });

  it('refuses answers outside the paper and a fill-in over the size limit, in plain words', async () => {
    const token = accounts.secretary!.token;
    const { body } = await start(token, 'exam');
    const paper = body.data.attempt.paper as { type: string }[];
    const answers = rightAnswers(body.data.attempt.paper);
    const fill = paper.findIndex((q) => q.type === 'fill');
    const single = paper.findIndex((q) => q.type === 'single');
    const long = await submit(
      token,
      'exam',
      1,
      answers.map((a, i) => (i === fill ? ['长'.repeat(201)] : a)),
    );
    expect(long.status).toBe(413);
    expect(long.body.error.message).toContain('最多 200 个字');
    const outside = await submit(
      token,
      'exam',
      1,
      answers.map((a, i) => (i === single ? ['不存在的选项'] : a)),
    );
    expect(outside.status).toBe(400);
    expect(outside.body.error.message).toContain('不在选项中');
    expect((await submit(token, 'exam', 1, [])).status).toBe(400);
    // Still open: refusals use nothing up.
    expect((await submit(token, 'exam', 1, answers)).status).toBe(200);
  });

  it("never lets a member read or answer another member's attempt (direct URLs and API tries)", async () => {
    const other = accounts.other!.token;
    const mine = await call(`tests/exam/mine?account=${accounts.full1!.id}`, { token: other });
    expect(mine.status).toBe(200);
    expect(mine.body.data.mine).toEqual([]);
    expect(mine.text).not.toContain('"score"');
    // Attempt 1 of full1 exists; for `other` there is none to submit.
    expect((await submit(other, 'exam', 1, [])).status).toBe(404);
    for (const path of ['tests/exam/report', 'tests/exam/report?format=csv'])
      expect((await call(path, { token: other })).status).toBe(403);
    expect((await call('tests/exam/report')).status).toBe(401);
    expect((await call('tests/exam/attempts/1', { token: other })).status).toBe(404);
    // Answers by no route before submitting: the public view, a test not started, an unknown one.
    for (const path of ['tests/exam', 'tests/timed', 'tests/no-such-test', 'tests/exam/answers'])
      for (const secret of SECRETS) expect((await call(path, { token: other })).text).not.toContain(secret);
  });

  it("gives the secretary every member's results and a CSV (audited), the public counts and a distribution only", async () => {
    const report = await call('tests/exam/report', { token: tokenOf.admin });
    expect(report.status).toBe(200);
    const zhou = report.body.data.rows.find((r: unknown[]) => r[1] === 'zhou1');
    expect(zhou).toEqual(expect.arrayContaining(['周党员1', 'zhou1', 1, '已交卷', 3, 4, 75, '及格']));
    const csv = await call('tests/exam/report?format=csv', { token: tokenOf.admin });
    expect(csv.text).toContain('周党员1,zhou1,1,已交卷');
    const audit = await waline.query(
      `SELECT action FROM branch_audit WHERE action = 'test-report' AND target = 'exam'`,
    );
    expect(audit).toHaveLength(2);
    const view = await call('tests/exam');
    expect(view.body.data.stats).toEqual({
      members: 2,
      passed: 2,
      distribution: [
        { band: '0–59', members: 0 },
        { band: '60–69', members: 0 },
        { band: '70–79', members: 1 },
        { band: '80–89', members: 0 },
        { band: '90–100', members: 1 },
      ],
    });
    expect(view.text).not.toMatch(/周党员|zhou|李华/);
    expect(waline.logs()).not.toContain('1921年');
  });
});

/** The formal tests' answer key, as the build writes it beside dist/ (src/integrations/formal-test-key.ts). */
const FORMAL_QUESTIONS = [
  {
    type: 'single',
    stem: '单选：支部委员会会议一般多久召开一次？',
    options: ['每周', '每月', '每年'],
    answer: ['每月'],
  },
  { type: 'multiple', stem: '多选：选出甲和乙', options: ['甲', '乙', '丙'], answer: ['甲', '乙'] },
  { type: 'judge', stem: '判断：党员应当按期交纳党费。', options: [], answer: ['正确'] },
  { type: 'fill', stem: '填空：中国共产党成立于哪一年？', options: [], answer: ['一九二一年', '1921年'] },
].map((q, i) => ({ ...q, explanation: `解析：第 ${i + 1} 题` }));
const formalTest = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `正式考试 ${id}`,
  kind: 'test',
  passPercent: 60,
  attempts: 1,
  shuffle: true,
  questions: FORMAL_QUESTIONS,
  ...extra,
});
const FORMAL_KEY = {
  version: 1,
  tests: [
    formalTest('roles'),
    formalTest('exam'),
    formalTest('practice-twice', { attempts: 2 }),
    formalTest('timed', { timeLimitMinutes: 5 }),
  ],
};
