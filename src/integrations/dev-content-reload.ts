/**
 * Under `npm start`, a save in the CMS writes into src/content/ and Astro asks every
 * open page to reload (a Vite `full-reload`). The site's pages should show the new
 * content; the CMS at /admin/ must not reload: an editor typing in the next form, or
 * a colleague with a form open, would get a "leave page?" prompt and then Decap's
 * 本地备份 question. So, in development only, a full reload that follows a change in
 * src/content/ is sent as an event that every page except /admin/ turns into a
 * reload. Other reloads (code, configuration, dependencies) reach /admin/ as before.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { sep } from 'node:path';

export const CONTENT_CHANGED_EVENT = 'dangjian:content-changed';
/** A content file's change is followed by Astro's reload within about a second. */
const CONTENT_RELOAD_WINDOW_MS = 5000;

const isContentFile = (file: string) => file.includes(`${sep}src${sep}content${sep}`);

function contentReloadPlugin(): Plugin {
  return {
    name: 'dangjian:dev-content-reload',
    apply: 'serve',
    configureServer(server) {
      let contentChangedAt = 0;
      server.watcher.on('all', (_event, file) => {
        if (isContentFile(file)) contentChangedAt = Date.now();
      });
      const hot = server.environments.client.hot;
      const send = hot.send.bind(hot) as (...args: unknown[]) => void;
      hot.send = ((...args: unknown[]) => {
        const [payload] = args;
        const fromContent = Date.now() - contentChangedAt < CONTENT_RELOAD_WINDOW_MS;
        if (
          fromContent &&
          typeof payload === 'object' &&
          payload !== null &&
          (payload as { type?: string }).type === 'full-reload'
        ) {
          send({ type: 'custom', event: CONTENT_CHANGED_EVENT, data: {} });
          return;
        }
        send(...args);
      }) as typeof hot.send;
    },
  };
}

/** Every page but the CMS reloads when content changes. */
const PAGE_SCRIPT = `if (import.meta.hot && !location.pathname.startsWith(import.meta.env.BASE_URL + 'admin/')) {
  import.meta.hot.on(${JSON.stringify(CONTENT_CHANGED_EVENT)}, () => location.reload());
}`;

export function devContentReload(): AstroIntegration {
  return {
    name: 'site:dev-content-reload',
    hooks: {
      'astro:config:setup': ({ command, injectScript, updateConfig }) => {
        if (command !== 'dev') return;
        injectScript('page', PAGE_SCRIPT);
        updateConfig({ vite: { plugins: [contentReloadPlugin()] } });
      },
    },
  };
}
