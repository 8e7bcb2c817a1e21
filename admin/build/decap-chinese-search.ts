/**
 * Decap's search keeps a hit only when its fuzzy score is above 5. A fully
 * matching two-character term scores 1 + 3 = 4, so a search for 党章 or 支部 —
 * most Chinese words have two characters — finds nothing. This Vite plugin
 * lowers the bar for one- and two-character terms (a contiguous match is
 * required: scattered characters still score too low) and leaves longer terms
 * as Decap has them. If a Decap upgrade changes that line, the build fails here
 * instead of the fix silently disappearing.
 */
export const DECAP_SEARCH_FILTER = '}) => score > 5).sort(sortByScore)';
/** n characters in a row score 1 + 3 + 7 + …; min(5, 2n − 2) admits a contiguous 1- or 2-character match. */
export const CHINESE_SEARCH_FILTER = '}) => score > Math.min(5, 2 * searchTerm.length - 2)).sort(sortByScore)';

const BACKEND_MODULE = /decap-cms-core[\\/]dist[\\/]esm[\\/]backend\.js$/;

export function patchDecapSearch(code: string, id: string): string | null {
  if (!BACKEND_MODULE.test(id)) return null;
  if (!code.includes(DECAP_SEARCH_FILTER)) {
    throw new Error(`decap-cms-core changed its search filter; update admin/build/decap-chinese-search.ts (${id})`);
  }
  return code.replace(DECAP_SEARCH_FILTER, CHINESE_SEARCH_FILTER);
}

export function decapChineseSearch() {
  return {
    name: 'decap-chinese-search',
    transform: {
      // A filter lets the bundler skip calling this hook for the thousands of other modules.
      filter: { id: BACKEND_MODULE },
      handler(code: string, id: string) {
        return patchDecapSearch(code, id);
      },
    },
  };
}
