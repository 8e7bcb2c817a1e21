import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSettings, siteAddress } from './src/site/settings';
import { contentGuard } from './src/integrations/content-guard';
import { pagefindSearch } from './src/integrations/pagefind';
import { precompress } from './src/integrations/precompress';

const { site, base } = siteAddress(loadSettings());

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [contentGuard(), mdx(), sitemap({ filter: (page) => !page.includes('/admin/') }), pagefindSearch(), precompress()],
});
