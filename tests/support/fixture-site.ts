/**
 * A built and served copy of the site with test fixtures added (tests/fixtures/content/…
 * → src/content/… of the copy), and the copy's own CMS backend: fixtures such as the
 * attack-payload report are tested on real pages and in the real CMS without ever
 * shipping in src/content.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copySite, previewSite } from '../../tools/servers';
import { FIXTURE_CMS_PORT, FIXTURE_PORT } from '../../tools/ports';
import { ROOT } from './content';

export interface FixtureSite {
  url: string;
  close(): Promise<void>;
}

/** `fixtures`: paths under tests/fixtures/content/, injected at the same path under src/content/. */
export async function startFixtureSite(fixtures: string[]): Promise<FixtureSite> {
  const files = Object.fromEntries(
    fixtures.map((path) => [`src/content/${path}`, readFileSync(join(ROOT, 'tests/fixtures/content', path), 'utf8')]),
  );
  const copy = copySite('dangjian-fixtures-', files);
  const children: ChildProcess[] = [];
  const close = async () => {
    for (const child of children) {
      const exited = child.exitCode === null ? once(child, 'exit') : Promise.resolve();
      child.kill();
      await exited;
    }
    rmSync(copy, { recursive: true, force: true });
  };
  try {
    const outDir = join(copy, 'dist');
    await buildSite(outDir, { CMS_PROXY_PORT: String(FIXTURE_CMS_PORT) }, copy);
    children.push(await startCmsBackend(copy, FIXTURE_CMS_PORT));
    children.push(await previewSite(outDir, FIXTURE_PORT));
    return { url: `http://localhost:${FIXTURE_PORT}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** decap-server writing into `root`, as `npm start` runs it for this checkout. */
async function startCmsBackend(root: string, port: number): Promise<ChildProcess> {
  const child = spawn('decap-server', [], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const info = () =>
    fetch(`http://localhost:${port}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"info"}',
      signal: AbortSignal.timeout(2000),
    }).then(
      (r) => r.ok,
      () => false,
    );
  for (let attempt = 0; attempt < 100 && child.exitCode === null; attempt += 1) {
    if (await info()) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`decap-server did not start on port ${port}`);
}
