/**
 * Runs the nginx configuration documented in docs/nginx/ on a local port, with
 * only the machine-specific paths replaced: the test exercises the real server
 * block an administrator copies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT } from './content';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx'].find((path) => existsSync(path));

export interface NginxServer {
  url: string;
  stop(): void;
}

/**
 * Serves `dist` as the site under `/dangjian/` with docs/nginx/dangjian.conf on `port`;
 * `membersOnly` also enables docs/nginx/dangjian-members-only.conf with that one account.
 */
export async function serveWithDocumentedNginx(
  dist: string,
  port: number,
  { membersOnly }: { membersOnly?: { user: string; password: string } } = {},
): Promise<NginxServer> {
  if (!NGINX)
    throw new Error(
      'nginx is not installed: apt-get install nginx libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter (see docs/testing.md)',
    );
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'html'));
  symlinkSync(dist, join(prefix, 'html', 'dangjian'));
  writeFileSync(join(prefix, 'headers.conf'), readFileSync(join(ROOT, 'docs/nginx/dangjian-headers.conf')));
  let site = readFileSync(join(ROOT, 'docs/nginx/dangjian.conf'), 'utf8');
  if (membersOnly) {
    // nginx reads {PLAIN} passwords too: the test needs no htpasswd tool.
    writeFileSync(join(prefix, 'members.htpasswd'), `${membersOnly.user}:{PLAIN}${membersOnly.password}\n`);
    const snippet = readFileSync(join(ROOT, 'docs/nginx/dangjian-members-only.conf'), 'utf8')
      .replace('/etc/nginx/dangjian-members.htpasswd', join(prefix, 'members.htpasswd'))
      .replaceAll('/etc/nginx/snippets/dangjian-headers.conf', join(prefix, 'headers.conf'));
    writeFileSync(join(prefix, 'members-only.conf'), snippet);
    const commented = '# include /etc/nginx/snippets/dangjian-members-only.conf;';
    if (!site.includes(commented)) throw new Error(`docs/nginx/dangjian.conf no longer has the line "${commented}"`);
    site = site.replace(commented, `include ${join(prefix, 'members-only.conf')};`);
  }
  site = site
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /var/www/html;', `root ${join(prefix, 'html')};`)
    .replaceAll('/etc/nginx/snippets/dangjian-headers.conf', join(prefix, 'headers.conf'));
  writeFileSync(join(prefix, 'site.conf'), site);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `user root;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
include /etc/nginx/modules-enabled/*.conf;
events {}
http {
  include /etc/nginx/mime.types;
  # As the stock /etc/nginx/nginx.conf has it: unknown kinds (Pagefind's index chunks) are binary.
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  include ${prefix}/site.conf;
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50 && child.exitCode === null; attempt += 1) {
    if (
      await fetch(`${url}/dangjian/`).then(
        () => true,
        () => false,
      )
    ) {
      return { url, stop: () => (child.kill(), rmSync(prefix, { recursive: true, force: true })) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(
    `nginx did not start: ${stderr}${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`,
  );
}
