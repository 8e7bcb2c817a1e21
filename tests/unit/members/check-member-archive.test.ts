import { describe, expect, it } from 'vitest';
import { checkMemberArchive } from '../../../src/model/check-member-archive';
import { problemsBeforeSave } from '../../../src/model/check-entry';
import { readArchives } from '../../../scripts/members/archive-files';

const base = { name: '测试（示例）', stage: '入党积极分子', joined: '2026-01-01', branch: '测试支部', status: '正常' };
const problems = (extra: object) => checkMemberArchive('src/content/members/x.yml', { ...base, ...extra });

describe('a member archive’s development record', () => {
  it('accepts steps in the procedure’s order, and the same day for two steps', () => {
    expect(
      problems({
        development: { applied: '2025-01-01', talked: '2025-01-01', activist: '2025-06-01', reviews: ['2025-12-01'] },
      }),
    ).toEqual([]);
  });

  it('names the step dated before the one it follows, with both dates', () => {
    const found = problems({ development: { applied: '2025-02-01', talked: '2025-01-20' } });
    expect(found).toEqual([
      {
        file: 'src/content/members/x.yml',
        field: 'development.talked',
        message:
          '“党组织派人谈话”（2025-01-20）早于“递交入党申请”（2025-02-01）：请核对这两个日期 / 党组织派人谈话 is dated before 递交入党申请: check both dates',
      },
    ]);
    expect(problems({ development: { activist: '2025-06-01', reviews: ['2025-05-01'] } })[0]?.field).toBe(
      'development.reviews.0',
    );
  });

  it('wants the 支部大会 for an extension of the probation', () => {
    expect(problems({ development: { extensionMonths: 6 } })[0]?.field).toBe('development.extensionMonths');
  });
});

describe('a member archive’s dues', () => {
  const year = (extra: object) => ({ year: 2026, kind: '在职党员', base: '4000', monthly: '40.00', ...extra });
  it('refuses a payment month outside the ledger year, and a month paid twice', () => {
    const found = problems({
      dues: [
        year({
          payments: [
            { month: '2025-12', date: '2026-01-05', method: '现金' },
            { month: '2026-01', date: '2026-01-05', method: '现金' },
            { month: '2026-01', date: '2026-01-06', method: '现金' },
          ],
        }),
      ],
    });
    expect(found.map((p) => p.field)).toEqual(['dues.0.payments.0.month', 'dues.0.payments.2.month']);
    expect(found[0]?.message).toContain('所交月份 2025-12 不在 2026 年度内');
  });

  it('refuses a year twice and a wage-based category without its base', () => {
    const found = problems({ dues: [year({}), year({ base: undefined })] });
    expect(found.map((p) => p.field)).toEqual(['dues.1.year', 'dues.1.base']);
    expect(problems({ dues: [year({ kind: '学生或无收入党员', base: undefined, monthly: '0.20' })] })).toEqual([]);
  });

  it('is what the CMS says before saving', () => {
    expect(problemsBeforeSave('members', { ...base, dues: [year({ base: '' })] })).toEqual([
      '在职党员的党费按收入计算：请填写“计算基数（元/月）” / the base is required for this category',
    ]);
  });
});

it('finds nothing wrong in the sample archives', () => {
  expect(readArchives().problems).toEqual([]);
});
