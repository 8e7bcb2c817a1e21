/**
 * The site and a service under one origin, as the documented nginx serves them
 * (docs/nginx/dangjian.conf: `location /waline/`): requests under `prefix` go
 * to the service with the prefix removed, everything else to the site. When
 * the service is down the proxy answers 502 with an HTML page, as nginx does,
 * so the tests see what a reader would.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';

export interface SiteProxy {
  origin: string;
  close(): Promise<void>;
}

function forward(incoming: IncomingMessage, outgoing: ServerResponse, target: URL, path: string) {
  const upstream = request(
    {
      hostname: target.hostname,
      port: target.port,
      method: incoming.method,
      path,
      headers: { ...incoming.headers, host: target.host },
    },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  upstream.on('error', () => {
    if (outgoing.headersSent) return void outgoing.destroy();
    outgoing.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
  });
  incoming.pipe(upstream);
}

export async function startSiteProxy(options: {
  port: number;
  site: string;
  prefix: string;
  service: string;
}): Promise<SiteProxy> {
  const site = new URL(options.site);
  const service = new URL(options.service);
  const server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/';
    if (path.startsWith(options.prefix)) forward(incoming, outgoing, service, `/${path.slice(options.prefix.length)}`);
    else forward(incoming, outgoing, site, path);
  });
  server.listen(options.port, 'localhost');
  await once(server, 'listening');
  return {
    origin: `http://localhost:${options.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
