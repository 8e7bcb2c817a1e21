import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSettings, siteAddress } from './src/site/settings';
import { contentGuard } from './src/integrations/content-guard';
import { pagefindSearch } from './src/integrations/pagefind';
import { publish } from './src/integrations/publish';
import { cmsBundle } from './admin/build/cms-bundle';
import { sanitizedMarkdown } from './src/integrations/sanitized-markdown';
import { contentSecurityPolicy } from './src/site/csp';
import { devContentReload } from './src/integrations/dev-content-reload';
import { memoryLog } from './src/integrations/memory-log';

const settings = loadSettings();
const { site, base } = siteAddress(settings);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Several pages in flight: rendering one page waits on writing the last, and the
  // other core was idle half the time (npm run bench, 1,000 articles: 7–9 s → 5 s).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Content Security Policy as a meta tag on every page, with hashes of Astro's scripts and styles (src/site/csp.ts).
  security: { csp: contentSecurityPolicy(settings) },
  // Member text is untrusted: all rendered Markdown is sanitized (src/lib/sanitize.ts).
  // No highlighting: Shiki colours code with inline styles, which the policy blocks.
  markdown: { syntaxHighlight: false, processor: sanitizedMarkdown({ mediaOrigins: settings.mediaHosts, base }) },
  integrations: [contentGuard(), mdx(), sitemap({ filter: (page) => !page.includes('/admin/') }), pagefindSearch(), cmsBundle(), publish(), devContentReload(), memoryLog()],
});
