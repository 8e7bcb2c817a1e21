/**
 * Text stays text in the JSON that pages embed for their scripts (issue 21): a
 * real build of a copy of the site whose 每日一学 card, quiz, course title,
 * branch name and CMS field help hold `</script>`, `<!--<script>` and U+2028,
 * each page parsed by Chromium's own HTML parser (scripts off). Every JSON data
 * element must parse and give back the exact text, and no element written in
 * the text may appear in the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { ROOT } from '../support/content';
import { chromiumLaunchOptions } from '../../tools/chromium';
import { CMS_PROXY_PORT } from '../../tools/ports';

/** Each would end the data element or open markup if written raw; U+2028 ends a line for older script parsers. */
const HOSTILE = '</script><img id="injected" src="x" onerror="document.title=1"><!--<script>\u2028中\u2029尾';
/** As a YAML double-quoted scalar. */
const yamlText = (text: string) => JSON.stringify(text);

let copy: string;
let browser: Browser;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'embedded-json-site-'));
  for (const entry of ['src', 'admin', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const write = (file: string, text: string) => writeFileSync(join(copy, file), text);
  write(
    'src/content/daily/hostile-text.yml',
    `text: ${yamlText(`学习党章${HOSTILE}`)}\nsource: ${yamlText(HOSTILE)}\ntopic: 党章\n`,
  );
  write(
    'src/content/quizzes/hostile-text.yml',
    [
      'title: 文字测试',
      'questions:',
      '  - type: 判断题',
      `    stem: ${yamlText(`题干${HOSTILE}`)}`,
      '    answer: [正确]',
      `    explanation: ${yamlText(HOSTILE)}`,
    ].join('\n'),
  );
  write(
    'src/content/courses/hostile-text.md',
    `---\ntitle: ${yamlText(`课程${HOSTILE}`)}\nsummary: 课程简介\norder: 99\n---\n`,
  );
  const settings = readFileSync(join(copy, 'src/settings.yml'), 'utf8');
  write('src/settings.yml', settings.replace(/^branchName: .*$/m, `branchName: ${yamlText(`第一党支部${HOSTILE}`)}`));
  // The CMS config carries the model's field help: one hint holds the text too.
  const model = readFileSync(join(copy, 'src/model/collections.ts'), 'utf8');
  const hint = "hint: '如 《中国共产党章程》总纲'";
  expect(model).toContain(hint);
  write('src/model/collections.ts', model.replace(hint, `hint: ${JSON.stringify(`如 ${HOSTILE}`)}`));
  const build = spawnSync('astro', ['build'], {
    cwd: copy,
    encoding: 'utf8',
    timeout: 540_000,
    env: { ...process.env, CMS_PROXY_PORT: String(CMS_PROXY_PORT) },
  });
  if (build.status !== 0)
    throw new Error(`astro build of the copy failed:\n${(build.stdout + build.stderr).slice(-3000)}`);
  browser = await chromium.launch(chromiumLaunchOptions());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

interface Parsed {
  /** Text of every `<script type="application/json">`, and whether it parsed. */
  data: { text: string; parses: boolean }[];
  injected: number;
}

/** Every string inside a JSON value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsIn)
      : [];

/** The built page as the browser's HTML parser reads it, without running any script. */
async function parsedPage(path: string): Promise<Parsed> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // Nothing is fetched: the page is parsed from the file's bytes.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8'), {
      waitUntil: 'domcontentloaded',
    });
    return await page.evaluate(() => ({
      data: [...document.querySelectorAll('script[type="application/json"]')].map((script) => {
        const text = script.textContent ?? '';
        try {
          JSON.parse(text);
          return { text, parses: true };
        } catch {
          return { text, parses: false };
        }
      }),
      injected: document.querySelectorAll('#injected, img[onerror]').length,
    }));
  } finally {
    await context.close();
  }
}

describe('JSON embedded in built pages, with hostile text in the content', () => {
  it.each([
    ['the home page (今日一学)', '', `学习党章${HOSTILE}`],
    ['/daily/', 'daily', `学习党章${HOSTILE}`],
    ['a quiz', 'quizzes/hostile-text', `题干${HOSTILE}`],
    ['我的学习 (course titles, branch name)', 'my', `课程${HOSTILE}`],
    ['the CMS page (field help in its config)', 'admin', `如 ${HOSTILE}`],
  ])(
    '%s: every data element parses, gives the text back whole, and nothing in it became markup',
    async (_name, path, expected) => {
      const { data, injected } = await parsedPage(path);
      expect(data.length).toBeGreaterThan(0);
      expect(data.filter((d) => !d.parses)).toEqual([]);
      expect(data.flatMap((d) => stringsIn(JSON.parse(d.text))).filter((text) => text.includes(expected))).not.toEqual(
        [],
      );
      expect(injected).toBe(0);
    },
  );
});
