/**
 * The figures of the private 党费 ledger (`npm run dues:report [YYYY]`): per
 * member the year's base and monthly amount, each month paid or not, the months
 * unpaid in a row (flagged at ARREARS_RULE.warnMonths), and what the rules would
 * ask for that base; then the branch's totals and the yearly 公示 summary.
 * Pure logic; the pages and the CSV are dues-output.ts.
 */
import { arrears, monthlyDues, monthsDue, toCents, type Payment } from './dues';
import type { DuesKind } from './dues-rules';

export interface LedgerYear {
  year: number;
  kind: DuesKind;
  /** Yuan, as written in the archive ('3000.01'); absent for kinds without a base. */
  base?: string;
  monthly: string;
  payments: readonly Payment[];
}

export interface LedgerMember {
  id: string;
  name: string;
  stage: string;
  /** A Party member (预备 or 正式), who pays dues; applicants do not. */
  paysDues: boolean;
  /** The archive's ledger for the year asked, if it has one. */
  ledger?: LedgerYear;
}

export type MonthCell =
  | { status: 'paid'; date: string; method: string; cents: number }
  | { status: 'unpaid' }
  | { status: 'notDue' };

export interface LedgerRow {
  id: string;
  name: string;
  stage: string;
  kind: DuesKind;
  base?: string;
  monthlyCents: number;
  /** What 中组发〔2008〕3号 asks for this base (farmers: the branch's amount). */
  ruleCents: number;
  months: MonthCell[];
  paidCents: number;
  paidMonths: number;
  unpaid: string[];
  behind: number;
  flagged: boolean;
}

export interface DuesLedger {
  year: number;
  /** How many months of the year are due (the rest are still to come). */
  dueMonths: number;
  /** Party members with no ledger for the year (not counted in the totals). */
  missing: string[];
  rows: LedgerRow[];
  totals: {
    members: number;
    paidCents: number;
    /** Per month of the year, 分 received. */
    byMonth: number[];
    flagged: string[];
  };
}

const cents = (yuan: string | undefined) => (yuan === undefined ? 0 : (toCents(Number(yuan)) ?? 0));

export function duesLedger(
  members: readonly LedgerMember[],
  year: number,
  today: string,
  farmerAmount: number,
): DuesLedger {
  const due = new Set(monthsDue(year, today));
  const rows: LedgerRow[] = [];
  const missing: string[] = [];
  for (const member of members) {
    const { ledger } = member;
    if (!ledger) {
      if (member.paysDues) missing.push(member.name);
      continue;
    }
    const monthlyCents = cents(ledger.monthly);
    const byMonth = new Map(ledger.payments.filter((p) => p.month.startsWith(`${year}-`)).map((p) => [p.month, p]));
    const months: MonthCell[] = Array.from({ length: 12 }, (_, i) => {
      const month = `${year}-${String(i + 1).padStart(2, '0')}`;
      const payment = byMonth.get(month);
      if (payment)
        return {
          status: 'paid',
          date: payment.date,
          method: payment.method,
          cents: payment.amount === undefined ? monthlyCents : cents(payment.amount),
        };
      return due.has(month) ? { status: 'unpaid' } : { status: 'notDue' };
    });
    const paid = months.filter((m) => m.status === 'paid');
    const owed = arrears([...byMonth.values()], year, today);
    rows.push({
      id: member.id,
      name: member.name,
      stage: member.stage,
      kind: ledger.kind,
      ...(ledger.base !== undefined ? { base: ledger.base } : {}),
      monthlyCents,
      ruleCents: monthlyDues(ledger.kind, Number(ledger.base ?? 0), farmerAmount).cents,
      months,
      paidCents: paid.reduce((sum, m) => sum + m.cents, 0),
      paidMonths: paid.length,
      ...owed,
    });
  }
  const byMonth = Array.from({ length: 12 }, (_, i) =>
    rows.reduce((sum, row) => {
      const cell = row.months[i];
      return sum + (cell?.status === 'paid' ? cell.cents : 0);
    }, 0),
  );
  return {
    year,
    dueMonths: due.size,
    missing,
    rows,
    totals: {
      members: rows.length,
      paidCents: byMonth.reduce((a, b) => a + b, 0),
      byMonth,
      flagged: rows.filter((r) => r.flagged).map((r) => r.name),
    },
  };
}
