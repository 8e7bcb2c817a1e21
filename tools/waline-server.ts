/**
 * A real Waline discussion service for the tests: a throwaway PostgreSQL
 * cluster (temporary folder, WALINE_DB_PORT) with the project's schema, and
 * services/waline/server.mjs on WALINE_PORT with the production defaults
 * (login forced, review before publishing, closed registration). Creates the
 * administrator (the first account) and a member (created by the
 * administrator), and drives Waline's own HTTP API as the secretary would
 * through /ui/: list the review queue, approve.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PREVIEW_PORT, WALINE_DB_PORT, WALINE_PORT } from './ports.ts';
import { serviceClock, type ServiceClock } from './service-clock.ts';
// Plain JavaScript modules shared with `npm run waline` (checked with // @ts-check).
import { startCluster } from '../services/waline/local/pg-cluster.mjs';
import { applySchema, ensureServiceDependencies, startService } from '../services/waline/local/service.mjs';
import { PG_BIN } from '../services/waline/local/pg-cluster.mjs';
import { openPool, usersTable } from '../services/branch/connect.mjs';
import { syncRoster, type ArchiveMember } from '../services/branch/roster.mjs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface WalineAccount {
  id: number;
  email: string;
  password: string;
  name: string;
  /** Waline's login token (JWT), sent as `Authorization: Bearer …`. */
  token: string;
}

export interface WalineComment {
  id: number;
  /** The thread key the client sent as `path`: `<collection>/<id>`. */
  url: string;
  status: 'waiting' | 'approved' | 'spam';
  /** The comment as written (Markdown). */
  text: string;
  nick: string;
  userId: number | null;
  /** Milliseconds since the epoch. */
  time: number;
}

export interface WalineServer {
  /** The service's address for the client's serverURL, without trailing slash. */
  url: string;
  dbPort: number;
  admin: WalineAccount;
  member: WalineAccount;
  createMember(account: { email: string; password: string; name: string }): Promise<WalineAccount>;
  login(email: string, password: string): Promise<WalineAccount>;
  /** Posts as the account; `replyTo` makes it a reply to that (top-level) comment. */
  post(account: WalineAccount, path: string, text: string, replyTo?: number): Promise<{ id: number; status: string }>;
  comments(filter?: { path?: string; status?: WalineComment['status'] }): Promise<WalineComment[]>;
  pending(path?: string): Promise<WalineComment[]>;
  approve(id: number): Promise<void>;
  /** Stops only the Waline process (the fallback test); the database keeps running. */
  stopWaline(): Promise<void>;
  /** Starts it again, with `env` added to its environment for this run (e.g. other limits). */
  startWaline(env?: Record<string, string>): Promise<void>;
  /** Stops only PostgreSQL (`fast` closes connections, `immediate` drops them as a crash would); Waline keeps running. */
  stopDatabase(mode: 'fast' | 'immediate'): void;
  startDatabase(): void;
  /** The branch service's roster, as `npm run branch:roster` writes it from the archive. */
  setRoster(members: ArchiveMember[]): ReturnType<typeof syncRoster>;
  /** A session token for an account, as signing in would give it, without the password check's cost (many accounts). */
  sessionFor(accountId: number): Promise<string>;
  /** A query on the service's database (what an operator with psql sees). */
  query<Row = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<Row[]>;
  /** The whole database as `pg_dump` writes it (the backup an operator keeps). */
  dump(): string;
  /** The service's output (its journal in production) and PostgreSQL's log so far. */
  logs(): string;
  /** The service's wall clock, to move while it runs (tools/service-clock.ts). */
  clock: ServiceClock;
  /** Stops both and deletes the temporary folder. */
  stop(): Promise<void>;
}

export interface WalineOptions {
  /** SITE_URL; defaults to the preview server of the tests. */
  siteUrl?: string;
  /** Extra or overriding environment for the service (e.g. SECURE_DOMAINS, FORBIDDEN_WORDS, BRANCH_BALLOTS). */
  env?: Record<string, string>;
  /** Other ports than WALINE_PORT and WALINE_DB_PORT, for a second service beside the first (tools/ports.ts). */
  ports?: { service: number; db: number };
}

interface Envelope<T> {
  errno: number;
  errmsg: string;
  data: T;
}

const JWT_SECRET = 'test-only-jwt-secret-0123456789abcdef';
const { issueSession } = createRequire(import.meta.url)(
  '../services/waline/session.cjs',
) as typeof import('../services/waline/session.cjs');

