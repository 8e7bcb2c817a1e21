/**
 * The bad-input table (issue #8): each row is one malformed file dropped into a
 * copy of the site, and a real `astro build` of that copy must fail before
 * writing anything, with output that names the file, the field and the fix.
 *
 * One copy serves every row (the row's files are added, then removed), so the
 * table costs one `astro build` start-up per row: the content guard stops the
 * build in `astro:config:setup`, before Vite renders or writes a page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkContent } from '../../src/model/check-content';
import { copySite } from '../../tools/servers';

interface BadInput {
  kind: string;
  /** Files to add, relative to the project; the first is the one at fault. */
  files: Record<string, string>;
  /** The lines of the error report that name the field and the fix. */
  expected: string[];
}

const md = (front: string, body = '正文。') => `---\n${front}\n---\n${body}\n`;

const TABLE: BadInput[] = [
  {
    kind: 'missing required field',
    files: { 'src/content/articles/no-title.md': md('date: 2026-03-01\ncategory: 理论学习') },
    expected: ['  - title: 缺少必填项“标题”，请填写 / required field is missing: add it'],
  },
  {
    kind: 'wrong enum value',
    files: {
      'src/content/reports/bad-stage.md': md('title: 思想汇报\nauthor: 张明\nstage: 共青团员\ndate: 2026-03-01'),
    },
    expected: [
      '  - stage: “阶段”只能是：入党申请人、入党积极分子、发展对象、预备党员、正式党员 / must be one of: 入党申请人, 入党积极分子, 发展对象, 预备党员, 正式党员',
    ],
  },
  {
    kind: 'impossible date',
    files: { 'src/content/history/bad-date.md': md('date: 2026-02-30\ntitle: 事件\nsummary: 概要') },
    expected: [
      '  - date: “事件日期”应为有效日期，格式 YYYY-MM-DD，如 2026-07-01 / must be a valid date like 2026-07-01',
    ],
  },
  {
    kind: 'unknown reference',
    files: { 'src/content/lessons/bad-course.md': md('course: no-such-course\norder: 1\ntitle: 第一课\nminutes: 20') },
    expected: [
      '  - course: “所属课程”引用的课程“no-such-course”不存在：请先创建它，或改为已有条目的 id / refers to "no-such-course", which does not exist: create it or use an existing id',
    ],
  },
  {
    kind: 'duplicate id (x.yml beside x.yaml)',
    files: {
      'src/content/daily/twin-card.yml': 'text: 学习党章\nsource: 党章\ntopic: 党章\n',
      'src/content/daily/twin-card.yaml': 'text: 学习党章\nsource: 党章\ntopic: 党章\n',
    },
    expected: ['  - 文件“twin-card.yml”与“twin-card.yaml”的 id 都是“twin-card”，只会保留一个：请删除或重命名其中一个'],
  },
  {
    kind: 'non-ASCII file name',
    files: { 'src/content/articles/学习党章.md': md('title: 学习党章\ndate: 2026-03-01\ncategory: 理论学习') },
    expected: [
      '  - 文件名“学习党章.md”不合规：只能用小写英文字母、数字和连字符（不能全是数字），如 party-dues-2026.md，请重命名',
    ],
  },
  {
    kind: 'broken YAML',
    files: { 'src/content/topics/broken-yaml.md': md('title: "未闭合的引号\ndate: 2026-03-01\nsummary: 导语') },
    expected: [
      '  - YAML 格式错误：第 5 行之前有引号或括号没有闭合：请检查引号、括号是否成对 / YAML syntax error: a quote or bracket opened before line 5 is never closed',
    ],
  },
  {
    kind: 'quiz answer that is not an option',
    files: {
      'src/content/quizzes/bad-answer.yml': [
        'title: 测试',
        'questions:',
        '  - type: 单选题',
        '    stem: 党的最高领导机关是？',
        '    options: [党的全国代表大会, 党支部]',
        '    answer: [党小组]',
      ].join('\n'),
    },
    expected: [
      '  - questions.0.answer: 第 1 题的正确答案“党小组”不在选项中：请把答案改成与某个选项完全相同的文字 / question 1: the answer "党小组" is not one of its options: use the exact text of an option',
    ],
  },
  {
    kind: 'image that does not exist',
    files: {
      'src/content/articles/lost-cover.md': md(
        'title: 封面丢失\ndate: 2026-03-01\ncategory: 理论学习\ncover: /uploads/articles/missing.jpg',
      ),
    },
    expected: [
      '  - cover: “封面图”指向的文件 /uploads/articles/missing.jpg 不存在于 public/ 中：请上传该文件或改正路径 / file not found under public/: upload it or fix the path',
    ],
  },
  {
    kind: 'cover without its text alternative',
    files: {
      'src/content/articles/cover-no-alt.md': md(
        'title: 封面无说明\ndate: 2026-03-01\ncategory: 理论学习\ncover: /uploads/articles/community-cleanup-volunteer.jpg',
      ),
    },
    expected: [
      '  - coverAlt: 设置了“封面图”就要填写“封面图说明”：用一句话说明图片上是什么，供看不到图片的读者使用 / the image is set: describe what it shows in this field, for readers who cannot see it',
    ],
  },
  {
    kind: 'list too short',
    files: {
      'src/content/courseware/no-files.md': md('title: 课件\ndate: 2026-03-01\nfiles: []'),
    },
    expected: ['  - files: “课件文件”至少需要 1 项 / needs at least 1 item(s)'],
  },
  {
    kind: 'number out of range',
    files: {
      'src/content/quizzes/bad-pass.yml': [
        'title: 测试',
        'passPercent: 120',
        'questions:',
        '  - type: 判断题',
        '    stem: 党费按月交纳。',
        '    answer: [正确]',
      ].join('\n'),
    },
    expected: ['  - passPercent: “及格线（%）”应在 0 到 100 之间 / must be between 0 and 100'],
  },
  {
    kind: 'text that breaks a pattern',
    files: {
      'src/content/media/bad-duration.md': md(
        'title: 讲座\nkind: 音频\nsrc: /uploads/media/missing.mp3\nduration: 半小时\ndate: 2026-03-01',
      ),
    },
    expected: [
      '  - duration: “时长”格式如 12:30 或 1:02:30 / like 12:30 or 1:02:30',
      '  - src: “音视频文件”指向的文件 /uploads/media/missing.mp3 不存在于 public/ 中',
    ],
  },
  {
    kind: 'dates out of order',
    files: {
      'src/content/contests/backwards.md': md('title: 征文\ntheme: 初心\nstart: 2026-05-01\ndeadline: 2026-04-01'),
    },
    expected: ['  - deadline: “截止日期”不能早于“开始日期”：请改正日期 / must not be before 开始日期: fix the date'],
  },
  {
    kind: 'file of the wrong kind in a collection folder',
    files: { 'src/content/articles/notes.txt': '随手记' },
    expected: ['  - 此文件夹只接受 .md 文件：请移走或改扩展名 / only .md files belong here'],
  },
];

