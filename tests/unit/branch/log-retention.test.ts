/**
 * The logs are kept at least six months (issue 30, 5): the journald and
 * logrotate files the operator installs (docs/branch-service.md) say so.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SERVICE = join(import.meta.dirname, '../../../services/waline');
const SIX_MONTHS_DAYS = 183;

describe('log retention', () => {
  it('keeps the service journal on disk for at least six months', () => {
    const conf = readFileSync(join(SERVICE, 'journald-dangjian.conf'), 'utf8');
    expect(conf).toMatch(/^Storage=persistent$/m);
    const days = Number(/^MaxRetentionSec=(\d+)day$/m.exec(conf)?.[1]);
    expect(days).toBeGreaterThanOrEqual(SIX_MONTHS_DAYS);
  });

  it('rotates the web server logs and keeps at least six months of them', () => {
    const conf = readFileSync(join(SERVICE, 'logrotate-nginx.conf'), 'utf8');
    const period = /^\s*(daily|weekly|monthly)$/m.exec(conf)?.[1];
    const days = { daily: 1, weekly: 7, monthly: 30 }[period as 'daily'] * Number(/^\s*rotate (\d+)$/m.exec(conf)?.[1]);
    expect(days).toBeGreaterThanOrEqual(SIX_MONTHS_DAYS);
  });
});
