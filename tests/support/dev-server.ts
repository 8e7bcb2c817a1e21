/**
 * `astro dev` as `npm start` runs its site half (the CMS's local backend is Playwright's
 * decap-server), for the end-to-end specs that need it. One at a time, and for real:
 * Astro refuses a second dev server in the same project, and one that is shutting down
 * keeps answering on its port for a while without watching files, so a spec that started
 * right after another could test the old server and never see its own saves. start()
 * refuses when the port still answers; stop() waits until the process has exited.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from '@playwright/test';
import { ROOT } from './content';
import { CMS_PROXY_PORT, DEV_PORT } from '../../tools/ports';

export const DEV_SITE = `http://localhost:${DEV_PORT}`;

const answers = (url: string) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );

export interface DevServer {
  /** What the server printed so far (stdout and stderr). */
  log(): string;
  /** Waits until `path` answers 200 (the first render, or the search index, is ready). */
  ready(path: string, timeout?: number): Promise<void>;
  /** Stops the server and waits for its process to end. */
  stop(): Promise<void>;
}

export async function startDevServer(env: Record<string, string> = {}): Promise<DevServer> {
  if (await answers(`${DEV_SITE}/`))
    throw new Error(`另一个开发服务器仍在 ${DEV_SITE} 运行 / a dev server still answers there`);
  let output = '';
  const dev: ChildProcess = spawn('astro', ['dev', '--port', String(DEV_PORT)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CMS_PROXY_PORT: String(CMS_PROXY_PORT), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  for (const stream of [dev.stdout!, dev.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    dev.once('exit', (code, signal) => {
      output += `\n[dev server exited: ${code ?? signal}]\n`;
      resolve();
    }),
  );
  return {
    log: () => output,
    async ready(path, timeout = 120_000) {
      await expect.poll(() => answers(`${DEV_SITE}${path}`), { timeout, intervals: [500] }).toBe(true);
    },
    async stop() {
      if (dev.exitCode !== null || dev.signalCode !== null) return;
      dev.kill();
      const timer = setTimeout(() => dev.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
