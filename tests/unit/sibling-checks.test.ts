/** Checks of a CMS entry against its siblings (issue 34, item 13). */
import { describe, expect, it } from 'vitest';
import { lessonOrderTaken, sameTitle, type EntryFacts } from '../../admin/sibling-checks';

const facts: EntryFacts = {
  lessons: [
    { id: 'branch-1', title: '三会一课', course: 'branch-life', order: 1 },
    { id: 'branch-2', title: '组织生活会', course: 'branch-life', order: 2 },
    { id: 'constitution-2', title: '党员', course: 'party-constitution', order: 2 },
  ],
  articles: [{ id: 'autumn-trees', title: '支部秋季植树活动' }],
};

describe('lessonOrderTaken', () => {
  it('refuses a number the course already has, naming that lesson', () => {
    expect(lessonOrderTaken(facts, undefined, { course: 'branch-life', order: 2 })).toBe(
      '本课程已有第 2 课时（组织生活会）：请改用未占用的“课时序号”',
    );
  });

  it('accepts a free number, the same number in another course, and the lesson itself', () => {
    expect(lessonOrderTaken(facts, undefined, { course: 'branch-life', order: 3 })).toBeUndefined();
    expect(lessonOrderTaken(facts, undefined, { course: 'new-course', order: 2 })).toBeUndefined();
    expect(lessonOrderTaken(facts, 'branch-2', { course: 'branch-life', order: 2 })).toBeUndefined();
  });
});

describe('sameTitle', () => {
  it('finds another entry with the title, not the entry itself', () => {
    expect(sameTitle(facts, 'articles', undefined, ' 支部秋季植树活动 ')?.id).toBe('autumn-trees');
    expect(sameTitle(facts, 'articles', 'autumn-trees', '支部秋季植树活动')).toBeUndefined();
    expect(sameTitle(facts, 'articles', undefined, '另一篇')).toBeUndefined();
  });
});