export async function startWalineServer(options: WalineOptions = {}): Promise<WalineServer> {
  ensureServiceDependencies();
  const { service: servicePort, db: dbPort } = options.ports ?? { service: WALINE_PORT, db: WALINE_DB_PORT };
  const folder = mkdtempSync(join(tmpdir(), 'waline-test-'));
  let cluster: { env: Record<string, string>; stop(mode?: 'fast' | 'immediate'): void };
  try {
    cluster = startCluster({ dir: folder, port: dbPort, throwaway: true });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const clock = serviceClock(join(folder, 'clock'));
  const env: Record<string, string> = {
    ...cluster.env,
    PG_DB: 'waline',
    JWT_TOKEN: JWT_SECRET,
    SITE_NAME: '测试党支部',
    SITE_URL: options.siteUrl ?? `http://localhost:${PREVIEW_PORT}`,
    // One machine and a few accounts post every comment of a test: no wait between two.
    IPQPS: '0',
    WALINE_ACCOUNT_INTERVAL: '0',
    ...clock.env,
    ...options.env,
  };
  let service: { url: string; output(): string; stop(): Promise<void> } | undefined;
  // The output of earlier runs of the service (a restart starts a new process).
  let earlierOutput = '';
  const startWaline = async (extra: Record<string, string> = {}) => {
    service = await startService({ env: { ...env, ...extra }, port: servicePort, output: 'pipe' });
  };
  const stopWaline = async () => {
    await service?.stop();
    earlierOutput += service?.output() ?? '';
    service = undefined;
  };
  const pool = openPool(env, { max: 2, log: () => {} });
  const stop = async () => {
    await stopWaline();
    await pool.end();
    cluster.stop();
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    applySchema({ ...env });
    await startWaline();
  } catch (error) {
    await stop();
    throw error;
  }

  const url = `http://127.0.0.1:${servicePort}`;
  // Waline checks Referer/Origin against SECURE_DOMAINS (localhost is always allowed).
  async function api<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
    const response = await fetch(`${url}/api/${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        referer: `${url}/`,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const envelope = (await response.json()) as Envelope<T>;
    if (!response.ok || envelope.errno !== 0)
      throw new Error(`Waline ${method} /api/${path}: HTTP ${response.status} ${envelope.errno} ${envelope.errmsg}`);
    return envelope.data;
  }

  async function login(email: string, password: string): Promise<WalineAccount> {
    const user = await api<{ objectId: number; display_name: string; token: string }>('POST', 'token', {
      email,
      password,
    });
    return { id: Number(user.objectId), email, password, name: user.display_name, token: user.token };
  }

  async function register(account: { email: string; password: string; name: string }, adminToken?: string) {
    await api(
      'POST',
      'user',
      { display_name: account.name, email: account.email, password: account.password },
      adminToken,
    );
    return login(account.email, account.password);
  }

  try {
    const admin = await register({
      email: 'secretary@example.org',
      password: 'secretary-password-1',
      name: '支部书记',
    });
    const createMember = (account: { email: string; password: string; name: string }) => register(account, admin.token);
    const member = await createMember({ email: 'member@example.org', password: 'member-password-1', name: '张党员' });

    const comments = async (
      filter: { path?: string; status?: WalineComment['status'] } = {},
    ): Promise<WalineComment[]> => {
      const found: WalineComment[] = [];
      for (let page = 1; ; page += 1) {
        const query = new URLSearchParams({
          type: 'list',
          page: String(page),
          pageSize: '100',
          ...(filter.status ? { status: filter.status } : {}),
        });
        const list = await api<{ totalPages: number; data: RawComment[] }>(
          'GET',
          `comment?${query}`,
          undefined,
          admin.token,
        );
        found.push(...list.data.map(toComment));
        if (page >= list.totalPages) break;
      }
      return filter.path ? found.filter((c) => c.url === filter.path) : found;
    };

    return {
      url,
      dbPort,
      clock,
      admin,
      member,
      createMember,
      login,
      async post(account, path, text, replyTo) {
        const reply = replyTo === undefined ? {} : { pid: replyTo, rid: replyTo };
        const created = await api<{ objectId: number; status: string }>(
          'POST',
          'comment',
          { url: path, comment: text, nick: account.name, mail: account.email, ...reply },
          account.token,
        );
        return { id: Number(created.objectId), status: created.status };
      },
      comments,
      pending: (path) => comments({ path, status: 'waiting' }),
      async approve(id) {
        await api('PUT', `comment/${id}`, { status: 'approved' }, admin.token);
      },
      stopWaline,
      startWaline,
      async sessionFor(accountId) {
        const { rows } = await pool.query('SELECT type, password FROM wl_users WHERE id = $1', [accountId]);
        const user = rows[0] as { type: string; password: string };
        return issueSession(
          { secret: JWT_SECRET, memberSeconds: 3600, adminSeconds: 3600 },
          { objectId: accountId, type: user.type, password: user.password },
        );
      },
      setRoster: (members) => syncRoster(pool, usersTable(env), members),
      query: async <Row>(sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows as Row[],
      dump: () =>
        execFileSync(
          join(PG_BIN, 'pg_dump'),
          [
            '--no-owner',
            '-h',
            env.PG_HOST ?? '127.0.0.1',
            '-p',
            String(dbPort),
            '-U',
            env.PG_USER ?? 'waline',
            'waline',
          ],
          {
            encoding: 'utf8',
            env: { ...process.env, PGPASSWORD: env.PG_PASSWORD ?? '' },
            maxBuffer: 64 * 1024 * 1024,
          },
        ),
      logs: () =>
        earlierOutput +
        (service?.output() ?? '') +
        (existsSync(join(folder, 'postgres.log')) ? readFileSync(join(folder, 'postgres.log'), 'utf8') : ''),
      stopDatabase: (mode) => cluster.stop(mode),
      startDatabase: () => void startCluster({ dir: folder, port: dbPort, throwaway: true }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface RawComment {
  objectId: number;
  url: string;
  status: WalineComment['status'];
  orig?: string;
  comment: string;
  nick: string;
  user_id: number | null;
  time: number;
}

const toComment = (raw: RawComment): WalineComment => ({
  id: Number(raw.objectId),
  url: raw.url,
  status: raw.status,
  text: raw.orig ?? raw.comment,
  nick: raw.nick,
  userId: raw.user_id === null ? null : Number(raw.user_id),
  time: raw.time,
});
