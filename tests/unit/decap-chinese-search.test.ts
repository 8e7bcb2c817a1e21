/** The CMS finds entries for two-character Chinese terms; longer terms keep Decap's own bar. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fuzzy from 'fuzzy';
import { CHINESE_SEARCH_FILTER, DECAP_SEARCH_FILTER, patchDecapSearch } from '../../admin/build/decap-chinese-search';

const require = createRequire(import.meta.url);
const backendPath = require.resolve('decap-cms-core/dist/esm/backend.js');

/** Decap's filter after the patch: fuzzy scores, then the threshold from the patched line. */
function hits(term: string, titles: string[], patched: boolean): string[] {
  const keep = patched ? (score: number) => score > Math.min(5, 2 * term.length - 2) : (score: number) => score > 5;
  return fuzzy
    .filter(term, titles)
    .filter((r) => keep(r.score))
    .map((r) => r.original);
}

const TITLES = ['通读党章总纲：结构、要点与学习方法', '支部召开党员大会', '党的章程', '学习强国'];

describe('Decap search with Chinese terms', () => {
  it.each([
    ['党章', ['通读党章总纲：结构、要点与学习方法']],
    ['支部', ['支部召开党员大会']],
    ['党', ['通读党章总纲：结构、要点与学习方法', '支部召开党员大会', '党的章程']],
    ['党章总纲', ['通读党章总纲：结构、要点与学习方法']],
  ])('%s finds %j', (term, expected) => {
    expect(hits(term, TITLES, true)).toEqual(expected);
  });

  it('without the patch a two-character term finds nothing', () => {
    expect(hits('党章', TITLES, false)).toEqual([]);
  });

  it('scattered characters of a two-character term are not a hit (党…章 in 党的章程)', () => {
    expect(fuzzy.filter('党章', ['党的章程'])[0]!.score).toBe(2);
    expect(hits('党章', ['党的章程'], true)).toEqual([]);
  });
});

describe('the build-time patch', () => {
  it('applies to the installed decap-cms-core and only there', () => {
    const code = readFileSync(backendPath, 'utf8');
    const patched = patchDecapSearch(code, backendPath)!;
    expect(patched).toContain(CHINESE_SEARCH_FILTER);
    expect(patched).not.toContain(DECAP_SEARCH_FILTER);
    expect(patchDecapSearch(code, '/x/node_modules/other/backend.js')).toBeNull();
  });

  it('fails the build when Decap changes the line', () => {
    expect(() => patchDecapSearch('score > 6', '/n/decap-cms-core/dist/esm/backend.js')).toThrow(
      /decap-cms-core changed its search filter/,
    );
  });
});
