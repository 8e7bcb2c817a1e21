/**
 * The Waline reader of `npm run sync`: published comments grouped into the
 * snapshot the statistics page reads (the same shape as GitHub's), nothing
 * identifying in it, and the settings and failures that stop a sync before it
 * touches the previous snapshot. The reader against a real Waline service is
 * tested in tests/e2e/waline-sync.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainText, toWalineSnapshot, type WalineComment } from '../../scripts/sync/waline.ts';
import { runSync, syncProvider, walineTarget } from '../../scripts/sync/run.ts';
import { parseSnapshot } from '../../src/lib/discussion/snapshot';
import { settingsYaml } from '../support/settings-file';
import { monthlyParticipation, mostDiscussed } from '../../src/lib/participation/stats';

const at = (iso: string) => Date.parse(iso);
const comment = (fields: Partial<WalineComment> & Pick<WalineComment, 'objectId' | 'url' | 'time'>): WalineComment => ({
  status: 'approved',
  orig: '学习体会',
  nick: '张三',
  mail: 'zhang@example.org',
  user_id: 2,
  pid: null,
  rid: null,
  like: 0,
  ...fields,
});

const COMMENTS: WalineComment[] = [
  comment({
    objectId: 7,
    url: 'reports/2026-q1',
    time: at('2026-03-02T02:00:00Z'),
    orig: '**坚持**理论学习，[原文](https://example.org/a)联系实际。',
    like: 2,
  }),
  comment({
    objectId: 9,
    url: 'reports/2026-q1',
    time: at('2026-03-05T02:00:00Z'),
    user_id: 3,
    nick: '李四',
    mail: 'li@example.org',
    pid: 7,
    rid: 7,
    like: 1,
  }),
  comment({
    objectId: 3,
    url: 'topics/reform',
    time: at('2026-02-27T16:30:00Z'),
    user_id: 3,
    nick: '李四',
    mail: 'li@example.org',
  }),
  comment({
    objectId: 10,
    url: 'topics/reform',
    time: at('2026-03-06T02:00:00Z'),
    status: 'waiting',
    orig: '待审核的内容',
  }),
  comment({ objectId: 11, url: 'topics/reform', time: at('2026-03-06T03:00:00Z'), status: 'spam', orig: '广告' }),
  comment({
    objectId: 12,
    url: '/old-page.html',
    time: at('2026-03-07T03:00:00Z'),
    user_id: null,
    nick: '访客',
    mail: 'guest@example.org',
  }),
];

describe('toWalineSnapshot', () => {
  const snapshot = toWalineSnapshot(COMMENTS, {
    source: 'http://127.0.0.1:8360',
    syncedAt: '2026-03-08T00:00:00.000Z',
  });

  it('groups published comments by thread key, oldest comment first, in the snapshot format', () => {
    expect(snapshot).toMatchObject({
      version: 1,
      provider: 'waline',
      repository: 'http://127.0.0.1:8360',
      categories: [],
    });
    expect(snapshot.discussions.map((d) => [d.number, d.term, d.comments, d.replies, d.posts.length])).toEqual([
      [3, 'topics/reform', 1, 0, 1],
      [7, 'reports/2026-q1', 1, 1, 2],
      [12, null, 1, 0, 1],
    ]);
    expect(snapshot.discussions[1]).toMatchObject({
      title: 'reports/2026-q1',
      url: 'reports/2026-q1',
      createdAt: '2026-03-02T02:00:00.000Z',
      category: 'waline',
      poll: null,
      reactions: { THUMBS_UP: 3 },
    });
    expect(snapshot.discussions[0]!.reactions).toEqual({});
  });

  it('leaves out comments waiting for review and spam', () => {
    const texts = snapshot.discussions.flatMap((d) => d.posts.map((p) => p.text));
    expect(texts).not.toContain('待审核的内容');
    expect(texts).not.toContain('广告');
  });

  it('writes no e-mail address, name or account number: authors are participants numbered per sync', () => {
    const text = JSON.stringify(snapshot);
    for (const secret of ['zhang@example.org', 'li@example.org', 'guest@example.org', '张三', '李四', '访客', 'user:'])
      expect(text).not.toContain(secret);
    // 李四 wrote first (2026-02-27), then 张三, then the old guest comment.
    expect(snapshot.discussions.flatMap((d) => d.posts.map((p) => p.author))).toEqual([
      'participant-1',
      'participant-2',
      'participant-1',
      'participant-3',
    ]);
  });

  it('keeps the words without Markdown, for the word statistics', () => {
    expect(snapshot.discussions[1]!.posts[0]!.text).toBe('坚持理论学习，原文联系实际。');
  });

  it('gives /stats/ the same aggregates as a GitHub snapshot would', () => {
    const parsed = parseSnapshot(JSON.stringify(snapshot), 'discussions.json');
    const toMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7);
    expect(monthlyParticipation(parsed.discussions, toMonth)).toEqual([
      { month: '2026-02', comments: 1, reactions: 0, participants: 1 },
      { month: '2026-03', comments: 3, reactions: 3, participants: 3 },
    ]);
    expect(mostDiscussed(parsed.discussions).map((t) => [t.discussion.term, t.posts])).toEqual([
      ['reports/2026-q1', 2],
      ['topics/reform', 1],
      [null, 1],
    ]);
  });
});

describe('plainText', () => {
  it.each([
    ['# 标题\n\n> 引用\n- 列表', '标题 引用 列表'],
    ['![图](a.png)看`代码`', '看代码'],
    ['<p>段落&amp;符号</p>', '段落&符号'],
    ['```js\nlet x;\n```\n正文', '正文'],
  ])('%j → %j', (source, text) => expect(plainText(source)).toBe(text));
});

describe('npm run sync with provider waline', () => {
  let dir: string;
  let lines: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sync-waline-'));
    writeFileSync(join(dir, 'settings.yml'), settingsYaml('discussion:\n  provider: waline\n  walineUrl: /waline/\n'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'discussions.json'), '{"previous":true}\n');
    lines = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sync = (env: Record<string, string>) =>
    runSync({
      env: { SYNC_SNAPSHOT: join(dir, 'data', 'discussions.json'), ...env },
      settingsPath: join(dir, 'settings.yml'),
      sleep: async () => {},
      log: (line) => void lines.push(line),
    });
  const previousKept = () =>
    expect(readFileSync(join(dir, 'data', 'discussions.json'), 'utf8')).toBe('{"previous":true}\n');

  it('takes the provider from the settings, DISCUSSION_PROVIDER overriding it', () => {
    expect(syncProvider({}, join(dir, 'settings.yml'))).toBe('waline');
    expect(syncProvider({ DISCUSSION_PROVIDER: 'giscus' }, join(dir, 'settings.yml'))).toBe('giscus');
    expect(() => syncProvider({ DISCUSSION_PROVIDER: 'disqus' }, join(dir, 'settings.yml'))).toThrow(
      'DISCUSSION_PROVIDER: 只能是 giscus、waline、none',
    );
  });

  it('needs a full address: the settings’ site path is not enough for a script', async () => {
    expect(() => walineTarget({}, join(dir, 'settings.yml'))).toThrow(/WALINE_URL=http:\/\/127\.0\.0\.1:8360/);
    expect(walineTarget({ WALINE_URL: 'https://dangjian.example.org/waline/' }, join(dir, 'settings.yml'))).toBe(
      'https://dangjian.example.org/waline',
    );
    expect(await sync({ WALINE_TOKEN: 'x' })).toBe(1);
    expect(lines.join('\n')).toMatch(/是站内路径/);
    previousKept();
  });

  it('stops without WALINE_TOKEN and says where to get one', async () => {
    expect(await sync({ WALINE_URL: 'http://127.0.0.1:1' })).toBe(1);
    expect(lines.join('\n')).toMatch(/缺少环境变量 WALINE_TOKEN.*docs\/waline\.md/);
    previousKept();
  });

  it('keeps the previous snapshot when the service does not answer', async () => {
    const port = await closedPort();
    expect(await sync({ WALINE_URL: `http://127.0.0.1:${port}`, WALINE_TOKEN: 'token' })).toBe(1);
    expect(lines.join('\n')).toMatch(/连不上讨论服务（http:\/\/127\.0\.0\.1:\d+）/);
    expect(lines.filter((l) => l.includes('秒后重试'))).toHaveLength(3);
    previousKept();
  });

  it('skips with provider none', async () => {
    expect(await sync({ DISCUSSION_PROVIDER: 'none' })).toBe(0);
    expect(lines).toEqual([
      '设置中的讨论服务为 none（不开设讨论区），跳过同步。/ Discussion provider is none; sync skipped.',
    ]);
    previousKept();
  });
});

/** A port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('a Waline snapshot on the poll pages', () => {
  it('never answers for a GitHub poll number nor names a GitHub repository', async () => {
    const { discussionByNumber, snapshotRepository } = await import('../../src/lib/discussion/snapshot');
    const snapshot = toWalineSnapshot(COMMENTS, {
      source: 'http://127.0.0.1:8360',
      syncedAt: '2026-03-08T00:00:00.000Z',
    });
    expect(discussionByNumber(snapshot, 7)).toBeUndefined();
    expect(snapshotRepository(snapshot)).toBeUndefined();
    expect(snapshotRepository({ ...snapshot, provider: undefined, repository: 'example-branch/dangjian' })).toBe(
      'example-branch/dangjian',
    );
  });
});
