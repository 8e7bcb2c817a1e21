// @ts-check
/**
 * The branch service's settings, from the same environment file as the
 * discussion service (services/waline/waline.env.example). Pure: returns
 * problems instead of throwing.
 */
import { fileURLToPath } from 'node:url';

/**
 * Where the build writes the formal tests' answer key: beside dist/, never in it
 * (src/integrations/formal-test-key.ts), so a site built in this checkout needs no setting.
 */
export const DEFAULT_FORMAL_TESTS = fileURLToPath(new URL('../../branch-private/formal-tests.json', import.meta.url));

/** Duties (the archive's 职务) whose holders read 意见 by default: the whole committee. */
export const DEFAULT_OPINION_READERS = ['*'];
/** And 举报: the discipline inspection member. A branch without one names 书记 (BRANCH_REPORT_READERS=书记). */
export const DEFAULT_REPORT_READERS = ['纪检委员'];

/** @param {string | undefined} value @param {string[]} fallback */
const list = (value, fallback) => {
  const items = (value ?? '')
    .split(/[,，]/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : fallback;
};

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ ballots: string | undefined, formalTests: string, readers: { opinion: string[], report: string[] }, problems: string[] }}
 */
export function branchConfig(env) {
  const problems = [];
  const site = env.SITE_URL?.replace(/\/+$/, '');
  const ballots = env.BRANCH_BALLOTS || (site ? `${site}/branch/ballots.json` : undefined);
  if (env.BRANCH_BALLOTS && !/^(https?:\/\/\S+|[^\s]+\.json)$/.test(env.BRANCH_BALLOTS))
    problems.push(
      `BRANCH_BALLOTS=“${env.BRANCH_BALLOTS}”应是网站的 /branch/ballots.json 的网址或文件路径 / BRANCH_BALLOTS must be a URL or a .json path.`,
    );
  return {
    ballots,
    formalTests: env.BRANCH_FORMAL_TESTS || DEFAULT_FORMAL_TESTS,
    readers: {
      opinion: list(env.BRANCH_OPINION_READERS, DEFAULT_OPINION_READERS),
      report: list(env.BRANCH_REPORT_READERS, DEFAULT_REPORT_READERS),
    },
    problems,
  };
}
