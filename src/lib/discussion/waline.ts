/**
 * Waline, the branch's own discussion service: where the server is, how the
 * page asks it for comment counts, which client options keep every request on
 * the site's (or the configured) origin, and what an error the client reports
 * means to a member. Pure logic; the custom elements in
 * src/components/discussion/ wire it to the page.
 */

/** Where Waline lives unless the settings say otherwise: behind the site's own web server. */
export const DEFAULT_WALINE_URL = '/waline/';

export interface WalineServer {
  /** As configured, ending in `/`: a path on the site's origin (`/waline/`) or an absolute URL. */
  url: string;
  /** The origin when the service runs elsewhere (for the content security policy); absent on the site's own origin. */
  origin?: string;
}

const SAME_ORIGIN_PATH = /^(\/[\w.~-]+)+\/?$/;
const REMOTE = /^https:\/\/[^/\s?#@]+(\/[\w.~-]+)*\/?$/;
const LOCAL = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[\w.~-]+)*\/?$/;

/** The pattern the settings form checks (`discussion.walineUrl`); plain http is never accepted there. */
export const WALINE_URL_PATTERN = {
  source: `${SAME_ORIGIN_PATH.source}|${REMOTE.source}`,
  message:
    '填本站路径如 /waline/，或另一台服务器的 https 地址如 https://talk.example.cn/ / a path like /waline/ or an https address',
};

/**
 * The configured server, checked. `source` names where the value came from
 * (the settings field or an environment variable) for the error; only an
 * environment override may be plain http, and only on this machine (a test
 * server).
 */
export function resolveWalineServer(value: string | undefined, source: string, allowLocalHttp = false): WalineServer {
  const raw = (value ?? '').trim() || DEFAULT_WALINE_URL;
  if (!SAME_ORIGIN_PATH.test(raw) && !REMOTE.test(raw) && !(allowLocalHttp && LOCAL.test(raw))) {
    throw new Error(`${source}: ${WALINE_URL_PATTERN.message}（当前为 "${raw}"）`);
  }
  const url = raw.endsWith('/') ? raw : `${raw}/`;
  return raw.startsWith('/') ? { url } : { url, origin: new URL(raw).origin };
}

/** The absolute server address the client library wants (no trailing slash), from the page's address. */
export function walineServerUrl(url: string, pageHref: string): string {
  return new URL(url, pageHref).href.replace(/\/+$/, '');
}

/** Waline's count API for a batch of thread keys: only approved comments count. */
export function commentCountUrl(serverUrl: string, paths: readonly string[]): string {
  return `${serverUrl}/api/comment?type=count&url=${encodeURIComponent(paths.join(','))}&lang=zh-CN`;
}

/**
 * The counts in Waline's answer, by thread key, or `undefined` when the answer
 * is not one (an error object, a proxy's HTML page parsed elsewhere, a wrong
 * length). Waline answers one number for a single key in its old format and a
 * list otherwise.
 */
export function readCommentCounts(body: unknown, paths: readonly string[]): Map<string, number> | undefined {
  if (typeof body !== 'object' || body === null || (body as { errno?: unknown }).errno) return undefined;
  const data = (body as { data?: unknown }).data;
  const list = typeof data === 'number' && paths.length === 1 ? [data] : data;
  if (!Array.isArray(list) || list.length !== paths.length || !list.every((n) => Number.isInteger(n) && n >= 0))
    return undefined;
  return new Map(paths.map((path, index) => [path, list[index] as number]));
}

/**
 * The longest comment, in characters. The service refuses longer ones with
 * the same number (WALINE_MAX_LENGTH, default 5000: services/waline/config.mjs;
 * a unit test keeps the two equal); the box counts and stops them first.
 */
export const COMMENT_MAX_CHARS = 5000;

/** Strings of the Waline box that the site words itself (the rest is the library's own zh-CN). */
export type WalineLocaleOverrides = {
  placeholder: string;
  sofa: string;
  admin: string;
  commentUnderReview: string;
  /** The counter under the editor, and what the box says when the text is too long ($1 the limit, $2 the count). */
  word: string;
  wordHint: string;
};

/** The keys of clientStrings('waline.') that become Waline's locale. */
export const WALINE_LOCALE_KEYS = [
  'placeholder',
  'sofa',
  'admin',
  'commentUnderReview',
  'word',
  'wordHint',
] as const satisfies readonly (keyof WalineLocaleOverrides)[];

/** Waline asks before deleting a comment with `window.confirm`, in English whatever the language. */
export const WALINE_DELETE_QUESTION = 'Are you sure you want to delete this comment?';

