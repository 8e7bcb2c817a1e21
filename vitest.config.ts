import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // One worker process per core for all files instead of a fresh one per file (about 2.5 s each, over a hundred
    // files): the tests share no state through modules (no mocks, no process.env writes), so isolation bought nothing.
    isolate: false,
    testTimeout: 20_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
