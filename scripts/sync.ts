#!/usr/bin/env node
/**
 * `npm run sync`: reads the discussions of the configured provider — GitHub
 * Discussions (Giscus) or the branch's own Waline service — and writes
 * src/data/discussions.json for the poll and statistics pages; with Waline, also
 * the branch service's counts of 意见 and 举报 into src/data/branch-stats.json.
 * Environment: DISCUSSION_PROVIDER (else the settings), SYNC_SNAPSHOT (output path),
 * SYNC_BRANCH_STATS (the channel counts' path);
 * GitHub: GITHUB_TOKEN (required), SYNC_REPO, SYNC_CATEGORIES, GITHUB_GRAPHQL_URL
 * (tests, GitHub Enterprise); Waline: WALINE_TOKEN (an administrator's login
 * token, required), WALINE_URL (full address, else the settings).
 */
import { runSync } from './sync/run.ts';

process.exitCode = await runSync();
