import { describe, expect, it } from 'vitest';
import { developmentItems, itemsOfMonth, type DevelopmentRecord } from '../../../src/lib/members/development';
import { DEVELOPMENT_RULES } from '../../../src/lib/members/development-rules';
import { addCivilMonths } from '../../../src/lib/civil-date';

const items = (record: DevelopmentRecord, today: string) =>
  developmentItems(record, today).map((i) => ({ id: i.rule.id, status: i.status, date: i.date, problem: i.problem }));
const item = (record: DevelopmentRecord, today: string, id: string) => items(record, today).find((i) => i.id === id);

describe('addCivilMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-02-28', 12, '2028-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-31', 3, '2027-03-31'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %d months = %s', (date, months, expected) => expect(addCivilMonths(date, months)).toBe(expected));
});

describe('every rule names its source', () => {
  it.each(DEVELOPMENT_RULES.map((r) => [r.id, r]))('%s', (_, rule) => {
    expect(rule.source.title).toMatch(/^中国共产党(发展党员工作细则|章程)$/);
    expect(rule.source.article).toMatch(/^第[一二三四五六七八九十]+条$/);
  });
});

describe('谈话 within a month of the application (第七条)', () => {
  it('is due up to the same day next month and overdue the day after', () => {
    expect(item({ applied: '2026-10-15' }, '2026-11-15', 'talk')).toEqual({
      id: 'talk',
      status: 'due',
      date: '2026-11-15',
      problem: undefined,
    });
    expect(item({ applied: '2026-10-15' }, '2026-11-16', 'talk')?.status).toBe('overdue');
  });
  it('ends on the last day of a shorter month, leap years included', () => {
    expect(item({ applied: '2027-01-31' }, '2027-02-28', 'talk')).toMatchObject({ status: 'due', date: '2027-02-28' });
    expect(item({ applied: '2027-01-31' }, '2027-03-01', 'talk')).toMatchObject({ status: 'overdue' });
    expect(item({ applied: '2028-01-31' }, '2028-02-29', 'talk')).toMatchObject({ status: 'due', date: '2028-02-29' });
  });
  it('is done once recorded in time, irregular when late', () => {
    expect(item({ applied: '2026-10-15', talked: '2026-11-15' }, '2027-01-01', 'talk')).toBeUndefined();
    expect(item({ applied: '2026-10-15', talked: '2026-11-16' }, '2027-01-01', 'talk')).toMatchObject({
      status: 'irregular',
      problem: 'late',
    });
  });
  it('asks nothing more once the applicant is an 积极分子', () => {
    expect(item({ applied: '2020-01-01', activist: '2020-06-01' }, '2026-12-01', 'talk')).toBeUndefined();
  });
});

describe('half-yearly 考察 of an 积极分子 (第十一条)', () => {
  it('is due six months after becoming an 积极分子, then six months after each', () => {
    expect(item({ activist: '2026-02-28' }, '2026-08-28', 'review')).toMatchObject({
      status: 'due',
      date: '2026-08-28',
    });
    expect(item({ activist: '2026-02-28' }, '2026-08-29', 'review')).toMatchObject({ status: 'overdue' });
    expect(item({ activist: '2026-02-28', reviews: ['2026-08-20'] }, '2026-12-01', 'review')).toMatchObject({
      status: 'due',
      date: '2027-02-20',
    });
    expect(item({ activist: '2026-08-31', reviews: [] }, '2027-02-28', 'review')).toMatchObject({
      status: 'due',
      date: '2027-02-28',
    });
  });
  it('stops once a 发展对象', () => {
    expect(item({ activist: '2025-01-01', candidate: '2026-01-05' }, '2026-12-01', 'review')).toBeUndefined();
  });
});

describe('发展对象 after at least a year as 积极分子 (第十三条)', () => {
  it('may be discussed from the same day a year later, not the day before', () => {
    expect(item({ activist: '2026-03-10' }, '2027-03-09', 'candidate')).toMatchObject({
      status: 'upcoming',
      date: '2027-03-10',
    });
    expect(item({ activist: '2026-03-10' }, '2027-03-10', 'candidate')).toMatchObject({
      status: 'due',
      date: '2027-03-10',
    });
  });
  it('counts from a leap day to the last day of February', () => {
    expect(item({ activist: '2028-02-29' }, '2029-02-27', 'candidate')).toMatchObject({
      status: 'upcoming',
      date: '2029-02-28',
    });
    expect(item({ activist: '2028-02-29', candidate: '2029-02-28' }, '2029-03-01', 'candidate')).toBeUndefined();
  });
  it('is irregular when recorded a day early', () => {
    expect(item({ activist: '2026-03-10', candidate: '2027-03-09' }, '2027-04-01', 'candidate')).toMatchObject({
      status: 'irregular',
      problem: 'early',
    });
  });
});

