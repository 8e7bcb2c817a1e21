/**
 * A stand-in for a Giscus host: a real local HTTP server whose widget page
 * speaks Giscus's postMessage protocol (resizeHeight, discussion metadata,
 * setConfig), so the discussion component can be tested without the network.
 * The page shows the theme it was last configured with and how many
 * setConfig messages arrived; the server logs every request it receives.
 */
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';

export const FAKE_METADATA = { totalCommentCount: 3, totalReplyCount: 1, reactionCount: 5 };

const WIDGET = (metadata: typeof FAKE_METADATA) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>fake giscus</title></head>
<body>
<p>fake giscus widget</p>
<p id="theme"></p>
<p id="set-config-count">0</p>
<script>
  const params = new URLSearchParams(location.search);
  const parentOrigin = new URL(params.get('origin')).origin;
  const show = (theme) => { document.getElementById('theme').textContent = theme; };
  show(params.get('theme'));
  const send = (giscus) => parent.postMessage({ giscus }, parentOrigin);
  send({ resizeHeight: 240 });
  send({ discussion: { id: 'D_fake', url: 'https://github.com/' + params.get('repo') + '/discussions/1', locked: false, reactionCount: ${metadata.reactionCount}, totalCommentCount: ${metadata.totalCommentCount}, totalReplyCount: ${metadata.totalReplyCount}, reactions: {} }, viewer: null });
  let count = 0;
  window.addEventListener('message', (event) => {
    if (event.origin !== parentOrigin || !event.data || !event.data.giscus || !event.data.giscus.setConfig) return;
    count += 1;
    document.getElementById('set-config-count').textContent = String(count);
    if (event.data.giscus.setConfig.theme) show(event.data.giscus.setConfig.theme);
    send({ resizeHeight: 260 });
  });
</script>
</body></html>`;

export interface FakeGiscus {
  origin: string;
  /** Paths (with query) of every request received, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeGiscus(port: number): Promise<FakeGiscus> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const url = new URL(request.url ?? '/', `http://localhost:${port}`);
    if (/^\/([a-zA-Z-]+\/)?widget$/.test(url.pathname)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(WIDGET(FAKE_METADATA));
    } else {
      response.writeHead(404).end();
    }
  });
  server.listen(port);
  await once(server, 'listening');
  return {
    origin: `http://localhost:${port}`,
    requests,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
