// @ts-check
/**
 * The ballots' definitions as the site published them (/branch/ballots.json,
 * built from the CMS's 网上投票 entries), read from a URL or a file and kept for
 * a short while. A definition with problems is left out and named once in the
 * log, so one bad entry does not stop the others. The formal tests' private
 * answer key (formal-tests.mjs) is read the same way under its own list name.
 */
import { readFile } from 'node:fs/promises';
import { definitionProblems } from './ballot-rules.mjs';

/**
 * @template [T=import('./ballot-rules.mjs').BallotDefinition]
 * @param {{ source: string, cacheMs?: number, log?: (line: string) => void,
 *   list?: string, problemsOf?: (def: any) => string[], what?: string }} options
 *   `source`: an http(s) URL or a file path; `list`: the file's list of definitions
 */
export function createDefinitions({
  source,
  cacheMs = 30_000,
  log = console.warn,
  list: listName = 'ballots',
  problemsOf = definitionProblems,
  what = '投票定义',
}) {
  /** @type {{ at: number, byId: Map<string, T> } | undefined} */
  let cached;
  const reported = new Set();

  async function load() {
    const text = /^https?:\/\//.test(source)
      ? await fetch(source, { signal: AbortSignal.timeout(5000) }).then((r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          return r.text();
        })
      : await readFile(source, 'utf8');
    const list = JSON.parse(text)?.[listName];
    if (!Array.isArray(list)) throw new Error(`no "${listName}" list`);
    const byId = new Map();
    for (const def of list) {
      const problems = problemsOf(def);
      if (problems.length === 0) byId.set(def.id, def);
      else
        for (const problem of problems)
          if (!reported.has(problem)) {
            reported.add(problem);
            log(`[branch] ${what}有误，已跳过 / definition skipped: ${problem}`);
          }
    }
    return byId;
  }

  return {
    /** The definition of one ballot, or undefined; the last good list when the source cannot be read now. @param {string} id */
    async get(id) {
      if (!cached || Date.now() - cached.at > cacheMs) {
        try {
          cached = { at: Date.now(), byId: await load() };
        } catch (error) {
          log(`[branch] 读不到${what} ${source} / cannot read definitions: ${/** @type {Error} */ (error).message}`);
          if (!cached) return undefined;
          cached = { ...cached, at: Date.now() };
        }
      }
      return cached.byId.get(id);
    },
  };
}
