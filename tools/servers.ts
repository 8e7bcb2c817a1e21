/** Builds and serves a copy of the site, for tests that must see a rebuild. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// Full file names, so the scripts (npm run lighthouse, bench) can load this module in plain Node too.
import { CMS_PROXY_PORT } from './ports.ts';

const ROOT = join(import.meta.dirname, '..');

/** What a copy of the site needs to build: its sources and configuration (node_modules is linked). */
const SITE_PARTS = ['src', 'admin', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];

/**
 * A copy of the site in a new temporary folder, with `files` (project-relative
 * path → text) added: test fixtures reach a build without ever living in src/content.
 */
export function copySite(prefix: string, files: Record<string, string> = {}): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const part of SITE_PARTS) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    writeFileSync(join(copy, file), text);
  }
  return copy;
}

function run(command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<string> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`)),
    );
  });
}

/**
 * `astro build` into `outDir`: the same build as production, beside the one under test.
 * `root` builds a copy of the site (copySite) instead of this checkout.
 */
export const buildSite = (outDir: string, env: Record<string, string> = {}, root = ROOT) =>
  run('astro', ['build', '--outDir', outDir], { CMS_PROXY_PORT: String(CMS_PROXY_PORT), ...env }, root);

/**
 * `astro preview` of `outDir` on `port`, beside the preview server under test
 * (`--ignore-lock`: Astro otherwise allows one preview per project); resolves when it answers.
 */
export async function previewSite(
  outDir: string,
  port: number,
  env: Record<string, string> = {},
  path = '/',
): Promise<ChildProcess> {
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
    const ok = await fetch(`http://localhost:${port}${path}`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  await exited;
  throw new Error(`astro preview did not start on port ${port}:\n${output.slice(-2000)}`);
}
