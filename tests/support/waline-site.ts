/**
 * The site as a branch with its own server runs it, for the end-to-end specs
 * that need the real discussion service and branch service: the site built
 * ONCE per test run (DISCUSSION_PROVIDER=waline at the default /waline/,
 * BRANCH_SERVICE=on), and for each spec a real PostgreSQL and service
 * (tools/waline-server.ts), the build's preview and a proxy putting both
 * under one origin as the documented nginx does (tools/site-proxy.ts).
 * Playwright runs the spec files one after another in one worker process,
 * so the build (the expensive part) is shared by every spec that asks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWalineServer, type WalineOptions, type WalineServer } from '../../tools/waline-server';
import { startSiteProxy } from '../../tools/site-proxy';
import { buildSite, previewSite } from '../../tools/servers';
import { REBUILD_PORT, WALINE_SITE_PORT } from '../../tools/ports';

/** The origin members open: site and services behind one proxy. */
export const SITE = `http://localhost:${WALINE_SITE_PORT}`;

let built: Promise<string> | undefined;

/** The build's dist/ folder, built on first use and removed when the test process ends. */
export function walineSiteDist(): Promise<string> {
  built ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'waline-site-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    const dist = join(folder, 'dist');
    await buildSite(dist, { DISCUSSION_PROVIDER: 'waline', BRANCH_SERVICE: 'on' });
    return dist;
  })();
  return built;
}

export interface WalineSite {
  waline: WalineServer;
  dist: string;
  close(): Promise<void>;
}

/** Starts a service (with `env`, e.g. BRANCH_BALLOTS) and serves the shared build with it at SITE. */
export async function startWalineSite(env: WalineOptions['env'] = {}): Promise<WalineSite> {
  const dist = await walineSiteDist();
  const waline = await startWalineServer({ siteUrl: SITE, env: { SERVER_URL: `${SITE}/waline`, ...env } });
  const preview = await previewSite(dist, REBUILD_PORT);
  const proxy = await startSiteProxy({
    port: WALINE_SITE_PORT,
    site: `http://localhost:${REBUILD_PORT}`,
    prefix: '/waline/',
    service: waline.url,
  });
  return {
    waline,
    dist,
    async close() {
      await proxy.close();
      preview.kill();
      await waline.stop();
    },
  };
}
