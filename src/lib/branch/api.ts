/**
 * Talking to the branch service (services/branch/, docs/branch-service.md) from
 * the page: one signed-in member, the same token the discussion box keeps
 * (localStorage WALINE_USER, written by the sign-in dialog), every answer read
 * into a result the page can word for members. Pure logic plus `fetch`.
 */
import { WALINE_USER_KEY } from '../discussion/waline';

/** Where the service's API lives under the discussion service's address. */
export const BRANCH_API_PATH = '/branch/api/';

/** How long the page waits for an answer before it tells the member the service is unreachable. */
export const BRANCH_TIMEOUT_MS = 10_000;

/** What went wrong, as the page words it: `code` and `message` come from the service, `status` from HTTP. */
export type BranchProblem =
  | { kind: 'unreachable' }
  | { kind: 'signed-out' }
  | { kind: 'refused'; status: number; code: string; message: string };

export type BranchResult<T> = { ok: true; data: T } | { ok: false; problem: BranchProblem };

/** The API address of one route, e.g. branchApiUrl('https://x.cn/waline', 'ballots/a/cast'). */
export function branchApiUrl(serverUrl: string, route: string): string {
  return `${serverUrl.replace(/\/+$/, '')}${BRANCH_API_PATH}${route.replace(/^\/+/, '')}`;
}

/** The session token the sign-in stored, or undefined when nobody is signed in on this browser. */
export function storedToken(storage: Pick<Storage, 'getItem'>): string | undefined {
  try {
    const user = JSON.parse(storage.getItem(WALINE_USER_KEY) ?? 'null') as { token?: unknown } | null;
    return typeof user?.token === 'string' && user.token !== '' ? user.token : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the service's envelope ({ ok, data } or { ok: false, error }) with the HTTP status. */
export function readAnswer<T>(status: number, body: unknown): BranchResult<T> {
  if (typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true)
    return { ok: true, data: (body as { data: T }).data };
  if (status === 401) return { ok: false, problem: { kind: 'signed-out' } };
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code === 'string' && typeof error.message === 'string')
    return { ok: false, problem: { kind: 'refused', status, code: error.code, message: error.message } };
  // Not the service's envelope: a proxy's error page (502/503/504 while the service is down) or nothing at all.
  return { ok: false, problem: { kind: 'unreachable' } };
}

/** A random id for one write, so a retry after a broken connection is recognised and never counted twice. */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Calls one route. `body` is sent as JSON (writes), or as it is when a Blob
 * (an image, with its own type); the token, when given, as
 * `Authorization: Bearer`. Never throws: a network failure or time-out is
 * `unreachable`.
 */
export async function callBranch<T>(
  serverUrl: string,
  route: string,
  options: { method?: 'GET' | 'POST'; body?: unknown; token?: string; timeoutMs?: number } = {},
): Promise<BranchResult<T>> {
  const headers: Record<string, string> = {};
  const bytes = options.body instanceof Blob ? options.body : undefined;
  if (options.body !== undefined) headers['content-type'] = bytes ? bytes.type : 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  try {
    const response = await fetch(branchApiUrl(serverUrl, route), {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: bytes ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'omit',
      signal: AbortSignal.timeout(options.timeoutMs ?? BRANCH_TIMEOUT_MS),
    });
    const body = await response.json().catch(() => undefined);
    return readAnswer<T>(response.status, body);
  } catch {
    return { ok: false, problem: { kind: 'unreachable' } };
  }
}

/** A file the service keeps (an image), as a Blob; its refusals read like every answer's. Never throws. */
export async function fetchBranchFile(serverUrl: string, route: string, token: string): Promise<BranchResult<Blob>> {
  try {
    const response = await fetch(branchApiUrl(serverUrl, route), {
      headers: { authorization: `Bearer ${token}` },
      credentials: 'omit',
      signal: AbortSignal.timeout(BRANCH_TIMEOUT_MS),
    });
    if (response.ok) return { ok: true, data: await response.blob() };
    return readAnswer<Blob>(response.status, await response.json().catch(() => undefined));
  } catch {
    return { ok: false, problem: { kind: 'unreachable' } };
  }
}
