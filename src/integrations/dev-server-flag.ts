/**
 * `import.meta.env.DEV_SERVER` is true under `astro dev` (`npm start`, the
 * secretary's own machine) and absent in every build. Pages that may show
 * private data rendered per request (the help page's 发展党员 list) ask this, not
 * `import.meta.env.DEV`: that one follows NODE_ENV, and a build run with
 * NODE_ENV=test or development would render them into dist/.
 */
import type { AstroIntegration } from 'astro';

export function devServerFlag(): AstroIntegration {
  return {
    name: 'site:dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ vite: { define: { 'import.meta.env.DEV_SERVER': 'true' } } });
      },
    },
  };
}
