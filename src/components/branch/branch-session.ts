/**
 * The signed-in member as the branch service's pages see it: the token the
 * one sign-in keeps (sign-in-dialog.ts) and who it is (`me`). Shared by the
 * channel's forms and the readers' page; signing in and out is sign-in-dialog.ts.
 */
import { callBranch, storedToken } from '../../lib/branch/api';

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
