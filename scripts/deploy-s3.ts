#!/usr/bin/env node
/**
 * `npm run deploy:s3 [-- --dist dist] [--dry-run] [--allow-mass-delete]`: publishes a
 * build to an S3-compatible bucket (Aliyun OSS, Tencent COS, Huawei OBS, MinIO…)
 * with rclone, configured only from environment variables (S3_ENDPOINT,
 * S3_REGION, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY; optional
 * S3_PREFIX, S3_PROVIDER, S3_PATH_STYLE, S3_ASSET_ENCODING), so no secret is
 * written to disk. Guide: docs/object-storage.md.
 *   1. stages dist/ as links, one per object (the .gz copy in place of a
 *      precompressed script, see scripts/deploy-s3/plan.ts);
 *   2. `rclone check` compares sizes and MD5 checksums with the bucket;
 *   3. uploads what is new or changed, phase by phase — assets, pages, Pagefind's
 *      runtime, its entry — each batch with its Content-Type, Cache-Control
 *      and Content-Encoding;
 *   4. deletes what the build no longer has.
 * A failure stops before the next phase and leaves a whole site; running
 * again finishes the job. DEPLOY_RCLONE names another rclone binary.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type CheckReport,
  type DeployPlan,
  type DeployTarget,
  type Phase,
  type StagedObject,
  PHASE_LABELS,
  bucketPath,
  isMassDeletion,
  parseCheckReport,
  planDeploy,
  rcloneArgs,
  rcloneInvocation,
  readTarget,
  remotePath,
  stagedObjects,
} from './deploy-s3/plan.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'dry-run': { type: 'boolean', default: false },
    'allow-mass-delete': { type: 'boolean', default: false },
  },
});

const RCLONE = process.env.DEPLOY_RCLONE || 'rclone';
const MIN_RCLONE = [1, 53];
const started = performance.now();

/** A failure the operator can act on: its message says what to do (no stack trace); `code` 2 for settings, 1 for the run. */
class Stop extends Error {
  readonly code: number;
  constructor(message: string, code = 1) {
    super(message);
    this.code = code;
  }
}

type Invocation = ReturnType<typeof rcloneInvocation>;
interface RcloneResult {
  code: number;
  log: string;
}

