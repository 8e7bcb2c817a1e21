import { describe, expect, it } from 'vitest';
import { duesLedger, type LedgerMember } from '../../../src/lib/members/dues-ledger';
import type { Payment } from '../../../src/lib/members/dues';
import { ledgerNote, noticeHtml } from '../../../src/lib/members/dues-output';

const paid = (months: number[], amount?: string): Payment[] =>
  months.map((m) => ({
    month: `2026-${String(m).padStart(2, '0')}`,
    date: `2026-${String(m).padStart(2, '0')}-10`,
    method: '现金',
    ...(amount ? { amount } : {}),
  }));
const member = (id: string, over: Partial<LedgerMember> = {}): LedgerMember => ({
  id,
  name: `${id}（示例）`,
  stage: '正式党员',
  paysDues: true,
  ledger: { year: 2026, kind: 'employed', base: '3000.01', monthly: '30.00', payments: paid([1, 2, 3]) },
  ...over,
});
const context = {
  branch: '测试支部',
  generatedAt: new Date('2026-04-02T02:00:00Z'),
  kindLabels: { employed: '在职党员', retired: '离退休党员', minimum: '学生或无收入党员', farmer: '农民党员' },
  publicNames: false,
};

describe('the dues ledger', () => {
  it('marks each month paid, unpaid or still to come, and sums what was received', () => {
    const ledger = duesLedger(
      [
        member('a', {
          ledger: { year: 2026, kind: 'employed', base: '3000.01', monthly: '30.00', payments: paid([1, 3], '45.50') },
        }),
      ],
      2026,
      '2026-04-02',
      0.2,
    );
    const [row] = ledger.rows;
    expect(row?.months.slice(0, 5).map((m) => m.status)).toEqual(['paid', 'unpaid', 'paid', 'notDue', 'notDue']);
    expect(row?.paidCents).toBe(9100);
    expect(ledger.dueMonths).toBe(3);
    expect(ledger.totals.byMonth.slice(0, 3)).toEqual([4550, 0, 4550]);
  });

  it('lists Party members without a ledger for the year, not applicants', () => {
    const ledger = duesLedger(
      [
        member('a'),
        member('b', { ledger: undefined }),
        member('c', { ledger: undefined, paysDues: false, stage: '入党积极分子' }),
      ],
      2026,
      '2026-04-02',
      0.2,
    );
    expect(ledger.missing).toEqual(['b（示例）']);
    expect(ledger.totals.members).toBe(1);
  });

  it('notes an amount below the rule for the base, and names the rule on arrears', () => {
    const ledger = duesLedger(
      [member('low', { ledger: { year: 2026, kind: 'employed', base: '3000.01', monthly: '15.00', payments: [] } })],
      2026,
      '2026-04-02',
      0.2,
    );
    const note = ledgerNote(ledger.rows[0]!);
    expect(note).toContain('已连续 3 个月未交');
    expect(note).toContain('《中国共产党章程》第九条');
    expect(note).toContain('核定金额低于规定标准 30.00 元');
  });

  it('publishes names in the 公示 only when the branch says so, and never who is behind', () => {
    const ledger = duesLedger(
      [
        member('a'),
        member('b', { ledger: { year: 2026, kind: 'retired', base: '5000', monthly: '25.00', payments: [] } }),
      ],
      2026,
      '2026-04-02',
      0.2,
    );
    expect(noticeHtml(ledger, context)).not.toContain('（示例）');
    const named = noticeHtml(ledger, { ...context, publicNames: true });
    expect(named).toContain('a（示例）');
    expect(named).not.toContain('未交');
  });
});
