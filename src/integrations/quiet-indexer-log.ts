/**
 * Under `npm start` the search index is rebuilt after every save by reading
 * each page from the dev server (~280 pages), and Astro logs every one of those
 * requests as `[200] /…`: 1,782 lines in half an hour of editing, burying what
 * matters. While the indexer reads, the request lines of the pages it reads are
 * left out of the log; it prints one summary line instead. Requests from anyone
 * else, and every other status, are logged as before.
 */
const reading = new Set<string>();
const ANSI = /\x1b\[[0-9;]*m/g;
const REQUEST_LINE = /\[200\]\s+(\S+)/;

/** Whether a chunk of the log is the request line of a page the indexer is reading. */
export function isIndexerRequestLine(chunk: unknown, paths: ReadonlySet<string> = reading): boolean {
  const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : '';
  const path = REQUEST_LINE.exec(text.replace(ANSI, ''))?.[1];
  return path !== undefined && paths.has(path);
}

let installed = false;

/** Filters the dev server's standard output (once per process). */
export function quietIndexerRequests(): void {
  if (installed) return;
  installed = true;
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    isIndexerRequestLine(chunk) ? true : write(chunk, ...rest)) as typeof process.stdout.write;
}

/** Reads a page for the index without a log line for it. */
export async function readQuietly(url: string, path: string): Promise<Response | undefined> {
  reading.add(path);
  try {
    const response = await fetch(url).catch(() => undefined);
    await response
      ?.clone()
      .arrayBuffer()
      .catch(() => undefined);
    return response;
  } finally {
    // Astro writes the line when the response is done; let it pass the filter first.
    setTimeout(() => reading.delete(path), 1000);
  }
}
