/**
 * 党费 arithmetic: the monthly amount from the base by the rules in
 * dues-rules.ts, and a member's months unpaid in a ledger year. Money is kept
 * in 分 (integer cents) so 3000.01 × 1% is exact; the browser calculator uses
 * the same functions as the private ledger.
 */
import { ARREARS_RULE, DUES_RULES, type DuesBracket, type DuesKind } from './dues-rules';

/** Yuan → 分, refusing what is not a sum of money (negative, not finite, more than two decimals). */
export function toCents(yuan: number): number | undefined {
  if (!Number.isFinite(yuan) || yuan < 0) return undefined;
  const cents = Math.round(yuan * 100);
  return Math.abs(cents - yuan * 100) < 1e-6 ? cents : undefined;
}

export function bracketOf(brackets: readonly DuesBracket[], baseCents: number): DuesBracket {
  return brackets.find((b) => b.upTo === undefined || baseCents <= b.upTo * 100) ?? (brackets.at(-1) as DuesBracket);
}

export interface DuesAmount {
  /** 分 per month. */
  cents: number;
  /** The percent applied; undefined for a fixed amount. */
  percent?: number;
  /** The document's part the amount comes from. */
  part: string;
}

/**
 * The month's dues. `base` (yuan) counts for employed and retired members;
 * `farmerAmount` is the branch's setting within the farmers' range.
 * Rounded to the nearest 分, half up.
 */
export function monthlyDues(kind: DuesKind, base: number, farmerAmount: number = DUES_RULES.farmer.min): DuesAmount {
  switch (kind) {
    case 'employed':
    case 'retired': {
      const rule = DUES_RULES[kind];
      const baseCents = toCents(base);
      if (baseCents === undefined) throw new RangeError(`not an amount of money: ${base}`);
      const { percent } = bracketOf(rule.brackets, baseCents);
      // percent has at most one decimal: × 10 keeps the product an integer until the one division.
      return { cents: Math.floor((baseCents * percent * 10 + 500) / 1000), percent, part: rule.part };
    }
    case 'minimum':
      return { cents: Math.round(DUES_RULES.minimum.amount * 100), part: DUES_RULES.minimum.part };
    case 'farmer': {
      const { min, max, part } = DUES_RULES.farmer;
      if (!(farmerAmount >= min && farmerAmount <= max))
        throw new RangeError(`farmer amount ${farmerAmount} outside ${min}–${max}`);
      return { cents: Math.round(farmerAmount * 100), part };
    }
  }
}

/** 12345 → "123.45" */
export const yuanText = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

export interface Payment {
  /** YYYY-MM: the month paid for. */
  month: string;
  /** YYYY-MM-DD: the day paid. */
  date: string;
  method: string;
  /** Yuan as the archive writes it ('45.50'), when it differs from the monthly amount. */
  amount?: string;
}

/** The months of `year` due by `today` (Beijing): every month before today's month; a past year: all twelve. */
export function monthsDue(year: number, today: string): string[] {
  const current = today.slice(0, 7);
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).filter((m) => m < current);
}

export interface Arrears {
  /** Months due and not paid, oldest first. */
  unpaid: string[];
  /** Unpaid months in a row up to the last month due (what 党章 第九条 counts). */
  behind: number;
  /** behind ≥ ARREARS_RULE.warnMonths. */
  flagged: boolean;
}

export function arrears(payments: readonly Payment[], year: number, today: string): Arrears {
  const paid = new Set(payments.map((p) => p.month));
  const due = monthsDue(year, today);
  const unpaid = due.filter((m) => !paid.has(m));
  let behind = 0;
  for (const month of [...due].reverse()) {
    if (paid.has(month)) break;
    behind += 1;
  }
  return { unpaid, behind, flagged: behind >= ARREARS_RULE.warnMonths };
}

/** A bracket with its lower bound (the previous bracket's `upTo`), for a table or a sentence. */
export interface BracketRange {
  from?: number;
  upTo?: number;
  percent: number;
}

export function bracketRanges(brackets: readonly DuesBracket[]): BracketRange[] {
  return brackets.map((b, i) => ({
    ...(i > 0 && brackets[i - 1]?.upTo !== undefined ? { from: brackets[i - 1]?.upTo } : {}),
    ...(b.upTo !== undefined ? { upTo: b.upTo } : {}),
    percent: b.percent,
  }));
}
