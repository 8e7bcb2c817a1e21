import { describe, expect, it } from 'vitest';
import { isFresh, isKnownDecapWarning, projectInputs } from '../../admin/build/cms-bundle';

describe('projectInputs', () => {
  it('keeps the project files of a module graph, relative and without queries', () => {
    const ids = [
      '/repo/admin/cms.ts',
      '/repo/src/styles/global.css?url',
      '/repo/node_modules/decap-cms-app/dist/esm/index.js',
      '\0vite/preload-helper.js',
      'virtual:something',
      '/elsewhere/outside.ts',
      '/repo/admin/cms.ts',
    ];
    expect(projectInputs(ids, '/repo')).toEqual(['admin/cms.ts', 'src/styles/global.css']);
  });
});

describe('isFresh', () => {
  const manifest = {
    recipe: 'r1',
    inputs: { 'admin/cms.ts': 'a', 'src/lib/study/quiz.ts': 'b' },
    entry: '_astro/cms-x.js',
  };
  const hashes: Record<string, string> = { 'admin/cms.ts': 'a', 'src/lib/study/quiz.ts': 'b' };

  it('reuses a bundle whose recipe and inputs are unchanged', () => {
    expect(isFresh(manifest, 'r1', (file) => hashes[file] ?? 'missing')).toBe(true);
  });

  it('rebuilds when any input, the recipe (lock file, base path, bundler) or the cache itself changed', () => {
    expect(isFresh(manifest, 'r1', (file) => (file === 'src/lib/study/quiz.ts' ? 'changed' : hashes[file]!))).toBe(
      false,
    );
    expect(isFresh(manifest, 'r2', (file) => hashes[file]!)).toBe(false);
    expect(isFresh(undefined, 'r1', (file) => hashes[file]!)).toBe(false);
  });
});

describe('isKnownDecapWarning: only the named dependency warnings are silenced', () => {
  it.each([
    [{ code: 'EVAL', id: '/p/node_modules/js-sha256/src/sha256.js', message: 'Use of direct `eval`' }, true],
    [{ code: 'EVAL', id: '/p/node_modules/@iarna/toml/lib/toml-parser.js', message: 'Use of direct `eval`' }, true],
    [{ code: 'EVAL', id: '/p/node_modules/gray-matter/lib/engines.js', message: 'Use of direct `eval`' }, true],
    [
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        id: '/p/node_modules/react-toastify/dist/react-toastify.esm.mjs',
        message: '"use client"',
      },
      true,
    ],
    // The same kinds elsewhere (our code, another package) still print.
    [{ code: 'EVAL', id: '/p/admin/cms.ts', message: 'Use of direct `eval`' }, false],
    [{ code: 'MODULE_LEVEL_DIRECTIVE', id: '/p/node_modules/other/index.js', message: '"use client"' }, false],
    [{ code: 'UNRESOLVED_IMPORT', id: '/p/node_modules/js-sha256/src/sha256.js', message: 'missing' }, false],
  ])('%j → %s', (log, silenced) => {
    expect(isKnownDecapWarning(log)).toBe(silenced);
  });
});