let copy: string;

beforeAll(() => {
  copy = copySite('bad-content-site-');
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

let added: string[] = [];
afterEach(() => {
  for (const file of added) rmSync(join(copy, file), { force: true });
  rmSync(join(copy, 'dist'), { recursive: true, force: true });
  added = [];
});

describe('astro build with one malformed entry', () => {
  it.each(TABLE)(
    'fails on $kind, names the file, the field and the fix, and writes no dist/',
    ({ files, expected }) => {
      added = Object.keys(files);
      for (const [file, content] of Object.entries(files)) writeFileSync(join(copy, file), content);

      const result = spawnSync('astro', ['build'], { cwd: copy, encoding: 'utf8', timeout: 60_000 });
      const output = result.stdout + result.stderr;

      expect(result.status).not.toBe(0);
      const report = output.slice(output.indexOf('内容校验失败'));
      expect(report).toMatch(/^内容校验失败，共 \d+ 处问题 \/ Content validation failed/);
      // The faulty file heads its own group of problems, and only it is blamed.
      expect(report).toContain(`\n${added[0]}\n`);
      expect(report.match(/^src\/content\/\S+$/gm)).toEqual([added[0]]);
      for (const line of expected) expect(report).toContain(line);
      expect(existsSync(join(copy, 'dist'))).toBe(false);
    },
    60_000,
  );

  it('passes the guard with the rows removed: each failure above is its row, not the copy', () => {
    expect(checkContent(copy)).toEqual([]);
  });
});
