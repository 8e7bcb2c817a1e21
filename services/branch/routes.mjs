// @ts-check
/**
 * Every route of the branch service and who may call it: the documented
 * policy (docs/branch-service.md, 接口). The service answers only these; the
 * role test calls each one signed out, as a member, as another member and as
 * an administrator against this table, and fails on a route it does not name.
 */

/**
 * @typedef {import('./auth.mjs').Role} Role
 * @typedef {{ method: 'GET' | 'POST', path: string, who: Role, action: string }} Route
 */

/** @type {readonly Route[]} */
export const ROUTES = Object.freeze([
  { method: 'GET', path: 'me', who: 'signed-in', action: 'me' },
  { method: 'POST', path: 'sign-out', who: 'signed-in', action: 'signOut' },
  { method: 'GET', path: 'ballots/:id', who: 'anyone', action: 'ballot' },
  { method: 'POST', path: 'ballots/:id/cast', who: 'member', action: 'cast' },
  { method: 'GET', path: 'ballots/:id/results', who: 'anyone', action: 'results' },
  { method: 'GET', path: 'ballots/:id/report', who: 'admin', action: 'report' },
  { method: 'POST', path: 'messages', who: 'member', action: 'send' },
  { method: 'GET', path: 'messages/:code', who: 'anyone', action: 'track' },
  { method: 'GET', path: 'inbox', who: 'reader', action: 'inbox' },
  { method: 'GET', path: 'inbox.csv', who: 'reader', action: 'inboxCsv' },
  { method: 'GET', path: 'inbox/:id', who: 'reader', action: 'read' },
  { method: 'POST', path: 'inbox/:id/reply', who: 'reader', action: 'reply' },
  { method: 'GET', path: 'stats', who: 'anyone', action: 'stats' },
  // 思想汇报 and 征文 (submissions.mjs): members' own drafts; the editors are the administrators.
  { method: 'GET', path: 'submissions', who: 'member', action: 'mySubmissions' },
  { method: 'POST', path: 'submissions', who: 'member', action: 'saveSubmission' },
  { method: 'GET', path: 'submissions/:id', who: 'member', action: 'mySubmission' },
  { method: 'GET', path: 'review', who: 'admin', action: 'waitingSubmissions' },
  { method: 'GET', path: 'review/:id', who: 'admin', action: 'openSubmission' },
  { method: 'POST', path: 'review/:id/return', who: 'admin', action: 'returnSubmission' },
  { method: 'POST', path: 'review/:id/published', who: 'admin', action: 'publishedSubmission' },
  // 学习记录 (study.mjs): a member reads and writes only their own; the secretary reads the months sent.
  { method: 'GET', path: 'study', who: 'member', action: 'studyRecord' },
  { method: 'POST', path: 'study/sync', who: 'member', action: 'studySync' },
  { method: 'POST', path: 'study/months/:month', who: 'member', action: 'studySubmit' },
  { method: 'GET', path: 'study/months', who: 'admin', action: 'studyMonths' },
  // 正式考试 (formal-tests.mjs): a member only ever reads their own attempts; results per member are the administrators'.
  { method: 'GET', path: 'tests/:id', who: 'anyone', action: 'testView' },
  { method: 'GET', path: 'tests/:id/mine', who: 'member', action: 'testMine' },
  { method: 'POST', path: 'tests/:id/start', who: 'member', action: 'testStart' },
  { method: 'POST', path: 'tests/:id/submit', who: 'member', action: 'testSubmit' },
  { method: 'GET', path: 'tests/:id/report', who: 'admin', action: 'testReport' },
  // Their images (submission-images.mjs): the author's own; the editors' downloads are audited.
  { method: 'POST', path: 'submissions/:id/images', who: 'member', action: 'addSubmissionImage' },
  { method: 'GET', path: 'submissions/:id/images/:image', who: 'member', action: 'submissionImage' },
  { method: 'POST', path: 'submissions/:id/images/:image/delete', who: 'member', action: 'deleteSubmissionImage' },
  { method: 'GET', path: 'review/:id/images/:image', who: 'admin', action: 'reviewImage' },
]);

/** A path parameter: ASCII letters, digits, - and _ (ids, codes). */
const PARAM = /^[A-Za-z0-9_-]{1,120}$/;

/**
 * The route a request names and its parameters; `allowed` lists the methods
 * of a path that exists under another method (405), none when nothing matches (404).
 * @param {string} method @param {string} path the part after /branch/api/
 * @returns {{ route: Route, params: Record<string, string> } | { route: undefined, allowed: string[] }}
 */
export function matchRoute(method, path) {
  const segments = path.split('/').filter(Boolean);
  const allowed = [];
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) continue;
    /** @type {Record<string, string>} */
    const params = {};
    const fits = pattern.every((part, i) => {
      const segment = decodeURIComponent(segments[i]);
      if (!part.startsWith(':')) return part === segment;
      params[part.slice(1)] = segment;
      return PARAM.test(segment);
    });
    if (!fits) continue;
    if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, params };
    allowed.push(route.method);
  }
  return { route: undefined, allowed };
}
