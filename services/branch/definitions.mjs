// @ts-check
/**
 * The ballots' definitions as the site published them (/branch/ballots.json,
 * built from the CMS's 网上投票 entries), read from a URL or a file and kept for
 * a short while. A definition with problems is left out and named once in the
 * log, so one bad entry does not stop the others.
 */
import { readFile } from 'node:fs/promises';
import { definitionProblems } from './ballot-rules.mjs';

/**
 * @param {{ source: string, cacheMs?: number, log?: (line: string) => void }} options
 *   `source`: an http(s) URL or a file path
 */
export function createDefinitions({ source, cacheMs = 30_000, log = console.warn }) {
  /** @type {{ at: number, byId: Map<string, import('./ballot-rules.mjs').BallotDefinition> } | undefined} */
  let cached;
  const reported = new Set();

  async function load() {
    const text = /^https?:\/\//.test(source)
      ? await fetch(source, { signal: AbortSignal.timeout(5000) }).then((r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          return r.text();
        })
      : await readFile(source, 'utf8');
    const list = JSON.parse(text)?.ballots;
    if (!Array.isArray(list)) throw new Error('no "ballots" list');
    const byId = new Map();
    for (const def of list) {
      const problems = definitionProblems(def);
      if (problems.length === 0) byId.set(def.id, def);
      else
        for (const problem of problems)
          if (!reported.has(problem)) {
            reported.add(problem);
            log(`[branch] 投票定义有误，已跳过 / ballot definition skipped: ${problem}`);
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
          log(
            `[branch] 读不到投票定义 ${source} / cannot read ballot definitions: ${/** @type {Error} */ (error).message}`,
          );
          if (!cached) return undefined;
          cached = { ...cached, at: Date.now() };
        }
      }
      return cached.byId.get(id);
    },
  };
}
