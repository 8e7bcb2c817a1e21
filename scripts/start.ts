#!/usr/bin/env node
/**
 * `npm start`: the site and its CMS on this computer, on the sample content.
 * - decap-server (the CMS's local backend) writes what editors save straight into src/content/;
 * - astro dev serves the site, reloads on every change and keeps the search index current.
 * Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '4321';
const cmsPort = process.env.CMS_PROXY_PORT ?? '8081';

/**
 * A calm log: decap-server says only what goes wrong (LOG_LEVEL=warn, not a line per
 * request), and Astro neither checks npm for a newer version nor sends telemetry.
 * Set the variables yourself to override.
 */
const quiet = { LOG_LEVEL: 'warn', ASTRO_DISABLE_UPDATE_CHECK: 'true', ASTRO_TELEMETRY_DISABLED: '1' };

const children = [
  spawn('decap-server', [], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...quiet, ...process.env, PORT: cmsPort },
  }),
  spawn('astro', ['dev', '--port', port], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...quiet, ...process.env, CMS_PROXY_PORT: cmsPort },
  }),
];

console.log(`\n  网站 / site:           http://localhost:${port}/`);
console.log(`  内容管理 / CMS:       http://localhost:${port}/admin/  （本地编辑，直接写入 src/content/）\n`);

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) {
  child.on('exit', (code) => stop(code ?? 0));
  child.on('error', (error) => {
    console.error(`无法启动 / could not start: ${error.message}. 请先运行 npm ci / run npm ci first.`);
    stop(1);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
