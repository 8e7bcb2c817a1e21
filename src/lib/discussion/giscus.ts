/**
 * Giscus discussion threads (GitHub Discussions): its settings, which theme the
 * widget shows, and where a reader goes when the widget cannot load. Pure
 * logic; the custom element in src/components/discussion/ wires it to the
 * page. The thread key is provider-neutral (src/lib/discussion/provider.ts).
 */

export interface GiscusSettings {
  host: string;
  repo: string;
  repoId: string;
  category: string;
  categoryId: string;
  inputPosition: 'bottom' | 'top';
}

/** Environment variables that override `giscus` in src/settings.yml at build time (tests, staging). */
export const GISCUS_ENV = {
  host: 'GISCUS_HOST',
  repo: 'GISCUS_REPO',
  repoId: 'GISCUS_REPO_ID',
  category: 'GISCUS_CATEGORY',
  categoryId: 'GISCUS_CATEGORY_ID',
  inputPosition: 'GISCUS_INPUT_POSITION',
} as const satisfies Record<keyof GiscusSettings, string>;

const LOCAL_HOST = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

const REQUIRED = ['repo', 'repoId', 'category', 'categoryId'] as const;

/** The fields Giscus still needs, after environment overrides (for the set-up status on /admin/help/). */
export function missingGiscusFields(
  settings: Partial<GiscusSettings> | undefined,
  env: Record<string, string | undefined> = {},
) {
  return REQUIRED.filter((key) => !(env[GISCUS_ENV[key]] || settings?.[key]));
}

/**
 * Settings merged with environment overrides; `undefined` while anything needed
 * is missing (readers then see no discussion; /admin/help/ says what is
 * missing). An override host may be plain http only on this machine (a local
 * test double).
 */
export function resolveGiscus(
  settings: Partial<GiscusSettings> | undefined,
  env: Record<string, string | undefined> = {},
): GiscusSettings | undefined {
  const pick = (key: keyof GiscusSettings) => env[GISCUS_ENV[key]] || settings?.[key];
  const host = (pick('host') || 'https://giscus.app').replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+$/.test(host) && !LOCAL_HOST.test(host)) {
    throw new Error(`${GISCUS_ENV.host}: 形如 https://giscus.app / must look like https://giscus.app (got "${host}")`);
  }
  const inputPosition = pick('inputPosition') === 'top' ? 'top' : 'bottom';
  const [repo, repoId, category, categoryId] = REQUIRED.map(pick);
  if (!repo || !repoId || !category || !categoryId) return undefined;
  return { host, repo, repoId, category, categoryId, inputPosition };
}

/** The GitHub page that finds the thread, for readers when the widget cannot load. */
export function threadSearchUrl(repo: string, term: string): string {
  return `https://github.com/${repo}/discussions?discussions_q=${encodeURIComponent(`in:title "${term}"`)}`;
}

/** Giscus theme names for the site's modes; absent mode follows the reader's system setting. */
export function giscusTheme(mode: string | undefined, prefersDark: boolean): string {
  switch (mode) {
    case 'light':
      return 'light';
    case 'dark':
      return 'dark';
    case 'contrast':
      // The site's high-contrast palette is black on white whatever the system says.
      return 'light_high_contrast';
    default:
      return prefersDark ? 'dark' : 'light';
  }
}

/** The origin messages from the widget must come from. */
export function giscusOrigin(host: string): string {
  return new URL(host).origin;
}

export interface GiscusMetadata {
  totalCommentCount: number;
  totalReplyCount: number;
  reactionCount: number;
}

/** What a message from the widget means to the page: it answered, maybe with thread counts. */
export function readGiscusMessage(
  data: unknown,
  origin: string,
  expectedOrigin: string,
): { kind: 'ignored' } | { kind: 'alive'; metadata?: GiscusMetadata } {
  if (origin !== expectedOrigin || typeof data !== 'object' || data === null || !('giscus' in data))
    return { kind: 'ignored' };
  const giscus = (data as { giscus: unknown }).giscus;
  if (typeof giscus !== 'object' || giscus === null) return { kind: 'ignored' };
  const discussion = (giscus as { discussion?: Record<string, unknown> }).discussion;
  if (discussion && typeof discussion.totalCommentCount === 'number') {
    const count = (key: string) => (typeof discussion[key] === 'number' ? (discussion[key] as number) : 0);
    return {
      kind: 'alive',
      metadata: {
        totalCommentCount: count('totalCommentCount'),
        totalReplyCount: count('totalReplyCount'),
        reactionCount: count('reactionCount'),
      },
    };
  }
  return { kind: 'alive' };
}
