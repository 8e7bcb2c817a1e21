import { describe, expect, it } from 'vitest';
import { blockingFindings } from '../../scripts/audit-dependencies.ts';

const advisory = (severity: string, id: string) => ({
  severity,
  url: `https://github.com/advisories/${id}`,
  title: `${severity} issue`,
});

describe('blockingFindings', () => {
  const report = {
    vulnerabilities: {
      a: { via: [advisory('critical', 'GHSA-aaaa'), 'b'] },
      b: { via: [advisory('high', 'GHSA-bbbb')] },
      c: { via: [advisory('moderate', 'GHSA-cccc'), advisory('low', 'GHSA-dddd')] },
    },
  };

  it.each([
    [{}, ['a: critical GHSA-aaaa critical issue', 'b: high GHSA-bbbb high issue']],
    [{ 'GHSA-bbbb': 'only in the CMS build step' }, ['a: critical GHSA-aaaa critical issue']],
    [{ 'GHSA-aaaa': 'x', 'GHSA-bbbb': 'y' }, []],
  ])('with exceptions %o fails on %o', (exceptions, expected) => {
    expect(blockingFindings(report, exceptions)).toEqual(expected);
  });

  it('passes a clean report', () => {
    expect(blockingFindings({ vulnerabilities: {} }, {})).toEqual([]);
  });
});
