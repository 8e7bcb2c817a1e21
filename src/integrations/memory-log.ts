/**
 * Where a build's memory goes, phase by phase, when `DANGJIAN_MEMORY_LOG` is set
 * (`npm run bench` sets it; otherwise this integration does nothing). Samples
 * every 100 ms the resident memory of this Node process and of its child
 * processes (Pagefind's binary), and the V8 heap, and logs one line per phase
 * with its peaks:
 *   setup   — from the config to astro:build:start: settings, the content guard, Astro's content sync (data store);
 *   bundle  — Vite/Rolldown bundling the pages (prerender and client environments);
 *   render  — from the end of the client bundle to astro:build:generated: getStaticPaths and rendering every page;
 *   publish — astro:build:done: Pagefind (child process) and precompression (src/integrations/publish.ts).
 * tools/bench/report.ts reads the lines (`memoryPhases`).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;
const MB = 1024 * 1024;

interface Peaks {
  rss: number;
  children: number;
  total: number;
  heapUsed: number;
  external: number;
}

const zero = (): Peaks => ({ rss: 0, children: 0, total: 0, heapUsed: 0, external: 0 });

/** Children of `pid`, from /proc/<pid>/task/<tid>/children; undefined where the kernel does not offer that file. */
function childrenOf(pid: number): number[] | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const task of tasks) {
    try {
      children.push(
        ...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && task === String(pid)) return undefined;
    }
  }
  return children;
}

const residentBytes = (pid: number): number => {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0; // ended meanwhile
  }
};

/**
 * Resident bytes of every descendant of `root`, from /proc (Linux; 0 elsewhere). Follows
 * the children lists down from `root`, a few reads, rather than every process on the
 * machine twice per sample, which on a busy machine cost the build a tenth of its time.
 */
export function descendantsRss(root: number): number {
  let total = 0;
  const queue = childrenOf(root);
  if (queue === undefined) return 0;
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += residentBytes(pid);
    queue.push(...(childrenOf(pid) ?? []));
  }
  return total;
}

/** Resident bytes of `root` and all its descendants: what `npm run bench` reports as a build's memory. */
export const processTreeRss = (root: number): number => residentBytes(root) + descendantsRss(root);

export function memoryLog(): AstroIntegration {
  if (!process.env.DANGJIAN_MEMORY_LOG) return { name: 'site:memory-log', hooks: {} };
  let phase = 'setup';
  let peaks = zero();
  let started = performance.now();
  let timer: ReturnType<typeof setInterval> | undefined;

  const sample = () => {
    const usage = process.memoryUsage();
    const children = descendantsRss(process.pid);
    peaks.rss = Math.max(peaks.rss, usage.rss);
    peaks.children = Math.max(peaks.children, children);
    peaks.total = Math.max(peaks.total, usage.rss + children);
    peaks.heapUsed = Math.max(peaks.heapUsed, usage.heapUsed);
    peaks.external = Math.max(peaks.external, usage.external);
  };
  const end = (next: string | undefined, log: (msg: string) => void) => {
    sample();
    const now = process.memoryUsage();
    const f = (n: number) => (n / MB).toFixed(0);
    // Read by tools/bench/report.ts (memoryPhases).
    log(
      `memory phase ${phase}: ${((performance.now() - started) / 1000).toFixed(1)} s, peak total ${f(peaks.total)} MB ` +
        `(node rss ${f(peaks.rss)}, children ${f(peaks.children)}, heap used ${f(peaks.heapUsed)}, external ${f(peaks.external)}); ` +
        `at end heap used ${f(now.heapUsed)} MB, rss ${f(now.rss)} MB`,
    );
    peaks = zero();
    started = performance.now();
    if (next) phase = next;
    else clearInterval(timer);
  };

  return {
    name: 'site:memory-log',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        timer = setInterval(sample, 100);
        timer.unref();
        // Astro bundles the client scripts last, then renders the pages: the end of that bundle starts the render phase.
        const plugin = {
          name: 'site:memory-log',
          closeBundle(this: { environment?: { name: string } }) {
            if (this.environment?.name === 'client' && phase === 'bundle') end('render', (m) => logger.info(m));
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:start': ({ logger }) => end('bundle', (m) => logger.info(m)),
      'astro:build:generated': ({ logger }) => end('publish', (m) => logger.info(m)),
      // Listed last in astro.config.ts: build:done hooks run one integration after another, so this follows publish().
      'astro:build:done': ({ logger }) => end(undefined, (m) => logger.info(m)),
    },
  };
}
