/**
 * The formal tests' pure rules (services/branch/formal-rules.mjs), the answer
 * key the build writes (src/model/formal-test-key.ts) and the page's reading
 * of the service (src/lib/branch/formal-test.ts), at their edges; the service
 * itself is tested through a real PostgreSQL in tests/integration/branch-service.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  checkFormalAnswers,
  formalTestProblems,
  gradeAttempt,
  makeFormalPaper,
  publicPaper,
  publicStats,
  reviewOf,
} from '../../../services/branch/formal-rules.mjs';
import { choicesOf, scoreQuiz, type Question } from '../../../src/lib/study/quiz';
import * as service from '../../../services/branch/grading.mjs';
import { formalTestKey, type FormalTest, type StoredQuiz } from '../../../src/model/formal-test-key';
import {
  answersKey,
  formalScreen,
  readKeptAnswers,
  secondsToDeadline,
  type MyTest,
} from '../../../src/lib/branch/formal-test';

const QUESTIONS: FormalTest['questions'] = [
  { type: 'single', stem: '单选', options: ['甲', '乙', '丙'], answer: ['乙'], explanation: '解析一' },
  { type: 'multiple', stem: '多选', options: ['甲', '乙', '丙'], answer: ['甲', '丙'], explanation: '解析二' },
  { type: 'judge', stem: '判断', options: [], answer: ['错误'], explanation: '解析三' },
  { type: 'fill', stem: '填空', options: [], answer: ['十八', '18岁'], explanation: '解析四' },
];
const test: FormalTest = {
  id: 'exam',
  title: '考试',
  kind: 'test',
  passPercent: 60,
  attempts: 1,
  shuffle: false,
  questions: QUESTIONS,
};
const inOrder = makeFormalPaper(test);

describe('the service grades as the site does', () => {
  /** Every type, with right, wrong, partial, blank and loosely typed answers. */
  const CASES: [Question, string[][]][] = [
    [QUESTIONS[0]!, [['乙'], ['甲'], ['乙', '甲'], [], [' ']]],
    [QUESTIONS[1]!, [['甲', '丙'], ['丙', '甲'], ['甲'], ['甲', '乙', '丙'], ['甲', '丙', '丙'], []]],
    [QUESTIONS[2]!, [['错误'], ['正确'], ['错误', '正确'], []]],
    [QUESTIONS[3]!, [['十八'], ['18 岁。'], ['１８岁'], ['十八岁'], ['18', '岁'], [''], ['十九']]],
  ];

  it("gives the same outcome and score for every case, as the site's quiz engine", () => {
    for (const [question, responses] of CASES)
      for (const response of responses) {
        const site = scoreQuiz([question], [response], 60);
        const ours = service.scoreQuiz([question], [response], 60);
        expect([ours.outcomes, ours.percent, ours.passed], `${question.stem} ${JSON.stringify(response)}`).toEqual([
          site.outcomes,
          site.percent,
          site.passed,
        ]);
      }
    expect(service.JUDGE_OPTIONS).toEqual(['正确', '错误']);
    for (const [question] of CASES) expect(service.choicesOf(question)).toEqual(choicesOf(question));
  });
});

