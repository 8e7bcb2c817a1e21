// @ts-check
/**
 * Starts and stops the Waline service (services/waline/server.mjs) as a child
 * process, for `npm run waline` and the tests: installs the service's own
 * dependencies when they are missing, applies the schema, waits for /healthz.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SERVICE_DIR = fileURLToPath(new URL('../', import.meta.url));

/** `npm ci` in services/waline when its node_modules is missing or older than its lock file. */
export function ensureServiceDependencies(log = console.log) {
  if (
    existsSync(`${SERVICE_DIR}node_modules/@waline/vercel/package.json`) &&
    existsSync(`${SERVICE_DIR}node_modules/.package-lock.json`)
  )
    return;
  log('正在安装讨论服务的依赖（npm ci --prefix services/waline，只需一次）… / installing the service dependencies');
  execFileSync('npm', ['ci', '--prefix', SERVICE_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

/** Applies services/waline/schema.sql (creates the database when missing). @param {Record<string, string>} env */
export function applySchema(env) {
  execFileSync(process.execPath, ['init-db.mjs'], {
    cwd: SERVICE_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * @typedef {object} RunningService
 * @property {string} url
 * @property {import('node:child_process').ChildProcess} child
 * @property {() => string} output what the service printed so far (with output 'pipe')
 * @property {() => Promise<void>} stop SIGTERM, then wait for the exit
 */

/**
 * Starts the service and resolves once it answers /healthz.
 * @param {{ env: Record<string, string>, port: number, output?: 'inherit' | 'pipe', timeoutMs?: number }} options
 * @returns {Promise<RunningService>}
 */
export async function startService({ env, port, output = 'inherit', timeoutMs = 90_000 }) {
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: SERVICE_DIR,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', output, output],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`讨论服务启动失败（退出码 ${child.exitCode}）/ Waline exited:\n${log}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`讨论服务 ${timeoutMs / 1000} 秒内没有就绪 / Waline not ready in time:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    child,
    output: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