/** Runs rclone for one step (DEPLOY_S3_PHASE tells a wrapper which); resolves with its exit code and what it printed. */
function rclone(
  args: string[],
  phase: Phase | 'check' | 'delete',
  { env, globalArgs }: Invocation,
): Promise<RcloneResult> {
  return new Promise((done) => {
    const child = spawn(RCLONE, [...args, ...globalArgs], {
      env: { ...env, DEPLOY_S3_PHASE: phase },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', (error) => done({ code: -1, log: String(error) }));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 : -1), log }));
  });
}

function checkRclone() {
  const version = spawnSync(RCLONE, ['version', '--config', ''], { encoding: 'utf8' });
  if (version.error) {
    throw new Stop(
      `找不到 rclone（${RCLONE}）：Debian/Ubuntu 上运行 sudo apt-get install rclone，其他系统见 https://rclone.org/install/ / rclone not found: sudo apt-get install rclone`,
      2,
    );
  }
  const [major = 0, minor = 0] = (/rclone v(\d+)\.(\d+)/.exec(version.stdout) ?? []).slice(1).map(Number);
  const [minMajor = 0, minMinor = 0] = MIN_RCLONE;
  if (major < minMajor || (major === minMajor && minor < minMinor)) {
    throw new Stop(
      `rclone 版本过旧（${version.stdout.split('\n')[0]}），需要 ${MIN_RCLONE.join('.')} 或更新 / rclone ${MIN_RCLONE.join('.')} or newer is required`,
      2,
    );
  }
}

/** Every file of the build, as `/`-separated paths relative to it; refuses an incomplete build (it would empty the bucket). */
function builtFiles(dist: string): string[] {
  for (const required of ['index.html', 'pagefind/pagefind-entry.json']) {
    if (!existsSync(join(dist, required))) {
      throw new Stop(
        `${values.dist}/ 不是完整的构建（缺少 ${required}），为免删掉线上的网站，不上传：先运行 npm run build / ${values.dist}/ is not a complete build (no ${required}); run npm run build first`,
        2,
      );
    }
  }
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Compares the staged objects with the bucket (sizes and MD5 checksums). */
async function compare(
  objects: readonly StagedObject[],
  stage: string,
  target: DeployTarget,
  env: Invocation,
  work: string,
): Promise<CheckReport> {
  const bucket = await rclone(rcloneArgs.bucketExists(bucketPath(target)), 'check', env);
  if (bucket.code !== 0) {
    throw new Stop(
      `${bucket.log.slice(-2000)}\n无法访问存储桶 ${target.bucket}：检查 S3_ENDPOINT、S3_REGION、S3_BUCKET 和密钥；存储桶须先在控制台创建 / ` +
        `cannot list bucket ${target.bucket}: check the endpoint, region, bucket name and keys; create the bucket in the console first`,
    );
  }
  const remote = remotePath(target);
  const reportFile = join(work, 'check.txt');
  const checked = await rclone(rcloneArgs.check(stage, remote, reportFile), 'check', env);
  // rclone check exits 1 when files differ; the report then accounts for every staged file. Anything else is a failure.
  const report = existsSync(reportFile) ? parseCheckReport(readFileSync(reportFile, 'utf8')) : undefined;
  const accounted = report ? report.same.length + report.added.length + report.changed.length : 0;
  if (
    !report ||
    (checked.code !== 0 && checked.code !== 1) ||
    report.errors.length > 0 ||
    accounted !== objects.length
  ) {
    throw new Stop(
      `${checked.log.slice(-3000)}\n无法与存储桶比较：检查 S3_ENDPOINT、S3_REGION、S3_BUCKET、密钥及其权限（列出、读取、上传、删除对象），存储桶须已创建 / ` +
        'could not compare with the bucket: check the endpoint, region, bucket name, keys and their permissions (list, get, put, delete); the bucket must exist' +
        (report?.errors.length ? `\n出错的文件 / files with errors: ${report.errors.slice(0, 10).join(', ')}` : ''),
    );
  }
  return report;
}

/** Uploads the plan's batches in order, then deletes; stops at the first failure, before anything that depends on it. */
async function publish(plan: DeployPlan, stage: string, remote: string, env: Invocation, work: string) {
  for (const [index, batch] of plan.batches.entries()) {
    const list = join(work, `upload-${index}-${batch.phase}.txt`);
    writeFileSync(list, batch.keys.join('\n') + '\n');
    console.log(`上传 / uploading ${PHASE_LABELS[batch.phase]}: ${batch.keys.length}`);
    const uploaded = await rclone(rcloneArgs.upload(stage, remote, list, batch.headers), batch.phase, env);
    if (uploaded.code !== 0) {
      throw new Stop(
        `${uploaded.log.slice(-3000)}\n上传${PHASE_LABELS[batch.phase]}时失败（rclone 退出码 ${uploaded.code}）。线上网站仍然完整：之后的网页和搜索索引尚未替换，也没有删除任何文件。` +
          `排除问题后重新运行 npm run deploy:s3，已上传的文件不会重传。 / Uploading ${batch.phase} failed (rclone exit ${uploaded.code}); ` +
          'later phases and deletions did not run, so the bucket still holds a whole site. Run npm run deploy:s3 again to finish.',
      );
    }
  }
  if (plan.deletions.length === 0) return;
  const list = join(work, 'delete.txt');
  writeFileSync(list, plan.deletions.join('\n') + '\n');
  console.log(`删除不再需要的文件 / deleting files no longer built: ${plan.deletions.length}`);
  const deleted = await rclone(rcloneArgs.delete(remote, list), 'delete', env);
  if (deleted.code !== 0) {
    throw new Stop(
      `${deleted.log.slice(-3000)}\n新网站已全部上传，但删除旧文件失败（rclone 退出码 ${deleted.code}）：重新运行即可 / the new site is live; deleting old files failed (rclone exit ${deleted.code}), run again`,
    );
  }
}

async function main() {
  const { target, problems } = readTarget(process.env);
  if (!target)
    throw new Stop(
      `对象存储部署的设置不完整（docs/object-storage.md） / the object storage settings are incomplete:\n  ${problems.join('\n  ')}`,
      2,
    );
  checkRclone();
  const dist = resolve(values.dist);
  const objects = stagedObjects(builtFiles(dist), target.assetEncoding);
  const remote = remotePath(target);
  const env = rcloneInvocation(target, process.env);
  console.log(`部署到对象存储 / deploying ${values.dist}/ to ${target.endpoint} ${target.bucket}/${target.prefix}`);

  const work = mkdtempSync(join(tmpdir(), 'dangjian-s3-'));
  try {
    const stage = join(work, 'stage');
    for (const object of objects) {
      mkdirSync(dirname(join(stage, object.key)), { recursive: true });
      symlinkSync(join(dist, object.file), join(stage, object.key));
    }
    const plan = planDeploy(await compare(objects, stage, target, env, work), objects);
    console.log(
      `比较完毕 / compared ${objects.length} files: 新增 new ${plan.added}, 修改 changed ${plan.changed}, 未变 unchanged ${plan.unchanged}, 待删除 to delete ${plan.deletions.length}`,
    );
    for (const batch of plan.batches) {
      const headers = Object.entries(batch.headers)
        .map(([name, value]) => `${name}: ${value}`)
        .join('; ');
      console.log(`  ${PHASE_LABELS[batch.phase]}  ${batch.keys.length} × ${headers}`);
    }
    if (values['dry-run']) {
      for (const batch of plan.batches) for (const key of batch.keys) console.log(`  上传 / upload  ${key}`);
      for (const key of plan.deletions) console.log(`  删除 / delete  ${key}`);
      console.log('试运行，未做任何改动 / dry run: nothing changed');
      return;
    }
    if (isMassDeletion(plan) && !values['allow-mass-delete']) {
      throw new Stop(
        `本次会删除 ${plan.deletions.length} 个文件，多于保留的文件：S3_PREFIX（现为「${target.prefix}」）是否指向了别的网站？确认无误后加 --allow-mass-delete 重新运行 / ` +
          `this would delete ${plan.deletions.length} objects, more than it keeps: is S3_PREFIX right? If so, run again with --allow-mass-delete`,
        2,
      );
    }
    await publish(plan, stage, remote, env, work);
    console.log(
      `完成 / done in ${((performance.now() - started) / 1000).toFixed(1)} s: 上传 uploaded ${plan.added + plan.changed}, 删除 deleted ${plan.deletions.length}, 未变 unchanged ${plan.unchanged}`,
    );
    if (plan.batches.some((batch) => batch.phase === 'pages')) {
      console.log(
        '网页已更新。CDN 缓存网页时，请刷新网站目录（docs/object-storage.md「刷新 CDN」） / pages changed: refresh the CDN if it caches them',
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Stop)) throw error;
  console.error(error.message);
  process.exitCode = error.code;
}
