/**
 * `npm run sync` against the branch's own discussion service: a real
 * PostgreSQL and a real Waline (tools/waline-server.ts), comments posted by
 * members and approved through Waline's administration API, the sync run as
 * `npm run sync` runs it, and /stats/ of a build from that snapshot. Only
 * published comments count; no name or address reaches the snapshot; a sync
 * against a stopped service leaves the previous snapshot as it was.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWalineServer, type WalineServer } from '../../tools/waline-server';
import { buildSite, previewSite } from '../../tools/servers';
import { REBUILD_PORT } from '../../tools/ports';
import { npmScriptArgs } from '../support/npm-script';

test.describe.configure({ mode: 'serial' });

const REPORT = 'reports/2026-q1-zhao-yu-reading-party-constitution';
const TOPIC = 'topics/digital-divide-elderly';
const folder = mkdtempSync(join(tmpdir(), 'waline-sync-'));
const snapshotFile = join(folder, 'discussions.json');
const outDir = join(folder, 'dist');
const site = `http://localhost:${REBUILD_PORT}`;
let waline: WalineServer | undefined;
let preview: Awaited<ReturnType<typeof previewSite>> | undefined;

/** The Beijing month of an instant: UTC+8, no daylight saving. */
const beijingMonth = (time: number) => new Date(time + 8 * 3600_000).toISOString().slice(0, 7);

function sync(env: Record<string, string>) {
  const result = spawnSync(process.execPath, npmScriptArgs('sync'), {
    env: { ...process.env, DISCUSSION_PROVIDER: 'waline', SYNC_SNAPSHOT: snapshotFile, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  waline = await startWalineServer();
});

test.afterAll(async () => {
  preview?.kill();
  await waline?.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('sync reads the published comments into the snapshot, nothing identifying', async () => {
  const w = waline!;
  const second = await w.createMember({ email: 'li.si@example.org', password: 'li-si-password-1', name: '李思' });
  const first = await w.post(w.member, REPORT, '认真学习党章，**对照检查**自己的不足。');
  const reply = await w.post(second, REPORT, '赞同，党章学习要经常化。', first.id);
  const topic = await w.post(second, TOPIC, '帮助老党员使用智能手机学习。');
  const pending = await w.post(w.member, TOPIC, '这条评论还在等待审核。');
  expect([first, reply, topic, pending].map((c) => c.status)).toEqual(['waiting', 'waiting', 'waiting', 'waiting']);
  for (const id of [first.id, reply.id, topic.id]) await w.approve(id);
  expect((await w.pending()).map((c) => c.id)).toEqual([pending.id]);

  const run = sync({ WALINE_URL: w.url, WALINE_TOKEN: w.admin.token });
  expect(run.output).toContain('已同步讨论服务');
  expect(run.status).toBe(0);
  const text = readFileSync(snapshotFile, 'utf8');
  const snapshot = JSON.parse(text);
  expect(snapshot).toMatchObject({ version: 1, provider: 'waline', repository: w.url });
  expect(
    snapshot.discussions.map((d: { term: string; comments: number; replies: number }) => [
      d.term,
      d.comments,
      d.replies,
    ]),
  ).toEqual([
    [REPORT, 1, 1],
    [TOPIC, 1, 0],
  ]);
  expect(snapshot.discussions[0].posts.map((p: { text: string }) => p.text)).toEqual([
    '认真学习党章，对照检查自己的不足。',
    '赞同，党章学习要经常化。',
  ]);
  for (const secret of ['member@example.org', 'li.si@example.org', '张党员', '李思', '等待审核', '127.0.0.1:']) {
    expect(text.replace(w.url, '')).not.toContain(secret);
  }
});

test('a sync with a member’s token, or with the service stopped, keeps the previous snapshot', async () => {
  const w = waline!;
  const before = readFileSync(snapshotFile, 'utf8');
  const refused = sync({ WALINE_URL: w.url, WALINE_TOKEN: w.member.token });
  expect(refused.status).toBe(1);
  expect(refused.output).toContain('不是管理员账号的令牌');
  await w.stopWaline();
  try {
    const down = sync({ WALINE_URL: w.url, WALINE_TOKEN: w.admin.token });
    expect(down.status).toBe(1);
    expect(down.output).toContain('连不上讨论服务');
  } finally {
    await w.startWaline();
  }
  expect(readFileSync(snapshotFile, 'utf8')).toBe(before);
});

test('/stats/ of a build from that snapshot shows the numbers and links to the site’s own pages', async ({ page }) => {
  test.setTimeout(240_000);
  await buildSite(outDir, { DISCUSSIONS_SNAPSHOT: snapshotFile });
  preview = await previewSite(outDir, REBUILD_PORT);
  await page.goto(`${site}/stats/`);
  await expect(page.getByText('来自支部自建讨论服务的 2 个讨论')).toBeVisible();
  const month = beijingMonth(Date.now());
  const table = page.getByRole('table', { name: '每月参与明细' });
  // 3 published comments and replies, no reactions, 2 people.
  await expect(table.getByRole('row', { name: new RegExp(`^${month} `) })).toHaveText(
    new RegExp(`${month}\\s*3\\s*0\\s*2`),
  );
  const top = page.getByRole('region', { name: '讨论最多的话题' }).getByRole('listitem');
  await expect(top).toHaveCount(2);
  await expect(top.first().getByRole('link')).toHaveAttribute('href', `/${REPORT}/`);
  await expect(top.first()).toContainText('2 条评论和回复');
});
