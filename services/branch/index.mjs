// @ts-check
/**
 * The branch service: member services on the discussion service's accounts,
 * answered under /branch/api/ by the same process (services/waline/server.mjs
 * mounts it). One place each for the routes and who may call them
 * (routes.mjs), who is calling (auth.mjs), storage (store.mjs) and audit;
 * each service (ballots.mjs, channel.mjs) is a module the routes name.
 * docs/branch-service.md describes it for operators, docs/architecture.md where it sits.
 */
import { createRequire } from 'node:module';
import { createAuth } from './auth.mjs';
import { createBallots } from './ballots.mjs';
import { createChannel } from './channel.mjs';
import { createDefinitions } from './definitions.mjs';
import { formalTestProblems } from './formal-rules.mjs';
import { createFormalTests } from './formal-tests.mjs';
import { BranchError, readJson, refuse, sendCsv, sendData, sendFile, sendPreflight, sendRefusal } from './http.mjs';
import { matchRoute } from './routes.mjs';
import { createSubmissions } from './submissions.mjs';
import { createSubmissionImages } from './submission-images.mjs';
import { databaseUnavailable, unavailable } from './store.mjs';
import { createStudy, STUDY_LIMITS, SYNC_MAX_BYTES } from './study.mjs';

const require = createRequire(import.meta.url);
const { createLimiter } = require('../waline/rate-limit.cjs');

export const API_PREFIX = '/branch/api/';

/**
 * @param {{ pool: import('./store.mjs').Pool, secret: string, usersTable: string,
 *   readSession: Parameters<typeof createAuth>[0]['readSession'], passwordFingerprint: (hash: string) => string,
 *   config: ReturnType<typeof import('./config.mjs').branchConfig>, postSeconds: number,
 *   now?: () => number, log?: (line: string) => void }} options
 */
