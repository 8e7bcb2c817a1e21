/**
 * `npm run sync` against a local server speaking GitHub's GraphQL endpoint
 * with recorded responses: pagination, retries, the rate limit, bad tokens,
 * missing repositories and categories, and a snapshot that only changes when
 * the whole sync succeeds.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSync, syncTarget } from '../../scripts/sync/run.ts';
import {
  recordedReply,
  startFakeGithub,
  type FakeGithub,
  type FakeReply,
  type GraphqlRequest,
} from '../support/fake-github';
import { settingsYaml } from '../support/settings-file';

let dir: string;
let fake: FakeGithub | undefined;
let lines: string[];
let sleeps: number[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sync-'));
  writeFileSync(
    join(dir, 'settings.yml'),
    settingsYaml(
      'giscus:\n  repo: example-branch/dangjian\n  repoId: R_1\n  category: Comments\n  categoryId: DIC_1\n',
    ),
  );
  lines = [];
  sleeps = [];
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const snapshotPath = () => join(dir, 'data', 'discussions.json');

async function sync(
  reply: (request: GraphqlRequest, index: number) => FakeReply,
  env: Record<string, string> = {},
): Promise<number> {
  fake = await startFakeGithub(reply);
  return runSync({
    env: {
      GITHUB_TOKEN: 'ghp_test_token',
      GITHUB_GRAPHQL_URL: fake.url,
      SYNC_CATEGORIES: 'Comments,Polls',
      SYNC_SNAPSHOT: snapshotPath(),
      ...env,
    },
    settingsPath: join(dir, 'settings.yml'),
    sleep: async (ms: number) => void sleeps.push(ms),
    log: (line: string) => void lines.push(line),
  });
}

const readSnapshot = () => JSON.parse(readFileSync(snapshotPath(), 'utf8'));

describe('npm run sync', () => {
  it('follows pagination over every page of every category and writes the snapshot', async () => {
    expect(await sync(recordedReply)).toBe(0);
    expect(fake!.requests.map((r) => [r.variables.categoryId ?? null, r.variables.after ?? null])).toEqual([
      [null, null],
      ['DIC_kwDOComments', null],
      ['DIC_kwDOComments', 'Y3Vyc29yOjE='],
      ['DIC_kwDOComments', 'Y3Vyc29yOjI='],
      ['DIC_kwDOPolls', null],
    ]);
    expect(fake!.requests.every((r) => r.headers.authorization === 'bearer ghp_test_token')).toBe(true);
    const snapshot = readSnapshot();
    expect(snapshot.repository).toBe('example-branch/dangjian');
    expect(Date.parse(snapshot.syncedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(snapshot.discussions.map((d: { number: number }) => d.number)).toEqual([3, 5, 8, 12, 20]);
    expect(snapshot.discussions[0]).toEqual({
      number: 3,
      title: 'reports/2026-q1-zhang-ming',
      url: 'https://github.com/example-branch/dangjian/discussions/3',
      createdAt: '2026-09-03T02:00:00Z',
      author: 'zhangming-demo',
      category: 'Comments',
      term: 'reports/2026-q1-zhang-ming',
      comments: 1,
      replies: 1,
      reactions: { THUMBS_UP: 3, HEART: 1 },
      poll: null,
      posts: [
        { date: '2026-09-03T03:00:00Z', author: 'lihua-demo', text: '认真学习理论，联系实际工作。' },
        { date: '2026-09-04T01:00:00Z', author: 'wangfang-demo', text: '同意，学习要落到实处。' },
      ],
    });
    expect(snapshot.discussions[1].posts[0].author).toBe('ghost');
    expect(snapshot.discussions[4]).toMatchObject({
      term: null,
      poll: {
        question: '十二月主题党日活动去哪里？',
        totalVotes: 17,
        options: [
          { option: '革命纪念馆', votes: 9 },
          { option: '社区志愿服务', votes: 6 },
          { option: '线上专题学习', votes: 2 },
        ],
      },
    });
    expect(JSON.stringify(snapshot)).not.toContain('ghp_test_token');
    expect(readdirSync(join(dir, 'data'))).toEqual(['discussions.json']);
    expect(lines.at(-1)).toContain('5 个讨论（其中投票 1 个）');
  });

  it('retries a 502 with backoff, then succeeds', async () => {
    expect(
      await sync((request, index) =>
        index === 1 ? { status: 502, body: { message: 'Bad Gateway' } } : recordedReply(request),
      ),
    ).toBe(0);
    expect(sleeps).toEqual([1000]);
    expect(fake!.requests).toHaveLength(6);
    expect(lines[0]).toBe('GitHub 请求失败（HTTP 502），1 秒后重试 / retrying in 1 s');
  });

  it('gives up after repeated 5xx and leaves the old snapshot', async () => {
    await syncOnce(recordedReply);
    const before = readFileSync(snapshotPath(), 'utf8');
    expect(await sync(() => ({ status: 503 }))).toBe(1);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(lines.at(-1)).toBe(
      '同步失败 / sync failed: GitHub 暂时不可用（HTTP 503），重试 4 次后放弃。/ GitHub kept failing with HTTP 503.',
    );
    expect(readFileSync(snapshotPath(), 'utf8')).toBe(before);
  });

  it('pauses until the rate limit resets when a page leaves too few points', async () => {
    const resetAt = new Date(Date.now() + 30_000).toISOString();
    const code = await sync((request, index) => {
      const answer = recordedReply(request);
      if (index !== 2) return answer;
      const body = structuredClone(answer.body) as { data: { rateLimit: { remaining: number; resetAt: string } } };
      body.data.rateLimit = { remaining: 3, resetAt };
      return { body };
    });
    expect(code).toBe(0);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(29_000);
    expect(sleeps[0]).toBeLessThanOrEqual(31_000);
    expect(lines[0]).toMatch(/^GitHub API 额度将尽，等待 3\d 秒后继续/);
    expect(readSnapshot().discussions).toHaveLength(5);
  });

  it('waits out a 403 rate-limit answer using its reset header', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 20;
    const code = await sync((request, index) =>
      index === 0
        ? {
            status: 403,
            headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
            body: { message: 'rate limit' },
          }
        : recordedReply(request),
    );
    expect(code).toBe(0);
    expect(sleeps[0]).toBeGreaterThan(19_000);
  });

  it('stops cleanly when the reset is too far away, snapshot unchanged', async () => {
    await syncOnce(recordedReply);
    const before = readFileSync(snapshotPath(), 'utf8');
    const reset = Math.ceil(Date.now() / 1000) + 3600;
    expect(
      await sync(() => ({
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      })),
    ).toBe(1);
    expect(sleeps).toEqual([]);
    expect(lines.at(-1)).toContain('GitHub API 调用额度已用完');
    expect(lines.at(-1)).toContain('snapshot unchanged');
    expect(readFileSync(snapshotPath(), 'utf8')).toBe(before);
  });

  it('explains a 401 and writes nothing', async () => {
    expect(await sync(() => ({ status: 401, body: { message: 'Bad credentials' } }))).toBe(1);
    expect(lines).toEqual([
      '同步失败 / sync failed: GITHUB_TOKEN 无效或已过期（GitHub 返回 401）：请重新生成令牌，并授予 Discussions 读取权限。/ Bad credentials: GITHUB_TOKEN is invalid or expired.',
    ]);
    expect(readdirSync(dir)).toEqual(['settings.yml']);
  });

  it('keeps the previous snapshot when a later page fails', async () => {
    await syncOnce(recordedReply);
    const before = readFileSync(snapshotPath(), 'utf8');
    expect(await sync((request, index) => (index === 3 ? { status: 401 } : recordedReply(request)))).toBe(1);
    expect(readFileSync(snapshotPath(), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'data'))).toEqual(['discussions.json']);
  });

  it('names a missing repository', async () => {
    const code = await sync(() => ({
      body: {
        data: { repository: null },
        errors: [
          { type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'example-branch/dangjian'." },
        ],
      },
    }));
    expect(code).toBe(1);
    expect(lines.at(-1)).toBe(
      "同步失败 / sync failed: 找不到仓库 example-branch/dangjian，或令牌无权访问：请检查设置中的仓库名和令牌权限。/ Repository not found or not accessible: Could not resolve to a Repository with the name 'example-branch/dangjian'.",
    );
  });

  it('names a missing category and lists the ones that exist', async () => {
    expect(await sync(recordedReply, { SYNC_CATEGORIES: '意见征集' })).toBe(1);
    expect(lines.at(-1)).toBe(
      '同步失败 / sync failed: 仓库 example-branch/dangjian 没有讨论分类“意见征集”；现有分类：Announcements、Comments、Polls。请检查设置或 SYNC_CATEGORIES。/ No discussion category "意见征集".',
    );
  });

  it('asks for GITHUB_TOKEN when it is missing', async () => {
    expect(await sync(recordedReply, { GITHUB_TOKEN: '' })).toBe(1);
    expect(lines).toEqual([
      '缺少环境变量 GITHUB_TOKEN：请设置一个可读取 Discussions 的 GitHub 令牌（见 docs/editing.md「讨论数据同步」）。/ GITHUB_TOKEN is not set.',
    ]);
    expect(fake!.requests).toEqual([]);
  });
});

describe('syncTarget', () => {
  it.each([
    [{}, { repository: 'example-branch/dangjian', categories: ['Comments'] }],
    [
      { SYNC_REPO: 'other/repo', SYNC_CATEGORIES: 'Comments, Polls' },
      { repository: 'other/repo', categories: ['Comments', 'Polls'] },
    ],
  ])('reads %j over the settings', (env, expected) => {
    expect(syncTarget(env, join(dir, 'settings.yml'))).toEqual(expected);
  });

  it('is undefined without a configured repository, so the build goes on with the old snapshot', async () => {
    writeFileSync(join(dir, 'settings.yml'), settingsYaml());
    expect(syncTarget({}, join(dir, 'settings.yml'))).toBeUndefined();
    expect(
      await runSync({
        env: { GITHUB_TOKEN: 'x' },
        settingsPath: join(dir, 'settings.yml'),
        log: (l: string) => void lines.push(l),
      }),
    ).toBe(0);
    expect(lines).toEqual([
      '未配置讨论区仓库和分类（设置中的 giscus，或 SYNC_REPO / SYNC_CATEGORIES），跳过同步。/ No repository configured; sync skipped.',
    ]);
  });
});

describe('the settings and provider of npm run sync are the build’s', () => {
  it('refuses a settings file the build would refuse, with the build’s message', async () => {
    const file = join(dir, 'settings.yml');
    writeFileSync(file, 'siteName: 测试\ngiscus:\n  repo: example-branch/dangjian\n  category: Comments\n');
    expect(await runSync({ env: { GITHUB_TOKEN: 'x' }, settingsPath: file, log: (l) => void lines.push(l) })).toBe(1);
    expect(lines[0]).toMatch(
      /^同步失败 \/ sync failed: 站点设置有误 \/ Invalid site settings in .*settings\.yml:\n {2}- branchName: /,
    );
  });

  it('reads an empty DISCUSSION_PROVIDER as unset, as the build does', async () => {
    writeFileSync(join(dir, 'settings.yml'), settingsYaml('discussion:\n  provider: none\n'));
    expect(
      await runSync({
        env: { DISCUSSION_PROVIDER: '', GITHUB_TOKEN: 'x' },
        settingsPath: join(dir, 'settings.yml'),
        log: (l) => void lines.push(l),
      }),
    ).toBe(0);
    expect(lines).toEqual([
      '设置中的讨论服务为 none（不开设讨论区），跳过同步。/ Discussion provider is none; sync skipped.',
    ]);
  });
});

/** A first successful sync, so that a failing one has something to keep. */
async function syncOnce(reply: (request: GraphqlRequest, index: number) => FakeReply) {
  expect(await sync(reply)).toBe(0);
  await fake!.close();
  fake = undefined;
  sleeps = [];
  lines = [];
}
