/**
 * The site's Content Security Policy, apart from the script and style hashes that
 * Astro computes at build time (astro.config.ts, `security.csp`).
 *
 * Everything the public site loads comes from its own origin; the exceptions are
 * the configured Giscus host (its iframe only), the branch's Waline service when
 * it runs on another origin (its API and the avatars it serves) and the branch's
 * own media servers (images, audio and video in Markdown). `frame-ancestors` cannot be delivered by
 * a meta tag, so it lives in the server headers (`headerPolicy`).
 */
import { createHash } from 'node:crypto';

export interface CspSources {
  /** Origin of the Giscus host, when Giscus holds the discussions. */
  giscusOrigin?: string;
  /** Origin of the Waline service, when it holds the discussions and is not on the site's own origin. */
  walineOrigin?: string;
  /** Origins of the branch's own media servers (settings.mediaHosts). */
  mediaOrigins?: readonly string[];
}

/** A directive as Astro's config types it: its name, then its sources. */
type Directive<Name extends string = string> = `${Name} ${string}`;

const join = <Name extends string>(name: Name, sources: readonly string[]) =>
  [name, ...sources].join(' ') as Directive<Name>;

/** Directives other than script-src/style-src, for the meta tag Astro writes. */
export function cspDirectives({ giscusOrigin, walineOrigin, mediaOrigins = [] }: CspSources) {
  const waline = walineOrigin ? [walineOrigin] : [];
  return [
    "default-src 'self'",
    join('img-src', ["'self'", 'data:', ...mediaOrigins, ...waline]),
    join('media-src', ["'self'", ...mediaOrigins]),
    "font-src 'self'",
    join('connect-src', ["'self'", ...waline]),
    // Pagefind loads its search worker from the site itself.
    "worker-src 'self'",
    // Own PDFs open in the browser's viewer, a frame; Giscus is the only other frame.
    join('frame-src', ["'self'", ...(giscusOrigin ? [giscusOrigin] : [])]),
    // PDFs (library, courseware) are embedded with <object>; only our own files.
    "object-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ] as const;
}

/** Script sources besides Astro's hashes: own files, and WebAssembly for Pagefind. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
/** The CSP source that allows one inline script or style (Astro hashes only the scripts and styles it bundles). */
export function inlineHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** Style sources besides Astro's hashes: own stylesheets. */
export const CSP_STYLE_RESOURCES = ["'self'"];

/**
 * The header-only part of the policy: who may frame the site. Sent by the server
 * (public/_headers, docs/nginx/dangjian-headers.conf). A browser enforces a header
 * policy and a meta policy both, so the header holds only what a meta tag cannot
 * carry and never contradicts it.
 */
export const HEADER_CSP = "frame-ancestors 'self'";

/** What the CMS page needs beyond the public policy, given its Decap backend config. */
export interface AdminCspInput {
  /** Decap's `backend` block (name, base_url, api_root…). */
  backend: Record<string, unknown>;
  /** `true`: Decap's default local backend (localhost:8081). */
  local_backend: boolean | { url: string };
  /** The branch service's origin when it runs elsewhere (its 待审稿件 panel on the CMS page). */
  serviceOrigin?: string;
}

const DEFAULT_API: Record<string, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com' };

/**
 * The CMS page (/admin/) runs Decap's React bundle, which the public pages never
 * load, and needs a looser policy there: it compiles templates with `eval`/`new
 * Function` ('unsafe-eval'), injects its CSS-in-JS `<style>` elements at run time
 * ('unsafe-inline' styles; Astro then leaves out the style hashes, which would
 * disable it), talks to the Git service's API and, on this machine, to the local
 * backend (decap-server), and previews uploads as blob: and remote images. It
 * reads an upload not yet saved back from its blob: address to send it to the
 * backend (AssetProxy.toBase64 fetches it), so connect-src allows blob: too.
 */
export function adminCspAdditions({ backend, local_backend, serviceOrigin }: AdminCspInput) {
  const api = [backend.api_root, backend.base_url, DEFAULT_API[String(backend.name)]]
    .filter((url): url is string => typeof url === 'string' && url !== '')
    .map((url) => new URL(url).origin);
  const local =
    local_backend === false
      ? []
      : [new URL(local_backend === true ? 'http://localhost:8081/api/v1' : local_backend.url).origin];
  return {
    scriptResources: ["'unsafe-eval'"],
    styleResources: ["'unsafe-inline'"],
    directives: [
      join('connect-src', [
        "'self'",
        'blob:',
        ...new Set([...api, ...local, ...(serviceOrigin ? [serviceOrigin] : [])]),
      ]),
      "img-src 'self' data: blob: https:",
    ] as const,
  };
}
