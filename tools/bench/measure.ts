/**
 * Runs a command and measures it: wall-clock seconds and the peak resident
 * memory of its whole process tree (Astro's Node process and the Pagefind
 * binary it starts), sampled from /proc every 100 ms.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { processTreeRss } from '../../src/integrations/memory-log.ts';

export interface Measured {
  code: number | null;
  output: string;
  seconds: number;
  peakRssBytes: number;
}

/** Resolves with the exit code, the combined output, seconds and peak memory (bytes). */
export function runMeasured(
  command: string,
  args: string[],
  { cwd, env = {}, echo = false }: { cwd?: string; env?: Record<string, string>; echo?: boolean } = {},
): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
    if (echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakRssBytes = 0;
  const sample = () => (peakRssBytes = Math.max(peakRssBytes, processTreeRss(child.pid as number)));
  const timer = setInterval(sample, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, output, seconds: (performance.now() - started) / 1000, peakRssBytes });
    });
  });
}

/** Bytes of all files below `dir`; `filter` picks which. */
export function directoryBytes(dir: string, filter: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && filter(entry.name)) total += statSync(`${entry.parentPath}/${entry.name}`).size;
  }
  return total;
}