describe('the paper', () => {
  it('asks every question of a test in order when it does not shuffle, judge options as 正确/错误', () => {
    expect(inOrder.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(inOrder[2]!.choices).toEqual(['正确', '错误']);
    expect(inOrder[3]!.choices).toEqual([]);
  });

  it('draws `drawCount` questions of a contest, each once, with the same choices in some order', () => {
    for (let i = 0; i < 20; i += 1) {
      const paper = makeFormalPaper({ ...test, kind: 'contest', drawCount: 3 });
      expect(new Set(paper.map((p) => p.index)).size).toBe(3);
      for (const item of paper) expect([...item.choices].sort()).toEqual([...choicesOf(QUESTIONS[item.index]!)].sort());
    }
  });

  it('shows stems and choices, never answers or explanations', () => {
    const shown = JSON.stringify(publicPaper(test, inOrder));
    expect(shown).not.toMatch(/answer|explanation|解析|十八/);
  });
});

describe('answers and grades', () => {
  const right = [['乙'], ['丙', '甲'], ['错误'], [' 18岁。']];

  it('grades every type; a fill-in matches any accepted variant loosely; a half-right multiple is wrong', () => {
    const checked = checkFormalAnswers(test, inOrder, right);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(gradeAttempt(test, inOrder, checked.answers)).toEqual({ correct: 4, total: 4, percent: 100, passed: true });
    const half = checkFormalAnswers(test, inOrder, [['乙'], ['甲'], [], ['十九']]);
    if (!half.ok) throw new Error(half.message);
    expect(gradeAttempt(test, inOrder, half.answers)).toEqual({ correct: 1, total: 4, percent: 25, passed: false });
    expect(reviewOf(test, inOrder, half.answers).map((r) => r.outcome)).toEqual([
      'right',
      'wrong',
      'unanswered',
      'wrong',
    ]);
    expect(reviewOf(test, inOrder, half.answers)[3]).toMatchObject({ answer: ['十八', '18岁'], explanation: '解析四' });
  });

  it('refuses answers that do not fit the paper, in words for members', () => {
    const refused = (answers: unknown) => {
      const checked = checkFormalAnswers(test, inOrder, answers);
      return checked.ok ? undefined : [checked.status, checked.message];
    };
    expect(refused([])).toEqual([400, '答卷和试卷的题数对不上，请刷新页面后再交卷。']);
    expect(refused([['丁'], [], [], []])?.[1]).toContain('第 1 题的选择不在选项中');
    expect(refused([['甲', '乙'], [], [], []])?.[1]).toBe('第 1 题只能选一项。');
    expect(refused([[], [], [], ['字'.repeat(201)]])).toEqual([413, '第 4 题的答案太长，最多 200 个字。']);
    expect(refused([[], [], [], ['字'.repeat(200)]])).toBeUndefined();
    expect(refused([[1], [], [], []])?.[1]).toContain('无法读取');
  });
});

describe('the public figures', () => {
  it('count members and spread their best scores over bands, band edges included below', () => {
    const stats = publicStats([
      { percent: 59, passed: false },
      { percent: 60, passed: true },
      { percent: 100, passed: true },
    ]);
    expect(stats).toEqual({
      members: 3,
      passed: 2,
      distribution: [
        { band: '0–59', members: 1 },
        { band: '60–69', members: 1 },
        { band: '70–79', members: 0 },
        { band: '80–89', members: 0 },
        { band: '90–100', members: 1 },
      ],
    });
  });
});

describe('the answer key the build writes', () => {
  const stored = (formal: boolean | undefined): StoredQuiz => ({
    title: '考试',
    kind: '知识竞赛',
    formal,
    passPercent: 80,
    drawCount: 2,
    questions: [{ type: '判断题', stem: '判断', answer: ['正确'], explanation: '因为' }],
  });

  it('holds the formal quizzes only, typed for the service, one attempt unless the editor says more', () => {
    const key = formalTestKey([
      { id: 'self-study', data: stored(undefined) },
      { id: 'formal', data: stored(true) },
      { id: 'twice', data: { ...stored(true), attempts: 2, timeLimitMinutes: 15 } },
    ]);
    expect(key.tests.map((x) => [x.id, x.attempts, x.timeLimitMinutes])).toEqual([
      ['formal', 1, undefined],
      ['twice', 2, 15],
    ]);
    expect(key.tests[0]).toMatchObject({ kind: 'contest', drawCount: 2, shuffle: false });
    expect(key.tests[0]!.questions).toEqual([
      { type: 'judge', stem: '判断', options: [], answer: ['正确'], explanation: '因为' },
    ]);
    for (const def of key.tests) expect(formalTestProblems(def)).toEqual([]);
  });

  it('names a definition the service cannot use', () => {
    expect(formalTestProblems({ id: 'Bad Id', attempts: 0, questions: [{ type: 'essay' }] })).toEqual([
      '正式考试 Bad Id：id 应是小写字母、数字和连字符',
      '正式考试 Bad Id：缺少标题',
      '正式考试 Bad Id：允许作答次数应是正整数',
      '正式考试 Bad Id：缺少及格线',
      '正式考试 Bad Id：第 1 题缺少题型或答案',
    ]);
  });
});

describe('the page', () => {
  const mine = (statuses: string[], left: number): MyTest => ({
    now: '2026-12-08T10:00:00.000Z',
    left,
    mine: statuses.map((status, i) => ({ number: i + 1, status, startedAt: '' }) as MyTest['mine'][number]),
  });

  it('answers the open paper first, then offers another attempt while any is left', () => {
    expect(formalScreen(mine(['open'], 0))).toBe('answer');
    expect(formalScreen(mine(['graded'], 1))).toBe('ready');
    expect(formalScreen(mine(['graded', 'late'], 0))).toBe('done');
  });

  it("counts down on the service's clock, whatever this device's clock says", () => {
    expect(secondsToDeadline('2026-12-08T10:20:00.000Z', '2026-12-08T10:00:00.000Z')).toBe(1200);
    expect(secondsToDeadline('2026-12-08T10:20:00.000Z', '2026-12-08T10:25:00.000Z')).toBe(0);
  });

  it("keeps each attempt's answers apart, another member's attempt on a shared phone included", () => {
    const first = answersKey('exam', { number: 1, startedAt: '2026-12-08T10:00:00.000Z' });
    expect(answersKey('exam', { number: 1, startedAt: '2026-12-08T10:05:00.000Z' })).not.toBe(first);
    expect(answersKey('exam', { number: 2, startedAt: '2026-12-08T10:00:00.000Z' })).not.toBe(first);
  });

  it('takes back kept answers only when they fit the paper', () => {
    expect(readKeptAnswers('[["甲"],[]]', 2)).toEqual([['甲'], []]);
    expect(readKeptAnswers('[["甲"]]', 2)).toBeUndefined();
    expect(readKeptAnswers('not json', 2)).toBeUndefined();
    expect(readKeptAnswers(null, 2)).toBeUndefined();
  });
});
