/** The build's discussion provider: `discussion` and `giscus` in src/settings.yml, overridden by DISCUSSION_PROVIDER, WALINE_URL and GISCUS_*. */
import { resolveDiscussion, type DiscussionSetup } from '../lib/discussion/provider';
import { loadSettings } from './settings';

let cached: DiscussionSetup | undefined;

export function discussionSetup(): DiscussionSetup {
  cached ??= resolveDiscussion(loadSettings(), process.env);
  return cached;
}

/** The Waline server when Waline is the active provider (for the comment counts on list pages and for sync). */
export function walineServer() {
  const { active } = discussionSetup();
  return active?.provider === 'waline' ? active.waline : undefined;
}