export function createBranchService(options) {
  const { pool, secret, config, now = Date.now, log = console.error } = options;
  const auth = createAuth({ ...options, readers: config.readers });
  const definitions = createDefinitions({
    source: config.ballots ?? '',
    log: (line) => log(line),
  });
  const ballots = createBallots({ pool, secret, definitions, now });
  const channel = createChannel({ pool, secret, now });
  const submissions = createSubmissions({ pool, now });
  const submissionImages = createSubmissionImages({ pool });
  // The formal tests' answer key: a private file beside the built site, never part of it (config.mjs).
  /** @type {ReturnType<typeof createDefinitions<import('./formal-rules.mjs').FormalTest>>} */
  const formalKey = createDefinitions({
    source: config.formalTests,
    list: 'tests',
    problemsOf: formalTestProblems,
    what: '正式考试的答案文件',
    log: (line) => log(line),
  });
  const tests = createFormalTests({ pool, key: formalKey, now });
  // One message per account per interval (a double tap is the same request and gets the same code anyway).
  const posting = createLimiter({ seconds: options.postSeconds });
  const study = createStudy({ pool, now });
  /**
   * 学习记录's routes: bodies up to its own limits (a month's record, a log of several devices).
   * @type {Record<string, (ctx: { req: import('node:http').IncomingMessage, caller: any, params: Record<string, string>, url: URL }) => Promise<unknown>>}
   */
  const studyActions = {
    studyRecord: ({ caller }) => study.record(caller),
    studySync: async ({ req, caller }) => study.sync(caller, await readJson(req, SYNC_MAX_BYTES)),
    studySubmit: async ({ req, caller, params }) =>
      study.submit(caller, params.month, await readJson(req, STUDY_LIMITS.bytes + 1024)),
    studyMonths: ({ caller, url }) => study.months(caller, url),
  };

  /**
   * What each route does, by the route table's `action`.
   * @type {Record<string, (ctx: { req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse,
   *   caller: any, params: Record<string, string>, url: URL }) => Promise<unknown>>}
   */
  const actions = {
    me: async ({ caller }) => ({
      account: { id: caller.accountId, name: caller.name },
      member: caller.member
        ? { id: caller.member.memberId, name: caller.member.name, stage: caller.member.stage }
        : null,
      duties: caller.member?.duties ?? [],
      admin: caller.admin,
      reads: caller.reads,
      expiresAt: caller.expiresAt.toISOString(),
    }),
    signOut: async ({ caller }) => {
      await auth.signOut(caller);
      return { signedOut: true };
    },
    ballot: ({ caller, params }) => ballots.view(caller, params.id),
    cast: async ({ req, caller, params }) => ballots.cast(caller, params.id, await readJson(req)),
    results: ({ params }) => ballots.results(params.id),
    report: async ({ caller, params, url, res }) => {
      const table = await ballots.report(caller, params.id);
      if (url.searchParams.get('format') !== 'csv') return table;
      sendCsv(res, `ballot-${params.id}.csv`, ballots.reportCsv(table));
      return undefined;
    },
    send: async ({ req, caller }) => {
      const body = await readJson(req);
      const slot = posting.take([`account:${caller.accountId}`]);
      if (!slot.ok) throw refuse(429, 'too-fast', `发送太频繁，请 ${slot.waitSeconds} 秒后再试。`);
      try {
        return await channel.send(caller, body);
      } catch (error) {
        slot.release();
        throw error;
      }
    },
    track: ({ params }) => channel.track(params.code),
    inbox: ({ caller }) => channel.inbox(caller),
    inboxCsv: async ({ caller, res }) => {
      sendCsv(res, 'messages.csv', await channel.exportCsv(caller));
      return undefined;
    },
    read: ({ caller, params }) => channel.read(caller, params.id),
    reply: async ({ req, caller, params }) => channel.reply(caller, params.id, await readJson(req)),
    stats: () => channel.stats(),
    mySubmissions: ({ caller }) => submissions.mine(caller),
    saveSubmission: async ({ req, caller }) => submissions.save(caller, await readJson(req)),
    mySubmission: ({ caller, params }) => submissions.own(caller, params.id),
    waitingSubmissions: () => submissions.waiting(),
    openSubmission: ({ caller, params }) => submissions.open(caller, params.id),
    returnSubmission: async ({ req, caller, params }) => submissions.sendBack(caller, params.id, await readJson(req)),
    publishedSubmission: async ({ req, caller, params }) =>
      submissions.published(caller, params.id, await readJson(req)),
    ...studyActions,
    testView: ({ params }) => tests.view(params.id),
    testMine: ({ caller, params }) => tests.mine(caller, params.id),
    testStart: async ({ req, caller, params }) => tests.start(caller, params.id, await readJson(req)),
    testSubmit: async ({ req, caller, params }) => tests.submit(caller, params.id, await readJson(req)),
    testReport: async ({ caller, params, url, res }) => {
      const table = await tests.report(caller, params.id);
      if (url.searchParams.get('format') !== 'csv') return table;
      sendCsv(res, `test-${params.id}.csv`, tests.reportCsv(table));
      return undefined;
    },
    addSubmissionImage: ({ req, caller, params, url }) =>
      submissionImages.add(caller, params.id, req, url.searchParams.get('requestId')),
    submissionImage: async ({ caller, params, res }) => {
      const image = await submissionImages.own(caller, params.id, params.image);
      sendFile(res, image.type, image.bytes);
    },
    deleteSubmissionImage: ({ caller, params }) => submissionImages.remove(caller, params.id, params.image),
    reviewImage: async ({ caller, params, res }) => {
      const image = await submissionImages.forEditor(caller, params.id, params.image);
      sendFile(res, image.type, image.bytes, image.filename);
    },
  };

  /**
   * Answers a request under /branch/api/.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://service');
    try {
      if (req.method === 'OPTIONS') return sendPreflight(res);
      const found = matchRoute(req.method ?? 'GET', url.pathname.slice(API_PREFIX.length));
      if (!found.route) {
        if (found.allowed.length) throw refuse(405, 'method', '不支持这种请求。');
        throw refuse(404, 'not-found', '没有这个接口。');
      }
      const caller = await auth.principal(req);
      auth.require(caller, found.route.who);
      const data = await actions[found.route.action]({ req, res, caller, params: found.params, url });
      if (!res.headersSent) sendData(res, data);
    } catch (error) {
      if (res.headersSent) return void res.end();
      if (error instanceof BranchError) return sendRefusal(res, error);
      if (databaseUnavailable(error)) return sendRefusal(res, unavailable());
      // The message only: a stack or a request body could carry what members wrote.
      log(`[branch] 请求出错 / request failed: ${/** @type {Error} */ (error).message}`);
      return sendRefusal(res, refuse(500, 'failed', '服务出了问题，请稍后再试。您填写的内容仍在页面上。'));
    }
  }

  return { handle, isRevoked: auth.isRevoked };
}
