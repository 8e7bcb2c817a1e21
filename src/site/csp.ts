/** The build's CSP config for Astro: the policy of src/lib/web/csp.ts with this site's discussion service and media servers. */
import { CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES, cspDirectives, inlineHash } from '../lib/web/csp';
import { modeBootScript } from '../lib/web/display-modes';
import { giscusOrigin } from '../lib/discussion/giscus';
import { resolveDiscussion } from '../lib/discussion/provider';
import type { Settings } from './settings';

export function contentSecurityPolicy(settings: Settings) {
  const { active } = resolveDiscussion(settings, process.env);
  return {
    algorithm: 'SHA-256' as const,
    directives: [
      ...cspDirectives({
        giscusOrigin: active?.provider === 'giscus' ? giscusOrigin(active.giscus.host) : undefined,
        walineOrigin: active?.provider === 'waline' ? active.waline.origin : undefined,
        mediaOrigins: settings.mediaHosts.map((host) => new URL(host).origin),
      }),
    ],
    // The display-mode script in <head> (BaseLayout) is inline so it runs before the first paint.
    scriptDirective: { resources: CSP_SCRIPT_RESOURCES, hashes: [inlineHash(modeBootScript())] },
    // Waline's client always adds <style id="waline-darkmode">, empty as the site sets dark: false (src/lib/discussion/waline.ts).
    // Astro 7.3 happened to list the empty style's hash; 7.4 does not, so it is allowed here, only where Waline runs.
    styleDirective: { resources: CSP_STYLE_RESOURCES, hashes: active?.provider === 'waline' ? [inlineHash('')] : [] },
  };
}
