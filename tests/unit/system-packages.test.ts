import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSystemPackages, provisionPlan } from '../../tools/system-packages';
import { ROOT } from '../support/content';

describe('.ci/system-packages', () => {
  it('lists each package with the file that proves it is installed', () => {
    const list = parseSystemPackages(readFileSync(join(ROOT, '.ci/system-packages'), 'utf8'));
    expect(list.map((p) => p.name)).toEqual(expect.arrayContaining(['chromium', 'fonts-noto-cjk', 'nginx-light']));
    for (const p of list) expect(p.proof).toMatch(/^\//);
  });

  it('is the list .ci/run installs from (one list, read by both)', () => {
    const run = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(run).toContain('.ci/system-packages');
    expect(run).not.toMatch(/apt-get install[^\n]*chromium/);
  });

  it('refuses a line without a file', () => {
    expect(() => parseSystemPackages('chromium\n')).toThrow('needs a package name and a file');
  });
});

describe('provisionPlan', () => {
  it('does nothing when everything is installed', () => {
    expect(provisionPlan([], { isRoot: false, hasApt: true })).toEqual({ action: 'none' });
  });
  it('installs with apt-get as root', () => {
    expect(provisionPlan(['nginx-light'], { isRoot: true, hasApt: true })).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '--no-install-recommends', 'nginx-light'],
      ],
    });
  });
  it('otherwise stops with the one command to run', () => {
    const plan = provisionPlan(['nginx-light', 'fonts-noto-cjk'], { isRoot: false, hasApt: true });
    expect(plan).toMatchObject({ action: 'stop' });
    expect((plan as { message: string }).message).toContain(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends nginx-light fonts-noto-cjk',
    );
  });
  it('names the packages on a system without apt-get', () => {
    const plan = provisionPlan(['nginx-light'], { isRoot: true, hasApt: false });
    expect((plan as { message: string }).message).toContain('install with your package manager: nginx-light');
  });
});
