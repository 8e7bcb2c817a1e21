/**
 * The formal-test part of `npm run bench -- --branch` (branch-load.ts starts the
 * service): 100 members each start a formal test and submit it at a random
 * moment of one minute (the branch taking its 网上考核 together), on loopback
 * against the real service and PostgreSQL. Prints p50 / p95 / max of the
 * submissions' answer times and checks every member was graded exactly once.
 * Figures, not assertions: docs/performance.md keeps them.
 */
import { writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { WalineServer } from '../waline-server.ts';

export const FORMAL_MEMBERS = 100;
const SPREAD_MS = 60_000;
const ID = 'load-test';

/** Five questions, one of each type and a fill-in with variants, as the build's key has them. */
export function writeFormalKey(file: string): void {
  const questions = [
    { type: 'single', stem: '单选', options: ['甲', '乙', '丙', '丁'], answer: ['乙'], explanation: '解析' },
    { type: 'multiple', stem: '多选', options: ['甲', '乙', '丙', '丁'], answer: ['甲', '丙'], explanation: '解析' },
    { type: 'judge', stem: '判断一', options: [], answer: ['正确'], explanation: '解析' },
    { type: 'judge', stem: '判断二', options: [], answer: ['错误'], explanation: '解析' },
    { type: 'fill', stem: '填空', options: [], answer: ['民主集中制', '民主集中制原则'], explanation: '解析' },
  ];
  const test = {
    id: ID,
    title: '负载测试',
    kind: 'test',
    passPercent: 60,
    attempts: 1,
    shuffle: true,
    timeLimitMinutes: 20,
    questions,
  };
  writeFileSync(file, JSON.stringify({ version: 1, tests: [test] }));
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Each of `tokens` (the first FORMAL_MEMBERS) starts and submits once; true when all were graded once and p95 < 1 s. */
export async function formalLoad(waline: WalineServer, tokens: string[]): Promise<boolean> {
  const members = tokens.slice(0, FORMAL_MEMBERS);
  const post = async (token: string, route: string, body: unknown) => {
    const started = performance.now();
    const response = await fetch(`${waline.url}/branch/api/tests/${ID}/${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: { attempt?: { number: number; paper: { choices: string[] }[] } } };
    return { ms: performance.now() - started, status: response.status, json };
  };
  const takeOne = async (token: string) => {
    const start = await post(token, 'start', { requestId: randomBytes(16).toString('hex') });
    const attempt = start.json.data?.attempt;
    // Any answer will do: the first choice of each question, a typed word for the fill-in.
    const answers = (attempt?.paper ?? []).map((q) => (q.choices.length ? [q.choices[0]!] : ['民主集中制']));
    const submit = await post(token, 'submit', {
      attempt: attempt?.number,
      answers,
      requestId: randomBytes(16).toString('hex'),
    });
    return { start, submit };
  };
  const results = await Promise.all(
    members.map(
      (token) =>
        new Promise<Awaited<ReturnType<typeof takeOne>>>((resolve) =>
          setTimeout(() => resolve(takeOne(token)), Math.random() * SPREAD_MS),
        ),
    ),
  );
  const [row] = await waline.query<{ graded: string; members: string; attempts: string }>(
    `SELECT count(*) FILTER (WHERE status = 'graded') AS graded, count(DISTINCT account_id) AS members, count(*) AS attempts
       FROM branch_test_attempt WHERE test_id = $1`,
    [ID],
  );
  const once =
    Number(row?.graded) === members.length &&
    Number(row?.members) === members.length &&
    Number(row?.attempts) === members.length;
  const line = (label: string, times: number[], refused: number) => {
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `  ${label}: p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms; 拒绝 ${refused}`,
    );
    return percentile(sorted, 95);
  };
  console.log(
    `正式考试 / formal test: ${members.length} 名党员一分钟内陆续开始并交卷 / start and submit over ${SPREAD_MS / 1000} s`,
  );
  line(
    '领取试卷 / start',
    results.map((r) => r.start.ms),
    results.filter((r) => r.start.status !== 200).length,
  );
  const p95 = line(
    '交卷评分 / submit',
    results.map((r) => r.submit.ms),
    results.filter((r) => r.submit.status !== 200).length,
  );
  console.log(
    `  评分 ${row?.graded} 份，${row?.members} 人，共 ${row?.attempts} 次作答${once ? '，每人恰好一次 ✓' : ' ✗'}；目标 p95 < 1 s：${p95 < 1000 ? '达到 ✓' : '未达到 ✗'}`,
  );
  return once && p95 < 1000;
}
