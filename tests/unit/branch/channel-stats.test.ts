import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelTotals, parseChannelStats, readChannelCounts } from '../../../src/lib/branch/channel-stats';
import { syncChannelStats } from '../../../scripts/sync/branch-stats';
import { runSync } from '../../../scripts/sync/run';
import { settingsYaml } from '../../support/settings-file';

describe('the channel counts for /stats/', () => {
  it('reads counts by kind and category, and nothing else; drops what is not a count', () => {
    const counts = readChannelCounts({
      messages: {
        opinion: { total: 4, byCategory: { 学习教育: 3, 其他: 1, 坏的: -1 }, text: '不应出现的正文' },
        report: { total: 1, byCategory: { 违反廉洁纪律: 1 }, sender: '不应出现的人' },
        mail: { total: 1, byCategory: { 其他: 1 } },
      },
    });
    expect(counts).toEqual([
      { kind: 'opinion', category: '学习教育', count: 3 },
      { kind: 'opinion', category: '其他', count: 1 },
      { kind: 'report', category: '违反廉洁纪律', count: 1 },
    ]);
    expect(channelTotals(counts!)).toEqual({ opinion: 4, report: 1 });
    expect(readChannelCounts({ ballots: [] })).toBeUndefined();
  });

  it('refuses a damaged file, naming it', () => {
    expect(() => parseChannelStats('{', 'src/data/branch-stats.json')).toThrow(
      /src\/data\/branch-stats.json.*npm run sync/,
    );
    expect(() => parseChannelStats('{"version":2}', 'x.json')).toThrow(/x.json 的格式不对/);
    expect(parseChannelStats('{"version":1,"syncedAt":"2026-12-07T00:00:00Z","counts":[]}', 'x').counts).toEqual([]);
  });
});

describe('syncChannelStats (part of npm run sync)', () => {
  let server: Server | undefined;
  let dir: string | undefined;
  afterEach(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A real HTTP server answering the stats route as the service would, or with a proxy's 502. */
  const serve = async (status: number, body: string) => {
    server = createServer((request, response) => {
      response.writeHead(request.url === '/waline/branch/api/stats' ? status : 404, {
        'content-type': 'application/json',
      });
      response.end(body);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    return `http://127.0.0.1:${port}/waline`;
  };

  it('writes the counts the service gives, with the time read', async () => {
    dir = mkdtempSync(join(tmpdir(), 'channel-stats-'));
    const path = join(dir, 'branch-stats.json');
    const url = await serve(
      200,
      JSON.stringify({
        ok: true,
        data: { messages: { opinion: { total: 0, byCategory: {} }, report: { total: 2, byCategory: { 其他: 2 } } } },
      }),
    );
    const lines: string[] = [];
    const wrote = await syncChannelStats(url, {
      path,
      log: (l) => lines.push(l),
      now: () => new Date('2026-12-07T12:00:00Z'),
    });
    expect(wrote).toBe(true);
    const stats = parseChannelStats(readFileSync(path, 'utf8'), path);
    expect(stats).toEqual({
      version: 1,
      syncedAt: '2026-12-07T12:00:00.000Z',
      counts: [{ kind: 'report', category: '其他', count: 2 }],
    });
    expect(lines.join('\n')).toMatch(/2 封/);
  });

  it('keeps the previous file when the service is down or answers something else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'channel-stats-'));
    const path = join(dir, 'branch-stats.json');
    writeFileSync(path, 'previous');
    const url = await serve(502, '<html>Bad Gateway</html>');
    expect(await syncChannelStats(url, { path, log: () => {} })).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(await syncChannelStats('http://127.0.0.1:9', { path, log: () => {} })).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('previous');
  });
});

describe('npm run sync reads the channel counts only where the branch service is on', () => {
  let server: Server | undefined;
  let dir: string | undefined;
  afterEach(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The service at its address: the public stats route answers, the rest (Waline's administration API) refuses the token. */
  const serve = async () => {
    server = createServer((request, response) => {
      const stats = request.url === '/branch/api/stats';
      response.writeHead(stats ? 200 : 401, { 'content-type': 'application/json' });
      response.end(
        stats
          ? JSON.stringify({
              ok: true,
              data: {
                messages: { opinion: { total: 1, byCategory: { 其他: 1 } }, report: { total: 0, byCategory: {} } },
              },
            })
          : JSON.stringify({ errno: 401, errmsg: 'unauthorized' }),
      );
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  };

  it.each([
    ['on in the settings', 'branchService: true\n', {}, true],
    ['off in the settings', 'branchService: false\n', {}, false],
    ['switched on by BRANCH_SERVICE', '', { BRANCH_SERVICE: 'on' }, true],
  ])('%s', async (_name, setting, env, expected) => {
    dir = mkdtempSync(join(tmpdir(), 'sync-channel-'));
    const settingsPath = join(dir, 'settings.yml');
    writeFileSync(settingsPath, settingsYaml(`discussion:\n  provider: waline\n  walineUrl: /waline/\n${setting}`));
    const path = join(dir, 'branch-stats.json');
    const url = await serve();
    await runSync({
      env: {
        WALINE_URL: url,
        WALINE_TOKEN: 'token',
        SYNC_SNAPSHOT: join(dir, 'discussions.json'),
        SYNC_BRANCH_STATS: path,
        ...env,
      },
      settingsPath,
      sleep: async () => {},
      log: () => {},
    });
    expect(existsSync(path)).toBe(expected);
    if (expected)
      expect(parseChannelStats(readFileSync(path, 'utf8'), path).counts).toEqual([
        { kind: 'opinion', category: '其他', count: 1 },
      ]);
  });
});
