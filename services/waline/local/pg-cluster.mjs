// @ts-check
/**
 * A private PostgreSQL cluster in a folder, for development (`npm run waline`,
 * under .waline-dev/) and the tests (a temporary folder): initdb on first use,
 * its own port on 127.0.0.1 and its own socket folder, trust authentication
 * for the one local role. PostgreSQL refuses to run as root, so as root (CI)
 * the cluster belongs to the unprivileged `postgres` account of Debian's
 * package and its commands run through runuser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PG_BIN = process.env.PG_BIN || '/usr/lib/postgresql/15/bin';
/** The role the cluster is created with (its superuser) and the service connects as. */
export const PG_ROLE = 'waline';

/** The one command that installs what is missing (Debian), for error messages. */
export const INSTALL_HINT = 'sudo apt-get install -y postgresql';

/** Whether PostgreSQL's server binaries are where Debian's package puts them. */
export const hasPostgres = () => ['initdb', 'pg_ctl', 'postgres'].every((bin) => existsSync(join(PG_BIN, bin)));

/** Fails with the install command when the binaries are missing. */
export function requirePostgres() {
  if (!hasPostgres()) {
    throw new Error(
      `找不到 PostgreSQL 服务器程序（${PG_BIN}）。请先安装：${INSTALL_HINT}（或用 PG_BIN 指向 initdb 所在目录）。/ PostgreSQL server binaries not found in ${PG_BIN}: run ${INSTALL_HINT}`,
    );
  }
}

const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The account's uid/gid, as root (`postgres` from Debian's package). */
function serviceAccount() {
  const lookup = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (lookup.status !== 0) {
    throw new Error(
      '以 root 运行时需要系统账号 postgres 来运行数据库（Debian 的 postgresql 包会创建它）。/ Running as root needs the `postgres` account.',
    );
  }
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  return { uid: Number(lookup.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Runs one of PostgreSQL's programs as the cluster's owner.
 * @param {string} program @param {string[]} args
 */
function run(program, args) {
  const command = join(PG_BIN, program);
  const [file, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * @typedef {object} Cluster
 * @property {string} dir data folder
 * @property {number} port
 * @property {Record<string, string>} env PG_* variables for the service and init-db
 * @property {(mode?: 'fast' | 'immediate') => void} stop shutdown, waits for it: `fast` closes the connections, `immediate` drops them as a crash would
 */

/**
 * Creates the cluster on first use and starts it.
 * @param {{ dir: string, port: number, throwaway?: boolean }} options `throwaway`: no fsync (tests; data lost on a crash)
 * @returns {Cluster}
 */
export function startCluster({ dir, port, throwaway = false }) {
  requirePostgres();
  const data = join(dir, 'data');
  mkdirSync(dir, { recursive: true });
  if (asRoot()) {
    const { uid, gid } = serviceAccount();
    if (statSync(dir).uid !== uid) chownSync(dir, uid, gid);
  }
  if (!existsSync(join(data, 'PG_VERSION'))) {
    run('initdb', ['-D', data, '-U', PG_ROLE, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-instructions']);
  }
  if (isRunning(data)) stopData(data);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${throwaway ? ' -c fsync=off -c full_page_writes=off' : ''}`;
  try {
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    const log = existsSync(join(dir, 'postgres.log'))
      ? readFileSync(join(dir, 'postgres.log'), 'utf8').split('\n').slice(-8).join('\n')
      : '';
    throw new Error(
      `PostgreSQL 没有启动（端口 ${port}）/ PostgreSQL did not start:\n${/** @type {Error} */ (error).message}\n${log}`,
    );
  }
  return {
    dir: data,
    port,
    env: { PG_HOST: '127.0.0.1', PG_PORT: String(port), PG_USER: PG_ROLE, PG_PASSWORD: '' },
    stop: (mode = 'fast') => stopData(data, mode),
  };
}

/** @param {string} data */
function isRunning(data) {
  return existsSync(join(data, 'postmaster.pid'));
}

/** @param {string} data @param {'fast' | 'immediate'} [mode] */
function stopData(data, mode = 'fast') {
  if (!isRunning(data)) return;
  try {
    run('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '30', 'stop']);
  } catch {
    // A stale postmaster.pid (the machine was restarted): pg_ctl start copes with it.
  }
}
