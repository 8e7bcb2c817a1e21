/**
 * The signed-in member as the branch service's pages see it: the token the
 * one sign-in keeps (sign-in-dialog.ts) and who it is (`me`). Shared by the
 * channel's forms, the submission form and the readers' page; signing in and
 * out is sign-in-dialog.ts.
 */
import { callBranch, storedToken } from '../../lib/branch/api';
import { fill } from '../../i18n/fill';

export type Session =
  | { kind: 'signed-in'; token: string; me: unknown }
  | { kind: 'signed-out' }
  | { kind: 'unreachable' };

/** The member signed in on this browser, asked of the service (a token it no longer takes means signed out). */
export async function currentSession(serverURL: string): Promise<Session> {
  const token = storedToken(localStorage);
  if (!token) return { kind: 'signed-out' };
  const answer = await callBranch<unknown>(serverURL, 'me', { token });
  if (answer.ok) return { kind: 'signed-in', token, me: answer.data };
  if (answer.problem.kind === 'unreachable') return { kind: 'unreachable' };
  return { kind: 'signed-out' };
}

/** The name to greet (`me`): the archive's name, else the account's. */
export function displayName(me: unknown): string {
  const m = me as { member?: { name?: unknown } | null; account?: { name?: unknown } } | null;
  const name = m?.member?.name ?? m?.account?.name;
  return typeof name === 'string' ? name : '';
}

/**
 * Asks who is signed in and shows it in the form's SessionBox: the name with 退出登录, or 登录.
 * Unreachable shows neither: the member may well be signed in, and sending says what went wrong.
 */
export async function showSessionBox(box: HTMLElement, serverURL: string): Promise<Session> {
  const session = storedToken(localStorage) ? await currentSession(serverURL) : ({ kind: 'signed-out' } as const);
  box.hidden = false;
  box.querySelector<HTMLElement>('[data-signed-in]')!.hidden = session.kind !== 'signed-in';
  box.querySelector<HTMLElement>('[data-signed-out]')!.hidden = session.kind !== 'signed-out';
  if (session.kind === 'signed-in')
    box.querySelector('[data-signed-as]')!.textContent = fill(box.dataset.signedAsText ?? '', {
      name: displayName(session.me),
    });
  return session;
}
