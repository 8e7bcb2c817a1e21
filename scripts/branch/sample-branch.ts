/**
 * `npm run waline -- --sample`: the sample branch on the local service, so the
 * ballots, 民主评议 and the confidential channel can be tried with the sample
 * content: one account per sample archive (its 讨论区账号 as the display name,
 * `<account>@example.org`, one shared demo password), the secretary's archive
 * (支部职务 书记) as the administrator, and the roster from the archives
 * (services/branch/roster.mjs). Only for the throwaway service under .waline-dev/.
 */
import { openPool, usersTable } from '../../services/branch/connect.mjs';
import { syncRoster } from '../../services/branch/roster.mjs';
import { readArchives } from '../members/archive-files.ts';

/** The password of every sample account: printed, never used outside this machine. */
export const SAMPLE_PASSWORD = 'sample-password-2026';

const emailOf = (account: string) => `${account}@example.org`;

async function api(serviceUrl: string, path: string, body: unknown, token?: string) {
  const response = await fetch(`${serviceUrl}/api/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      referer: `${serviceUrl}/`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errno: number; errmsg: string; data: { token?: string } };
  return answer;
}

/**
 * Creates the missing sample accounts and writes the roster; returns the lines to print.
 * An existing administrator (someone registered at /ui/register first) is kept and used.
 */
export async function seedSampleBranch(serviceUrl: string, env: Record<string, string>): Promise<string[]> {
  const { archives, problems } = readArchives();
  if (problems.length) return [`示例档案有误，没有建立示例账号：${problems.join('；')}`];
  const withAccounts = archives.filter((a) => a.data.discussionAccounts?.length);
  const secretary = withAccounts.find((a) => (a.data.duties as string[] | undefined)?.includes('书记'));
  const ordered = secretary ? [secretary, ...withAccounts.filter((a) => a !== secretary)] : withAccounts;

  // The first registration makes the administrator (when nobody has registered yet).
  const first = ordered[0]!.data.discussionAccounts![0]!;
  await api(serviceUrl, 'user', { display_name: first, email: emailOf(first), password: SAMPLE_PASSWORD });
  const admin = await api(serviceUrl, 'token', { email: emailOf(first), password: SAMPLE_PASSWORD });
  if (admin.errno !== 0 || !admin.data.token)
    return ['已有管理员账号（不是示例账号），没有建立示例账号。删除 .waline-dev/ 可从头开始。'];
  for (const archive of ordered.slice(1)) {
    const account = archive.data.discussionAccounts![0]!;
    await api(
      serviceUrl,
      'user',
      { display_name: account, email: emailOf(account), password: SAMPLE_PASSWORD },
      admin.data.token,
    );
  }

  const pool = openPool(env, { max: 1 });
  try {
    const roster = await syncRoster(
      pool,
      usersTable(env),
      ordered.map((archive) => ({
        memberId: archive.id,
        name: archive.data.name,
        stage: archive.data.stage,
        duties: (archive.data.duties as string[] | undefined) ?? [],
        accounts: archive.data.discussionAccounts ?? [],
      })),
    );
    return [
      `示例支部：${roster.linked.length} 个示例账号，密码都是 ${SAMPLE_PASSWORD}（邮箱 = 讨论区账号@example.org）`,
      ...ordered.map(
        (archive) =>
          `  ${emailOf(archive.data.discussionAccounts![0]!)}  ${archive.data.name} · ${archive.data.stage}${
            (archive.data.duties as string[] | undefined)?.length
              ? ` · ${(archive.data.duties as string[]).join('、')}`
              : ''
          }${archive === ordered[0] ? ' · 管理员' : ''}`,
      ),
    ];
  } finally {
    await pool.end();
  }
}