describe('政治审查 and 集中培训 before the 支部大会 (第十六条, 第十八条)', () => {
  const candidate = { activist: '2025-01-01', candidate: '2026-01-10' };
  it('are due once a 发展对象, without a fixed day', () => {
    expect(item(candidate, '2026-02-01', 'political-review')).toMatchObject({ status: 'due', date: undefined });
    expect(item(candidate, '2026-02-01', 'training')).toMatchObject({ status: 'due' });
  });
  it('are irregular when the 支部大会 came first or without them', () => {
    expect(item({ ...candidate, admitted: '2026-06-01' }, '2026-07-01', 'training')).toMatchObject({
      status: 'irregular',
      problem: 'missing',
    });
    expect(
      item({ ...candidate, politicalReview: '2026-06-02', admitted: '2026-06-01' }, '2026-07-01', 'political-review'),
    ).toMatchObject({
      problem: 'late',
    });
  });
  it.each([
    [{ trainingDays: 3 }, undefined],
    [{ trainingHours: 24 }, undefined],
    [{ trainingDays: 2, trainingHours: 24 }, undefined],
    [{ trainingDays: 2 }, 'short'],
    [{ trainingHours: 23 }, 'short'],
    [{ trainingDays: 2, trainingHours: 16 }, 'short'],
  ])('training %o → %s', (length, problem) => {
    expect(item({ ...candidate, training: '2026-03-05', ...length }, '2026-04-01', 'training')?.problem).toBe(problem);
  });
});

describe('上级党委审批 within three months, at most six (第二十五条)', () => {
  it('is due to the day three months after the 支部大会, then overdue with the six-month limit', () => {
    expect(item({ admitted: '2026-11-30' }, '2027-02-28', 'approval')).toMatchObject({
      status: 'due',
      date: '2027-02-28',
    });
    const late = developmentItems({ admitted: '2026-11-30' }, '2027-03-01').find((i) => i.rule.id === 'approval');
    expect(late).toMatchObject({ status: 'overdue', date: '2027-02-28', limit: '2027-05-30' });
  });
  it('accepts an approval between three and six months, not after six', () => {
    expect(item({ admitted: '2026-01-10', approved: '2026-06-10' }, '2026-07-01', 'approval')).toBeUndefined();
    expect(item({ admitted: '2026-01-10', approved: '2026-07-11' }, '2026-08-01', 'approval')).toMatchObject({
      problem: 'beyondLimit',
    });
  });
});

describe('预备期 of a year from the 支部大会, extended six months to a year (第三十二条)', () => {
  const probation = { admitted: '2025-12-31', approved: '2026-02-01', oath: '2026-02-10' };
  it('ends a year after the 支部大会', () => {
    expect(item(probation, '2026-12-31', 'confirm')).toMatchObject({ status: 'due', date: '2026-12-31' });
    expect(item(probation, '2027-01-01', 'confirm')).toMatchObject({ status: 'overdue' });
  });
  it('moves by the months of an extension', () => {
    expect(item({ ...probation, extensionMonths: 6 }, '2027-01-01', 'confirm')).toMatchObject({
      status: 'due',
      date: '2027-06-30',
    });
    expect(item({ ...probation, extensionMonths: 12 }, '2027-01-01', 'confirm')).toMatchObject({ date: '2027-12-31' });
  });
  it('is done once 转正 is recorded', () => {
    expect(items({ ...probation, confirmed: '2026-12-31' }, '2027-03-01')).toEqual([]);
  });
});

describe('the month’s list', () => {
  it('keeps overdue items and those dated in the month', () => {
    const all = developmentItems({ applied: '2026-10-01', activist: '2026-12-05' }, '2026-12-07');
    expect(all.map((i) => i.rule.id)).toEqual(['contacts', 'review', 'candidate']);
    const overdueTalk = developmentItems({ applied: '2026-10-01' }, '2026-12-07');
    expect(itemsOfMonth(overdueTalk, '2026-12').map((i) => i.status)).toEqual(['overdue']);
    expect(itemsOfMonth(developmentItems({ applied: '2026-12-01' }, '2026-12-07'), '2026-12')).toEqual([]);
    expect(itemsOfMonth(developmentItems({ applied: '2026-11-20' }, '2026-12-07'), '2026-12')).toHaveLength(1);
  });
});
