/**
 * `npm run bench -- --branch`: the branch service under a branch's busiest
 * minute, on loopback: a real PostgreSQL and the real service
 * (tools/waline-server.ts), 200 members on the roster, each casting one
 * ballot, first spread over one minute (members voting at a meeting), then
 * all 200 at the same instant (the worst case); then 100 of them take a formal
 * test within a minute (formal-load.ts). Prints p50 / p95 / max of the
 * answer times and checks every ballot was counted exactly once. Figures, not
 * assertions: docs/performance.md keeps them with the date and the machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startWalineServer } from '../waline-server.ts';
import { BENCH_PORT } from '../ports.ts';
import { pollDefinition } from '../branch-ballots.ts';
import { formalLoad, writeFormalKey } from './formal-load.ts';

const MEMBERS = 200;
const SPREAD_MS = 60_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function branchLoad(): Promise<boolean> {
  const folder = mkdtempSync(join(tmpdir(), 'branch-load-'));
  const ballot = (id: string) => pollDefinition(id, -60, 3600);
  writeFormalKey(join(folder, 'formal-tests.json'));
  writeFileSync(
    join(folder, 'ballots.json'),
    JSON.stringify({ version: 1, ballots: [ballot('spread'), ballot('burst')] }),
  );
  console.log(
    `支部服务负载 / branch service load: ${MEMBERS} 名党员, ${cpus().length} 核, 负载 ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const waline = await startWalineServer({
    siteUrl: 'http://localhost',
    ports: { service: BENCH_PORT + 20, db: BENCH_PORT + 21 },
    env: { BRANCH_BALLOTS: join(folder, 'ballots.json'), BRANCH_FORMAL_TESTS: join(folder, 'formal-tests.json') },
  });
  try {
    const [{ password } = { password: '' }] = await waline.query<{ password: string }>(
      `SELECT password FROM wl_users WHERE id = $1`,
      [waline.member.id],
    );
    const ids = await waline.query<{ id: number }>(
      `INSERT INTO wl_users (display_name, email, password, type)
       SELECT 'load-' || g, 'load-' || g || '@example.org', $1, 'guest' FROM generate_series(1, ${MEMBERS}) g RETURNING id`,
      [password],
    );
    await waline.setRoster(
      ids.map(({ id }, i) => ({
        memberId: `load-${id}`,
        name: `党员${i + 1}`,
        stage: '正式党员',
        duties: [],
        accounts: [`load-${i + 1}`],
      })),
    );
    const tokens = await Promise.all(ids.map(({ id }) => waline.sessionFor(id)));

    const castOne = async (id: string, token: string, option: number) => {
      const started = performance.now();
      const response = await fetch(`${waline.url}/branch/api/ballots/${id}/cast`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ answers: { q1: [`o${option}`] }, requestId: randomBytes(16).toString('hex') }),
      });
      await response.arrayBuffer();
      return { ms: performance.now() - started, status: response.status };
    };
    const report = async (id: string, label: string, results: { ms: number; status: number }[]) => {
      const times = results.map((r) => r.ms).sort((a, b) => a - b);
      const refused = results.filter((r) => r.status !== 200).length;
      const [row] = await waline.query<{ casts: unknown[]; voters: number[] }>(
        `SELECT casts, voters FROM branch_ballot WHERE id = $1`,
        [id],
      );
      const counted = row?.casts.length ?? 0;
      const once = counted === MEMBERS && new Set(row?.voters).size === MEMBERS;
      console.log(
        `  ${label}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms; 拒绝 ${refused}; 计入 ${counted} 张${once ? '，每人恰好一张 ✓' : ' ✗'}`,
      );
      return once && percentile(times, 95) < 1000;
    };

    // Spread: each member at a random moment of the minute.
    const spread = await Promise.all(
      tokens.map(
        (token, i) =>
          new Promise<{ ms: number; status: number }>((resolve) =>
            setTimeout(() => resolve(castOne('spread', token, (i % 3) + 1)), Math.random() * SPREAD_MS),
          ),
      ),
    );
    const spreadOk = await report('spread', `一分钟内陆续投票 / spread over ${SPREAD_MS / 1000} s`, spread);
    const burst = await Promise.all(tokens.map((token, i) => castOne('burst', token, (i % 3) + 1)));
    const burstOk = await report('burst', `${MEMBERS} 人同一瞬间投票 / all at once`, burst);
    console.log(
      `  目标 / target: 每张选票恰好计入一次，p95 < 1 s（一分钟内陆续投票）: ${spreadOk ? '达到 ✓' : '未达到 ✗'}${burstOk ? '；同时投票也达到' : ''}`,
    );
    // Then the branch's 网上考核 (tools/bench/formal-load.ts).
    const formalOk = await formalLoad(waline, tokens);
    return spreadOk && formalOk;
  } finally {
    await waline.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
