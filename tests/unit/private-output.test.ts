import { describe, expect, it } from 'vitest';
import { privateOutputPath, publishedFolderOf } from '../../scripts/shared/private-output';

const ROOT = '/srv/site';
const label = { zh: '报告目录', en: 'report folder' };

describe('publishedFolderOf', () => {
  it.each([
    ['dist', 'dist'],
    ['dist/', 'dist'],
    ['dist/report', 'dist'],
    ['./dist/a/b', 'dist'],
    ['/srv/site/dist/report', 'dist'],
    ['members-report/../dist/x', 'dist'],
    ['public', 'public'],
    ['public/reports', 'public'],
  ])('%s is inside %s', (path, folder) => {
    expect(publishedFolderOf(path, ROOT)).toBe(folder);
  });

  it.each([
    'members-report',
    'members-export',
    '.digest-state.json',
    'dist-private',
    'distribution/x',
    'publications',
    '/tmp/export',
    '/srv/other/dist',
    '..',
  ])('%s is private', (path) => {
    expect(publishedFolderOf(path, ROOT)).toBeUndefined();
  });
});

describe('privateOutputPath', () => {
  it('answers the absolute path of a private folder', () => {
    expect(privateOutputPath('members-report', label, ROOT)).toBe('/srv/site/members-report');
  });

  it('refuses a published folder, naming it, the path and the fix', () => {
    expect(() => privateOutputPath('dist/report', label, ROOT)).toThrow(
      '报告目录不能在 dist/ 之内（/srv/site/dist/report），否则会随网站发布：请换一个不公开的目录。/ The report folder must be outside dist/, or it would be published with the site.',
    );
    expect(() => privateOutputPath('public/x.csv', label, ROOT)).toThrow(/^报告目录不能在 public\/ 之内/);
  });
});

describe('every command that writes private files uses the guard', () => {
  it('the digest refuses a state file in a published folder before reading anything', async () => {
    const { runDigest, projectRoot } = await import('../../scripts/digest/run');
    const errors: string[] = [];
    const code = await runDigest({
      root: projectRoot(),
      env: { DIGEST_STATE: 'public/digest-state.json' },
      args: ['--dry-run'],
      log: () => {},
      error: (line) => void errors.push(line),
    });
    expect(code).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/^摘要状态文件不能在 public\/ 之内/)]);
  });
});
