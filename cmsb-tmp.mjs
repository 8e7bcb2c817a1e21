import { build } from 'vite';
import { decapChineseSearch } from './src/integrations/decap-chinese-search.ts';
const t = performance.now();
const out = await build({ configFile: false, root: process.cwd(), logLevel: 'warn', plugins: [decapChineseSearch()],
  build: { outDir: '/tmp/cmsb', emptyOutDir: true, assetsDir: '_astro', rolldownOptions: { input: 'admin/cms.ts' }, write: true } });
console.log(((performance.now() - t) / 1000).toFixed(2), 's');
const chunks = (Array.isArray(out) ? out : [out]).flatMap(o => o.output);
console.log(chunks.map(c => c.fileName + ' ' + (c.code?.length ?? c.source?.length)).join('\n'));
