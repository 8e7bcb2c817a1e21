/** Builds and serves a copy of the site, for tests that must see a rebuild. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
// Full file names, so the scripts (npm run lighthouse, bench) can load this module in plain Node too.
import { CMS_PROXY_PORT } from './ports.ts';

const ROOT = join(import.meta.dirname, '..');

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`))));
  });
}

/** `astro build` into `outDir`: the same build as production, beside the one under test. */
export const buildSite = (outDir: string, env: Record<string, string> = {}) =>
  run('astro', ['build', '--outDir', outDir], { CMS_PROXY_PORT: String(CMS_PROXY_PORT), ...env });

/**
 * `astro preview` of `outDir` on `port`, beside the preview server under test
 * (`--ignore-lock`: Astro otherwise allows one preview per project); resolves when it answers.
 */
export async function previewSite(outDir: string, port: number, env: Record<string, string> = {}, path = '/'): Promise<ChildProcess> {
  const child = spawn('astro', ['preview', '--ignore-lock', '--outDir', outDir, '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit');
  for (let attempt = 0; attempt < 100 && child.exitCode === null; attempt += 1) {
    const ok = await fetch(`http://localhost:${port}${path}`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  await exited;
  throw new Error(`astro preview did not start on port ${port}:\n${output.slice(-2000)}`);
}
