/**
 * Writes the formal tests' answer key (src/model/formal-test-key.ts) for the
 * branch service, beside the build's output and never inside it:
 * `<outDir>/../branch-private/formal-tests.json` (for the usual dist/, the
 * checkout's branch-private/, where the service looks by default). A formal
 * test's page embeds no answer; this file is the only place the build puts them.
 * Readable by its owner only; written after the pages, so a failed build leaves
 * the last good key. `npm start` writes it too, when the dev server starts.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCollection } from '../model/check-content';
import { collectionModel } from '../model/collections';
import { FORMAL_KEY_PATH, formalTestKey, type StoredQuiz } from '../model/formal-test-key';

/** Writes the key for the site in `root` beside `outDir`; returns the file and how many tests it holds. */
function writeKey(root: string, outDir: string): { file: string; count: number } {
  const quizzes = loadCollection(root, collectionModel('quizzes'), []);
  const key = formalTestKey(quizzes.map(({ id, data }) => ({ id, data: data as StoredQuiz })));
  const file = join(dirname(outDir), FORMAL_KEY_PATH);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600 });
  return { file, count: key.tests.length };
}

export function formalTestKeyFile(): AstroIntegration {
  let root = '';
  let outDir = '';
  return {
    name: 'site:formal-test-key',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      // npm start against a local service (docs/branch-service.md 在自己电脑上试用): the key as the site is now.
      'astro:server:start': ({ logger }) => {
        const { file, count } = writeKey(root, outDir);
        logger.info(`正式考试 ${count} 项，答案文件 / formal tests' answer key: ${file}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { file, count } = writeKey(root, fileURLToPath(dir));
        logger.info(`正式考试 ${count} 项，答案文件 / formal tests' answer key: ${file}`);
      },
    },
  };
}
