#!/usr/bin/env node
/**
 * `npm run digest [-- --dry-run]`: the optional e-mail digest of 每日一学 and new
 * content (scripts/digest/run.ts; set-up and variables: docs/daily-sharing.md).
 */
import { projectRoot, runDigest } from './digest/run.ts';

process.exitCode = await runDigest({
  root: projectRoot(),
  env: process.env,
  args: process.argv.slice(2),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
