/**
 * Runs `npm run deploy:s3` (scripts/deploy-s3.ts) as the workflows do, and
 * checks what a bucket serves the way a reader's browser would meet it.
 */
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { ROOT } from './content';
import { npmScriptArgs } from './npm-script';

export interface DeployRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The deploy script on the project's Node, with only `env` added to a clean environment (no S3_* of the developer's own). */
export function runDeploy(env: Record<string, string>, args: string[] = []): Promise<DeployRun> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('S3_') && !name.startsWith('RCLONE_')),
  );
  const child = spawn(process.execPath, [...npmScriptArgs('deploy:s3'), ...args], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

/** Site-relative URLs of scripts, styles, images and links in a page (`/x/…`), as a list of bucket keys they need. */
export function referencedKeys(html: string): string[] {
  const keys = new Set<string>();
  for (const [, url] of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)) {
    keys.add(url!.endsWith('/') ? `${url!.slice(1)}index.html` : url!.slice(1));
  }
  return [...keys];
}

/** An object's bytes as stored, not decoded (fetch would undo a Content-Encoding). */
export function rawBytes(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}
