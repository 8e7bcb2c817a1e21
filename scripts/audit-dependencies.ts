#!/usr/bin/env node
/**
 * `npm audit --omit=dev` for CI (.ci/run): fails on any high or critical finding in
 * what the site ships, except advisories listed with a reason in
 * .ci/audit-exceptions.json ({ "GHSA-…": "why it cannot reach the site" }).
 * If the registry offers no audit service (some mirrors answer 405), it says so and
 * does not fail: it cannot tell anything then, and the build must not depend on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** The part of `npm audit --json` this script reads. */
interface AuditReport {
  vulnerabilities?: Record<string, { via?: (string | { severity: string; url?: string; title?: string })[] }>;
  metadata?: { vulnerabilities?: unknown };
  message?: string;
  error?: { summary?: string };
}

/** Findings that fail the run: high/critical advisories not excepted. */
export function blockingFindings(report: AuditReport, exceptions: Record<string, string>): string[] {
  const blocking: string[] = [];
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || !['high', 'critical'].includes(via.severity)) continue;
      const id = String(via.url ?? '')
        .split('/')
        .pop() as string;
      if (!(id in exceptions)) blocking.push(`${name}: ${via.severity} ${id} ${via.title}`);
    }
  }
  return blocking;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const exceptions = existsSync('.ci/audit-exceptions.json')
    ? JSON.parse(readFileSync('.ci/audit-exceptions.json', 'utf8'))
    : {};
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  let report: AuditReport;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = { error: { summary: run.stderr.trim() } };
  }
  // A real audit always reports its counts; anything else is the service failing.
  if (!report.metadata?.vulnerabilities) {
    console.warn(
      `npm audit: 注册表未提供审计服务，本次未检查 / the registry offers no audit service, not checked: ${report.message ?? report.error?.summary ?? ''}`,
    );
    process.exit(0);
  }
  const blocking = blockingFindings(report, exceptions);
  for (const line of blocking) console.error(line);
  console.log(
    `npm audit --omit=dev: ${blocking.length} 个高危/严重问题 / high or critical findings (exceptions: ${Object.keys(exceptions).length})`,
  );
  process.exit(blocking.length ? 1 : 0);
}
