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
import { devServerFlag } from './src/integrations/dev-server-flag';
import { memoryLog } from './src/integrations/memory-log';
import { collectionStorage, contentBytes } from './src/integrations/content-store';
import { incrementalBuild } from './src/integrations/incremental-build';
import { siteAddressCheck } from './src/integrations/site-address';
import { formalTestKeyFile } from './src/integrations/formal-test-key';
import { fileURLToPath } from 'node:url';

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
  // Large content (over 100 MB of files, ~20,000 articles) is stored in 20 MB parts: as one
  // bundled module the store passes V8's largest string near 50,000 articles and the build
  // stops (src/integrations/content-store.ts, docs/performance.md).
  // A build after an edit reuses unchanged pages (a key per page: src/site/page-keys.ts) from the cache in
  // .cache/astro/ — one per project folder, not node_modules/.astro, which copies of the site built by the
  // tests reach through a link (src/integrations/incremental-build.ts says when the cache is dropped).
  cacheDir: './.cache/astro/',
  experimental: {
    collectionStorage: collectionStorage(contentBytes(fileURLToPath(new URL('./src/content', import.meta.url)))),
    incrementalBuild: true,
  },
  // Content Security Policy as a meta tag on every page, with hashes of Astro's scripts and styles (src/site/csp.ts).
  security: { csp: contentSecurityPolicy(settings) },
  // Member text is untrusted: all rendered Markdown is sanitized (src/lib/content/sanitize.ts).
  // No highlighting: Shiki colours code with inline styles, which the policy blocks.
  markdown: { syntaxHighlight: false, processor: sanitizedMarkdown({ mediaOrigins: settings.mediaHosts, base }) },
  integrations: [
    siteAddressCheck(),
    contentGuard(),
    mdx(),
    // Neither the CMS nor the readers' page of the confidential channel is for search engines.
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.includes('/branch/inbox/') }),
    pagefindSearch(),
    cmsBundle(),
    publish(),
    // The formal tests' answers go to the branch service beside dist/, never into it.
    formalTestKeyFile(),
    incrementalBuild(),
    devContentReload(),
    devServerFlag(),
    memoryLog(),
  ],
});
