import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSettings, siteAddress } from './src/site/settings';
import { contentGuard } from './src/integrations/content-guard';
import { pagefindSearch } from './src/integrations/pagefind';
import { publish } from './src/integrations/publish';
import { sanitizedMarkdown } from './src/integrations/sanitized-markdown';
import { contentSecurityPolicy } from './src/site/csp';
import { decapChineseSearch } from './src/integrations/decap-chinese-search';

const settings = loadSettings();
const { site, base } = siteAddress(settings);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Content Security Policy as a meta tag on every page, with hashes of Astro's scripts and styles (src/site/csp.ts).
  security: { csp: contentSecurityPolicy(settings) },
  // Member text is untrusted: all rendered Markdown is sanitized (src/lib/sanitize.ts).
  markdown: { processor: sanitizedMarkdown({ mediaOrigins: settings.mediaHosts ?? [], base }) },
  // Two-character Chinese search terms find entries in the CMS (src/integrations/decap-chinese-search.ts).
  vite: { plugins: [decapChineseSearch()] },
  integrations: [contentGuard(), mdx(), sitemap({ filter: (page) => !page.includes('/admin/') }), pagefindSearch(), publish()],
});
