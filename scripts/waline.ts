#!/usr/bin/env node
/**
 * `npm run waline`: the branch's discussion service for development, next to
 * `npm start`: a PostgreSQL cluster of its own under .waline-dev/ (created on
 * the first run, port 8361), the schema, and Waline on port 8360. Ctrl+C stops
 * both. Data stays in .waline-dev/ between runs; delete the folder to start over.
 * `npm run waline -- --sample` also creates the sample branch's accounts and the branch
 * service's roster from the sample archives (scripts/branch/sample-branch.ts).
 * Environment: WALINE_DEV_PORT, WALINE_DEV_DB_PORT, SITE_URL (the site's address,
 * default http://localhost:4321), and any variable of services/waline/waline.env.example.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { seedSampleBranch } from './branch/sample-branch.ts';
import { startCluster } from '../services/waline/local/pg-cluster.mjs';
import {
  applySchema,
  ensureServiceDependencies,
  type RunningService,
  startService,
} from '../services/waline/local/service.mjs';

const FOLDER = '.waline-dev';
const port = Number(process.env.WALINE_DEV_PORT || 8360);
const dbPort = Number(process.env.WALINE_DEV_DB_PORT || port + 1);

/** A signing key made once per checkout and kept in the (ignored) folder, so logins survive restarts. */
function devSecret(): string {
  const file = join(FOLDER, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

try {
  ensureServiceDependencies();
  mkdirSync(FOLDER, { recursive: true });
  const cluster = startCluster({ dir: join(process.cwd(), FOLDER, 'postgres'), port: dbPort });
  const env: Record<string, string> = {
    ...cluster.env,
    PG_DB: 'waline',
    JWT_TOKEN: devSecret(),
    SITE_NAME: process.env.SITE_NAME || '党建网（开发）',
    SITE_URL: process.env.SITE_URL || 'http://localhost:4321',
  };
  let service: RunningService;
  try {
    applySchema(env);
    service = await startService({ env, port });
  } catch (error) {
    cluster.stop();
    throw error;
  }
  if (process.argv.includes('--sample')) console.log((await seedSampleBranch(service.url, env)).join('\n'));
  console.log(`
讨论服务（Waline）已启动 / the discussion service is running
  网站连接的地址 / serverURL for the site:  ${service.url}
    （在 /admin 的“站点设置 → 讨论区”中选 waline，地址填这一行；或构建时设 WALINE_URL=${service.url}）
  管理页面 / administration:               ${service.url}/ui/
  数据库 / PostgreSQL:                      127.0.0.1:${dbPort}，数据在 ${FOLDER}/postgres/
  第一个注册的账号就是管理员：打开 ${service.url}/ui/register 注册。之后自助注册关闭，
  成员账号由管理员开通（docs/waline.md“成员账号”）。新评论要在管理页面审核后才公开。
  The first account registered at /ui/register becomes the administrator.
  按 Ctrl+C 停止 / Ctrl+C stops Waline and PostgreSQL.
`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await service.stop();
    cluster.stop();
    console.log('讨论服务和数据库已停止 / stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  service.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`讨论服务意外退出（${code}）/ Waline exited unexpectedly`);
    cluster.stop();
    process.exit(1);
  });
} catch (error) {
  console.error(`npm run waline 失败 / failed: ${(error as Error).message}`);
  process.exit(1);
}
