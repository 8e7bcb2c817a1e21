/**
 * Bad content gets a clear error: the file, the field and the fix, in Chinese
 * and English. Each case writes one entry into a scratch project and checks
 * the exact problem reported.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkContent, formatProblems } from '../../src/model/check-content';
import { ROOT } from '../support/content';

const GOOD_ARTICLE = {
  title: '学习党章',
  date: '2026-03-01',
  category: '理论学习',
  tags: '\n  - 党章',
};

function article(fields: Record<string, string | undefined>, body = '正文。') {
  const yaml = Object.entries({ ...GOOD_ARTICLE, ...fields })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}\n`;
}

let root: string;

function write(path: string, content: string) {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-check-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkContent', () => {
  it('accepts the sample content shipped with the site', () => {
    expect(checkContent(ROOT)).toEqual([]);
  });

  it('accepts a project without the private members folder', () => {
    write('src/content/articles/ok.md', article({}));
    expect(checkContent(root)).toEqual([]);
  });

  it.each([
    [
      'a missing required field',
      { title: undefined },
      'title',
      '缺少必填项“标题”，请填写 / required field is missing: add it',
    ],
    [
      'a wrong enum value',
      { category: '学习园地' },
      'category',
      '“栏目”只能是：理论学习、政策解读、支部动态、先锋风采、通知公告 / must be one of: 理论学习, 政策解读, 支部动态, 先锋风采, 通知公告',
    ],
    [
      'an unparsable date',
      { date: '2026-02-30' },
      'date',
      '“发布日期”应为有效日期，格式 YYYY-MM-DD，如 2026-07-01 / must be a valid date like 2026-07-01',
    ],
    [
      'a date in words',
      { date: '三月一日' },
      'date',
      '“发布日期”应为有效日期，格式 YYYY-MM-DD，如 2026-07-01 / must be a valid date like 2026-07-01',
    ],
    ['a number where a list belongs', { tags: '5' }, 'tags', '“标签”应为列表（每项一行，以“- ”开头）/ must be a list'],
  ])('reports %s with the file, the field and the fix', (_case, fields, field, message) => {
    write('src/content/articles/bad-entry.md', article(fields));
    expect(checkContent(root)).toEqual([{ file: 'src/content/articles/bad-entry.md', field, message }]);
  });

  it('reports a reference to a missing entry', () => {
    write(
      'src/content/lessons/lesson-one.md',
      '---\ncourse: no-such-course\norder: 1\ntitle: 第一课\nminutes: 20\n---\n正文\n',
    );
    expect(checkContent(root)).toEqual([
      {
        file: 'src/content/lessons/lesson-one.md',
        field: 'course',
        message:
          '“所属课程”引用的课程“no-such-course”不存在：请先创建它，或改为已有条目的 id / refers to "no-such-course", which does not exist: create it or use an existing id',
      },
    ]);
  });

  it('refuses a second lesson of a course with the same 课时序号, naming the first (issue 34, item 13)', () => {
    write('src/content/courses/branch.md', '---\ntitle: 支部生活\nsummary: 课程简介\norder: 1\n---\n简介\n');
    const lesson = (order: number, course = 'branch') =>
      `---\ncourse: ${course}\norder: ${order}\ntitle: 课时\nminutes: 20\n---\n正文\n`;
    write('src/content/lessons/a-first.md', lesson(2));
    write('src/content/lessons/b-second.md', lesson(2));
    write('src/content/lessons/c-third.md', lesson(3));
    expect(checkContent(root)).toEqual([
      {
        file: 'src/content/lessons/b-second.md',
        field: 'order',
        message:
          '本课程已有第 2 课时（src/content/lessons/a-first.md）：请改用未占用的“课时序号” / lesson 2 of this course already exists (src/content/lessons/a-first.md): use another number',
      },
    ]);
  });

  it('finds references inside lists of objects', () => {
    write(
      'src/content/contests/essay-2026.md',
      '---\ntitle: 征文\ntheme: 初心\nstart: 2026-01-01\ndeadline: 2026-02-01\nawards:\n  - essay: missing-essay\n    prize: 一等奖\n---\n规则\n',
    );
    expect(checkContent(root)).toMatchObject([{ file: 'src/content/contests/essay-2026.md', field: 'awards.0.essay' }]);
  });

  it('reports a Chinese file name and says how to rename it', () => {
    write('src/content/articles/学习党章.md', article({}));
    expect(checkContent(root)).toEqual([
      {
        file: 'src/content/articles/学习党章.md',
        message:
          '文件名“学习党章.md”不合规：只能用小写英文字母、数字和连字符（不能全是数字），如 party-dues-2026.md，请重命名 / file name must be lowercase a–z, 0–9 and hyphens, not digits only: rename it',
      },
    ]);
  });

  it('reports broken YAML', () => {
    write('src/content/articles/broken.md', '---\ntitle: [未闭合\n---\n');
    expect(checkContent(root)).toEqual([
      {
        file: 'src/content/articles/broken.md',
        message:
          'YAML 格式错误：第 3 行之前有引号或括号没有闭合：请检查引号、括号是否成对 / YAML syntax error: a quote or bracket opened before line 3 is never closed',
      },
    ]);
  });

  it('reports the line of broken YAML in a data file', () => {
    write('src/content/daily/broken.yml', 'text: 学习\n  source: 出处\ntopic: 党章\n');
    expect(checkContent(root)).toEqual([
      {
        file: 'src/content/daily/broken.yml',
        message:
          'YAML 格式错误（第 2 行附近）：请检查这一行的引号、括号、冒号和缩进 / YAML syntax error near line 2 (bad indentation of a mapping entry): check quotes, brackets, colons and indentation',
      },
    ]);
  });

  it.each([
    ['x.yaml', 'x.yml'],
    ['x.yml', 'x.yaml'],
  ])('reports two files with one id (%s beside %s): Astro would keep only one', (first, second) => {
    write(`src/content/daily/${first}`, 'text: 学习\nsource: 党章\ntopic: 党章\n');
    write(`src/content/daily/${second}`, 'text: 学习\nsource: 党章\ntopic: 党章\n');
    const [later, earlier] = [first, second].sort().reverse();
    expect(checkContent(root)).toEqual([
      {
        file: `src/content/daily/${later}`,
        message: `文件“${later}”与“${earlier}”的 id 都是“x”，只会保留一个：请删除或重命名其中一个 / same id "x" as ${earlier}, so one would be lost: delete or rename one of them`,
      },
    ]);
  });

  it('reports an uploaded file that is not under public/', () => {
    write(
      'src/content/articles/with-cover.md',
      article({ cover: '/uploads/articles/missing.jpg', coverAlt: '支部党员在社区清理楼道' }),
    );
    expect(checkContent(root)).toMatchObject([
      { field: 'cover', message: expect.stringContaining('/uploads/articles/missing.jpg 不存在于 public/ 中') },
    ]);
  });

  it('asks for the text alternative of an image once the image is set, beside the entry’s other problems', () => {
    write(
      'src/content/articles/cover-without-alt.md',
      article({ title: undefined, cover: '/uploads/articles/missing.jpg', coverAlt: "''" }),
    );
    expect(checkContent(root).map(({ field, message }) => [field, message.split(' / ')[0]])).toEqual([
      ['title', '缺少必填项“标题”，请填写'],
      ['coverAlt', '设置了“封面图”就要填写“封面图说明”：用一句话说明图片上是什么，供看不到图片的读者使用'],
      ['cover', '“封面图”指向的文件 /uploads/articles/missing.jpg 不存在于 public/ 中：请上传该文件或改正路径'],
    ]);
    write('src/content/articles/cover-without-alt.md', article({ coverAlt: '照片' }));
    expect(checkContent(root)).toEqual([]);
  });

  it('accepts what the CMS writes for emptied optional fields', () => {
    write('src/content/articles/emptied.md', article({ summary: "''", author: '', cover: 'null' }));
    expect(checkContent(root)).toEqual([]);
  });

  it('formats all problems grouped by file, in Chinese and English', () => {
    write('src/content/articles/bad-entry.md', article({ title: undefined, category: '学习园地' }));
    expect(formatProblems(checkContent(root))).toBe(
      [
        '内容校验失败，共 2 处问题 / Content validation failed with 2 problem(s):',
        '',
        'src/content/articles/bad-entry.md',
        '  - title: 缺少必填项“标题”，请填写 / required field is missing: add it',
        '  - category: “栏目”只能是：理论学习、政策解读、支部动态、先锋风采、通知公告 / must be one of: 理论学习, 政策解读, 支部动态, 先锋风采, 通知公告',
        '',
        '修改以上文件后重新构建；在 CMS 中保存的内容会自动符合这些规则。/ Fix the files above and build again.',
      ].join('\n'),
    );
  });
});

describe('quiz banks in the content check', () => {
  it('names the file, the question and the fix for an inconsistent bank', () => {
    write(
      'src/content/quizzes/bad-bank.yml',
      [
        'title: 测试',
        'kind: 知识竞赛',
        'questions:',
        '  - type: 多选题',
        '    stem: 选出正确的',
        '    options: [甲, 乙, 丙]',
        '    answer: [甲]',
      ].join('\n'),
    );
    expect(checkContent(root)).toEqual([
      {
        file: 'src/content/quizzes/bad-bank.yml',
        field: 'questions.0.answer',
        message:
          '第 1 题是多选题，正确答案少于 2 个：请至少填 2 个正确答案，或改为单选题 / question 1 is multiple choice with fewer than 2 correct answers: give at least 2 or make it single choice',
      },
    ]);
  });
});
