#!/usr/bin/env node
// @ts-check
/**
 * `npm run sync`: reads the GitHub Discussions of the configured repository and
 * writes src/data/discussions.json for the poll and statistics pages.
 * Environment: GITHUB_TOKEN (required), SYNC_REPO, SYNC_CATEGORIES,
 * GITHUB_GRAPHQL_URL (tests, GitHub Enterprise), SYNC_SNAPSHOT (output path).
 */
import { runSync } from './sync/run.mjs';

process.exitCode = await runSync();