/**
 * The client options: the thread of this entry, Chinese, signing in required,
 * and nothing that would load from another host (Waline's defaults fetch
 * emoji and reaction images from unpkg, GIFs from Giphy, and embed pasted
 * images as data URLs in the comment). No page-view or comment counters.
 */
export function walineOptions(serverURL: string, path: string, locale: WalineLocaleOverrides) {
  return {
    serverURL,
    path,
    lang: 'zh-CN',
    locale,
    login: 'force',
    emoji: false,
    search: false,
    reaction: false,
    imageUploader: false,
    highlighter: false,
    texRenderer: false,
    pageview: false,
    comment: false,
    // Waline's own RSS links and its "Powered by" link lead readers off the site.
    noRss: true,
    noCopyright: true,
    // The site's display modes restyle the box through CSS variables (waline-theme.css), not Waline's dark mode.
    dark: false,
    // Newest first, Waline's default: the one order its PostgreSQL storage sorts by (oldest-first sends no ORDER BY).
    commentSorting: 'latest',
    // The length limit, counted and enforced in the box before anything is sent.
    wordLimit: COMMENT_MAX_CHARS,
  } as const;
}

export type SubmitProblem =
  | { kind: 'unreachable' }
  | { kind: 'too-large' }
  | { kind: 'bad-answer'; status: number | undefined }
  | { kind: 'refused'; reason: string };

/**
 * What an error message of the Waline client (which reports every failure
 * with `window.alert`) means: the service could not be reached; the web
 * server answered instead of the service, with a page that is not the
 * service's answer (`lastStatus`, the HTTP status of that answer when the
 * page saw it: 413 means the comment was too large for the web server); or
 * the service refused it with a reason worth showing (too fast, too long…).
 */
export function submitProblem(message: string, lastStatus?: number): SubmitProblem {
  const text = message.trim();
  // fetch() failures (Chromium, WebKit, Firefox) and time-outs: nothing came back.
  if (!text || /failed to fetch|load failed|networkerror|network error|aborted|timed? ?out/i.test(text))
    return { kind: 'unreachable' };
  // Something came back that is not JSON: an error page of the web server. 502/503/504: it could not reach
  // the service (nginx's answer while the service is down); 413: the comment was too large for it.
  if (/json|unexpected token|unexpected end/i.test(text)) {
    if (lastStatus === 502 || lastStatus === 503 || lastStatus === 504) return { kind: 'unreachable' };
    return lastStatus === 413 ? { kind: 'too-large' } : { kind: 'bad-answer', status: lastStatus };
  }
  // The api package wraps server errors: "Get comment data failed with 1001: reason".
  const wrapped = /failed with \d+: (.*)$/s.exec(text);
  // Without its final stop: the notice adds its own sentence after it.
  return { kind: 'refused', reason: (wrapped?.[1] ?? text).trim().replace(/[。.!！]+$/u, '') };
}

/**
 * Whether an answer of the service says a member's edit went back to review:
 * the answer to a change of a comment's text (PUT /api/comment/<id> with
 * `comment`), with the comment now waiting. The box itself shows nothing of
 * it (it updates only the text).
 */
export function editWentToReview(method: string, url: string, requestBody: unknown, answer: unknown): boolean {
  if (method.toUpperCase() !== 'PUT' || !/\/api\/comment\/\d+(\?|$)/.test(url)) return false;
  let body: unknown = requestBody;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return false;
    }
  }
  if (typeof body !== 'object' || body === null || !('comment' in body)) return false;
  if (typeof answer !== 'object' || answer === null) return false;
  const { errno, data } = answer as { errno?: unknown; data?: { status?: unknown } | null };
  return errno === 0 && data?.status === 'waiting';
}

/** Where the Waline client keeps the signed-in member (its `useStorage` key in localStorage). */
export const WALINE_USER_KEY = 'WALINE_USER';

/** Waline's sign-in API (what its own login page calls): email, password and, with two-step verification, the code. */
export function signInUrl(serverUrl: string): string {
  return `${serverUrl}/api/token?lang=zh-CN`;
}

/**
 * What the sign-in answer means: the member with the token the client stores
 * (in the shape Waline's own login page hands it over), or a refusal (Waline
 * gives no reason: wrong password, unknown, unverified or banned account alike).
 */
export function readSignIn(
  body: unknown,
): { kind: 'signed-in'; user: Record<string, unknown> & { token: string } } | { kind: 'refused' } {
  if (typeof body !== 'object' || body === null || (body as { errno?: unknown }).errno !== 0)
    return { kind: 'refused' };
  const data = (body as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return { kind: 'refused' };
  const { token, password: _password, ...user } = data as Record<string, unknown>;
  if (typeof token !== 'string' || token === '') return { kind: 'refused' };
  return { kind: 'signed-in', user: { ...user, token, remember: true } };
}
