/**
 * The discussion under an entry, whichever service holds it: the thread key
 * every provider shares, which provider a build uses (settings plus build-time
 * environment overrides) and whether it is set up completely. Readers see a
 * discussion only when it is; set-up help lives on /admin/help/ and in the
 * docs. Pure logic.
 */
import { resolveGiscus, type GiscusSettings } from './giscus';
import { resolveWalineServer, type WalineServer } from './waline';

export const DISCUSSION_PROVIDERS = ['giscus', 'waline', 'none'] as const;
export type DiscussionProvider = (typeof DISCUSSION_PROVIDERS)[number];

/** How long a discussion service may take to answer before the reader gets a plain message instead of the box. */
export const DISCUSSION_TIMEOUT_MS = 8000;

/** Environment variables that override `discussion` in src/settings.yml at build time (tests, staging). */
export const DISCUSSION_ENV = { provider: 'DISCUSSION_PROVIDER', walineUrl: 'WALINE_URL' } as const;

/** `discussion` in src/settings.yml. */
export interface DiscussionSettings {
  provider?: DiscussionProvider;
  walineUrl?: string;
}

/** A provider that is set up: the component renders it. */
export type ActiveDiscussion =
  | { provider: 'giscus'; giscus: GiscusSettings }
  | { provider: 'waline'; waline: WalineServer };

export interface DiscussionSetup {
  /** The provider chosen in the settings (or by DISCUSSION_PROVIDER). */
  provider: DiscussionProvider;
  /** The provider ready to render; `undefined` when none is chosen or it is incomplete. */
  active: ActiveDiscussion | undefined;
}

type Env = Record<string, string | undefined>;

/** The build's discussion: chosen provider and, when complete, its settings. Bad values throw naming the field or variable and the fix. */
export function resolveDiscussion(
  settings: { discussion?: DiscussionSettings; giscus?: Partial<GiscusSettings> },
  env: Env = {},
): DiscussionSetup {
  // An empty variable means unset (a CI step that writes `DISCUSSION_PROVIDER=` has chosen nothing).
  const fromEnv = env[DISCUSSION_ENV.provider] || undefined;
  if (fromEnv !== undefined && !(DISCUSSION_PROVIDERS as readonly string[]).includes(fromEnv)) {
    throw new Error(
      `${DISCUSSION_ENV.provider}: 只能是 ${DISCUSSION_PROVIDERS.join('、')} / must be one of ${DISCUSSION_PROVIDERS.join(', ')} (got "${fromEnv}")`,
    );
  }
  const provider = (fromEnv as DiscussionProvider | undefined) || settings.discussion?.provider || 'giscus';
  switch (provider) {
    case 'none':
      return { provider, active: undefined };
    case 'giscus': {
      const giscus = resolveGiscus(settings.giscus, env);
      return { provider, active: giscus && { provider, giscus } };
    }
    case 'waline': {
      const override = env[DISCUSSION_ENV.walineUrl];
      const waline = override
        ? resolveWalineServer(override, DISCUSSION_ENV.walineUrl, true)
        : resolveWalineServer(settings.discussion?.walineUrl, 'discussion.walineUrl');
      return { provider, active: { provider, waline } };
    }
  }
}

/** The ASCII thread key of an entry, the same for every provider: `reports/2026-q1-zhang-ming`. */
export function discussionTerm(collection: string, id: string): string {
  const term = `${collection}/${id}`;
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(term))
    throw new Error(`Discussion term must be ASCII [a-z0-9-]/[a-z0-9-]: "${term}"`);
  return term;
}
