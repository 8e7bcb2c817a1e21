/** Contest entries that break rules across fields or entries are named with file, field and fix. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkContent } from '../../src/model/check-content';

let root: string;

function write(path: string, frontMatter: string) {
  const file = join(root, 'src/content', path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `---\n${frontMatter}\n---\n正文。\n`);
}

const contest = (id: string, dates: string, awards = '') =>
  write(`contests/${id}.md`, `title: 征文\ntheme: 主题\n${dates}${awards ? `\nawards:\n${awards}` : ''}`);
const essay = (id: string, contestId: string) =>
  write(`essays/${id}.md`, `contest: ${contestId}\ntitle: 作品\nauthor: 张明\ndate: 2026-06-01`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'contest-rules-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('accepts a contest with ordered dates and awards for its own entries', () => {
  contest(
    'a',
    'start: 2026-05-01\ndeadline: 2026-06-15\nresultsDate: 2026-07-01',
    '  - essay: mine\n    prize: 一等奖',
  );
  essay('mine', 'a');
  expect(checkContent(root)).toEqual([]);
});

it('names a deadline before the start and results before the deadline', () => {
  contest('a', 'start: 2026-05-01\ndeadline: 2026-04-30\nresultsDate: 2026-04-29');
  expect(checkContent(root)).toEqual([
    {
      file: 'src/content/contests/a.md',
      field: 'deadline',
      message: '“截止日期”不能早于“开始日期”：请改正日期 / must not be before 开始日期: fix the date',
    },
    {
      file: 'src/content/contests/a.md',
      field: 'resultsDate',
      message: '“结果公布日期”不能早于“截止日期”：请改正日期 / must not be before 截止日期: fix the date',
    },
  ]);
});

it('names an award given to another contest’s entry', () => {
  contest('a', 'start: 2026-05-01\ndeadline: 2026-06-15', '  - essay: theirs\n    prize: 一等奖');
  contest('b', 'start: 2026-05-01\ndeadline: 2026-06-15');
  essay('theirs', 'b');
  expect(checkContent(root)).toEqual([
    {
      file: 'src/content/contests/a.md',
      field: 'awards.0.essay',
      message:
        '获奖作品“theirs”不是本次征文活动的作品：请改选本活动的作品，或修改该作品的“所属征文活动” / essay "theirs" was not entered in this contest: pick one of its entries',
    },
  ]);
});
