/**
 * rclone whose connection drops halfway through the page uploads of a deploy:
 * it uploads the first half of the pages for real, then fails as a lost
 * connection would. Every other rclone call passes through unchanged.
 * Used by tests/build/deploy-s3.test.ts through DEPLOY_RCLONE.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (process.env.DEPLOY_S3_PHASE === 'pages' && args[0] === 'copy') {
  const list = args[args.indexOf('--files-from-raw') + 1];
  const keys = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  writeFileSync(list, keys.slice(0, Math.floor(keys.length / 2)).join('\n') + '\n');
  spawnSync('rclone', args, { stdio: 'inherit' });
  console.error('connection lost (simulated) after half of the pages');
  process.exit(1);
}
process.exit(spawnSync('rclone', args, { stdio: 'inherit' }).status ?? 1);
