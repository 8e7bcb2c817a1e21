/**
 * The backup and restore of docs/waline.md (八、备份与恢复), run as written
 * against a test database: the shell blocks of that section, with the
 * server's paths and `sudo -u postgres` replaced by the test cluster's.
 * Used by the discussion service's and the branch service's tests, so the
 * documentation is what is tested.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PG_BIN } from '../services/waline/local/pg-cluster.mjs';

/** The shell blocks of the backup section. */
function documentedBlocks() {
  const docs = readFileSync(join(import.meta.dirname, '../docs/waline.md'), 'utf8');
  const section = docs.slice(docs.indexOf('## 八、备份与恢复'), docs.indexOf('## 九、'));
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const backup = blocks.find((b) => b.includes('pg_dump'))!;
  const restore = blocks.find((b) => b.includes('sudo -u postgres pg_restore'))!;
  return { backup, restore };
}

/** A block as it runs here: the test cluster's port, `folder` for /var/backups/waline, no systemctl. */
const here = (script: string, dbPort: number, folder: string) =>
  script
    .split('\n')
    .filter((line) => !line.startsWith('sudo systemctl'))
    .join('\n')
    .replaceAll('sudo -u postgres pg_dump', `${PG_BIN}/pg_dump -h 127.0.0.1 -p ${dbPort} -U waline`)
    .replaceAll('sudo -u postgres pg_restore', `${PG_BIN}/pg_restore -h 127.0.0.1 -p ${dbPort} -U waline`)
    .replaceAll('waline-2026-12-01.dump', 'waline-$(date +%F).dump')
    .replaceAll('/var/backups/waline', folder);

/** Runs the documented daily backup into `folder` (in a shell whose umask would leave files readable to all). */
export function runDocumentedBackup(dbPort: number, folder: string): void {
  execFileSync('sh', ['-c', `umask 022; ${here(documentedBlocks().backup, dbPort, folder)}`], { stdio: 'pipe' });
}

/** Runs the documented restore of today's backup from `folder` into the running database. */
export function runDocumentedRestore(dbPort: number, folder: string): void {
  execFileSync('sh', ['-c', here(documentedBlocks().restore, dbPort, folder)], { stdio: 'pipe' });
}
