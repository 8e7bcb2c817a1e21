/**
 * The site's base path in its one written form: a leading and a trailing slash
 * ('/' or '/dangjian/'), whatever the settings, BASE_PATH or Astro's BASE_URL
 * gave ('dangjian', '/dangjian', '//dangjian//'). Links, the search script, the
 * dev-server index and the CMS bundle all build addresses by appending to it.
 */
export function normaliseBase(base: string): string {
  const parts = base.split('/').filter(Boolean);
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}
