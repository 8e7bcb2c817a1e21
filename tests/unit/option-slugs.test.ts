import { describe, expect, it } from 'vitest';
import { ARTICLE_CATEGORIES, MEMBER_STAGES, QUESTION_TYPES, QUIZ_KINDS } from '../../src/model/collections';
import { findSlug, options, slugOf } from '../../src/model/fields';
import { isCorrect, type QuestionType } from '../../src/lib/study/quiz';
import { attemptSize, type QuizKind } from '../../src/lib/study/quiz-paper';

describe('slugOf / findSlug: the one lookup from a select value to its slug', () => {
  const colours = options({ 红色: 'red', 蓝色: 'blue' });

  it('gives the slug written beside each value', () => {
    expect(slugOf(colours, '红色')).toBe('red');
    expect(slugOf(ARTICLE_CATEGORIES, '通知公告')).toBe('notices');
    expect(slugOf(MEMBER_STAGES, '预备党员')).toBe('probationary');
  });

  it('answers undefined for raw data that is none of the values, and slugOf refuses it loudly', () => {
    expect(findSlug(colours, '绿色')).toBeUndefined();
    expect(findSlug(colours, 3)).toBeUndefined();
    expect(() => slugOf(colours, '绿色' as '红色')).toThrow('"绿色" is not one of 红色, 蓝色');
  });
});

describe('quiz types and kinds: the model names the engine’s own values', () => {
  it('maps every question type of the model to a type the engine scores', () => {
    const engineTypes: QuestionType[] = QUESTION_TYPES.map((t) => t.slug);
    expect(engineTypes.sort()).toEqual(['fill', 'judge', 'multiple', 'single']);
    for (const type of engineTypes)
      expect(typeof isCorrect({ type, stem: '', options: [], answer: ['x'] }, ['x'])).toBe('boolean');
  });

  it('maps every quiz kind of the model to a kind the engine sizes papers for', () => {
    const kinds: QuizKind[] = QUIZ_KINDS.map((k) => k.slug);
    expect(kinds).toEqual(['test', 'contest', 'daily']);
    for (const kind of kinds) expect(attemptSize(kind, 10)).toBeGreaterThan(0);
  });
});
