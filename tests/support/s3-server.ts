/**
 * A local S3-compatible server (s3rver, files in a temporary folder) for the
 * tests of `npm run deploy:s3`, with one bucket set up for static website
 * hosting as docs/object-storage.md sets up OSS and COS (index.html in every
 * folder, 404.html). It records each write and delete the deploy makes, in
 * order, from the server's side; `websiteUrl` serves the bucket as a site at
 * http://<bucket>.s3-website.localhost:<port>/ (browsers resolve *.localhost
 * to this machine), and `head`/`get` read objects through the S3 API.
 */
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface S3Record {
  eventName: string;
  s3: { object: { key: string } };
}
interface S3rverInstance {
  on(event: 'event', listener: (event: { Records: S3Record[] }) => void): void;
  run(): Promise<unknown>;
  close(): Promise<void>;
  store: { listObjects(bucket: string, options: { prefix?: string }): Promise<{ objects: { key: string }[] }> };
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;

const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

export const BUCKET = 'site';
const WEBSITE =
  '<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix></IndexDocument><ErrorDocument><Key>404.html</Key></ErrorDocument></WebsiteConfiguration>';

export interface S3Event {
  kind: 'put' | 'delete';
  key: string;
}

export interface S3Server {
  endpoint: string;
  /** The S3_* variables `npm run deploy:s3` reads, for this server. */
  env: Record<string, string>;
  /** Writes and deletes since the start (or the last `clearEvents`), in the order the server received them. */
  events: S3Event[];
  clearEvents(): void;
  /** Keys in the bucket, sorted. */
  keys(): Promise<string[]>;
  websiteUrl: string;
  objectUrl(key: string): string;
  stop(): Promise<void>;
}

/** Fails early, with the command to run, where rclone is missing. */
export function requireRclone(): void {
  try {
    execFileSync('rclone', ['version', '--config', ''], { stdio: 'ignore' });
  } catch {
    throw new Error('rclone is not installed: sudo apt-get install rclone (the object storage deploy tests run it)');
  }
}

export async function startS3Server(port: number): Promise<S3Server> {
  const directory = mkdtempSync(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    // Website requests arrive as <bucket>.s3-website.localhost; rclone's API requests go to 127.0.0.1.
    serviceEndpoint: 'localhost',
    configureBuckets: [{ name: BUCKET, configs: [WEBSITE] }],
  });
  const events: S3Event[] = [];
  server.on('event', ({ Records }) => {
    for (const record of Records) {
      const kind = record.eventName.startsWith('ObjectCreated') ? 'put' : 'delete';
      events.push({ kind, key: decodeURIComponent(record.s3.object.key) });
    }
  });
  await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    env: {
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PROVIDER: 'Other',
    },
    events,
    clearEvents: () => void events.splice(0),
    keys: async () => (await server.store.listObjects(BUCKET, {})).objects.map((o) => o.key).sort(),
    websiteUrl: `http://${BUCKET}.s3-website.localhost:${port}`,
    objectUrl: (key) => `${endpoint}/${BUCKET}/${key.split('/').map(encodeURIComponent).join('/')}`,
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
