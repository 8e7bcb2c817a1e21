/**
 * The 党费 ledger as files: the private ledger (printable HTML, A4 landscape,
 * and a CSV) and the yearly 公示 the branch may post (totals; names only when
 * the settings say so, and never who is behind).
 */
import { t } from '../../i18n/zh';
import { csvText } from '../csv';
import { formatCivilDate } from '../civil-date';
import { yuanText } from './dues';
import { ARREARS_RULE, DUES_DOCUMENT, type DuesKind } from './dues-rules';
import type { DuesLedger, LedgerRow, MonthCell } from './dues-ledger';

export interface LedgerContext {
  branch: string;
  generatedAt: Date;
  /** The archive's label of each kind (the model's select values). */
  kindLabels: Readonly<Record<DuesKind, string>>;
  publicNames: boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const beijing = (instant: Date) =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function cellText(cell: MonthCell | undefined): string {
  if (!cell || cell.status === 'notDue') return t('dues.ledger.notDue');
  if (cell.status === 'unpaid') return t('dues.ledger.unpaid');
  return `${cell.date.slice(5).replace('-', '/')} ${cell.method}`;
}

/** What the secretary should know about a row, if anything. */
export function ledgerNote(row: LedgerRow): string {
  const notes: string[] = [];
  if (row.flagged)
    notes.push(
      t('dues.ledger.behind', {
        months: row.behind,
        lapse: ARREARS_RULE.lapseMonths,
        source: `《${ARREARS_RULE.source.title}》${ARREARS_RULE.source.article}`,
      }),
    );
  if (row.monthlyCents < row.ruleCents) notes.push(t('dues.ledger.belowRule', { amount: yuanText(row.ruleCents) }));
  return notes.join('；');
}

function rowCells(row: LedgerRow, context: LedgerContext): string[] {
  return [
    row.name,
    context.kindLabels[row.kind],
    row.base ?? t('report.dash'),
    yuanText(row.monthlyCents),
    ...MONTHS.map((m) => cellText(row.months[m - 1])),
    String(row.paidMonths),
    yuanText(row.paidCents),
    String(row.behind),
    ledgerNote(row),
  ];
}

const header = () => [
  t('dues.ledger.colName'),
  t('dues.ledger.colKind'),
  t('dues.ledger.colBase'),
  t('dues.ledger.colMonthly'),
  ...MONTHS.map((m) => t('dues.ledger.colMonth', { month: m })),
  t('dues.ledger.colPaidMonths'),
  t('dues.ledger.colPaid'),
  t('dues.ledger.colBehind'),
  t('dues.ledger.colNote'),
];

function totalLines(ledger: DuesLedger): string[] {
  const { totals } = ledger;
  return [
    t('dues.ledger.totalMembers', { count: totals.members }),
    t('dues.ledger.totalPaid', { amount: yuanText(totals.paidCents) }),
    t('dues.ledger.totalFlagged', {
      months: ARREARS_RULE.warnMonths,
      count: totals.flagged.length,
      names: totals.flagged.join('、') || t('report.dash'),
    }),
    ...(ledger.missing.length ? [t('dues.ledger.missing', { names: ledger.missing.join('、') })] : []),
  ];
}

const page = (title: string, landscape: boolean, body: string) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
  @page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 12mm; }
  body { margin: 1.5rem; font: 14px/1.6 system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; color: #111; }
  h1 { font-size: 1.4rem; text-align: center; margin: 0 0 0.75rem; }
  .private { padding: 0.6rem 0.9rem; border-left: 4px solid #b0141c; background: #fbeeee; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; font-variant-numeric: tabular-nums; }
  th, td { border: 1px solid #999; padding: 0.2rem 0.35rem; text-align: left; vertical-align: top; }
  thead th { background: #eee; }
  td.unpaid { font-weight: 700; color: #a3121a; }
  tr.flagged th { color: #a3121a; }
  .signature { margin-top: 2rem; text-align: right; }
  @media print { body { margin: 0; font-size: 9pt; } tr { break-inside: avoid; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;

const list = (lines: readonly string[]) => lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');

export function ledgerHtml(ledger: DuesLedger, context: LedgerContext): string {
  const title = t('dues.ledger.title', { branch: context.branch, year: ledger.year });
  const head = header()
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const rows = ledger.rows
    .map((row) => {
      const cells = rowCells(row, context).map((text, i) => {
        if (i === 0) return `<th scope="row">${escapeHtml(text)}</th>`;
        const unpaid = i >= 4 && i < 16 && row.months[i - 4]?.status === 'unpaid';
        return `<td${unpaid ? ' class="unpaid"' : ''}>${escapeHtml(text)}</td>`;
      });
      return `<tr data-member="${escapeHtml(row.id)}"${row.flagged ? ' class="flagged"' : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  return page(
    title,
    true,
    `<h1>${escapeHtml(title)}</h1>
<p class="private">${escapeHtml(t('dues.ledger.private'))}</p>
<ul>${list([t('dues.ledger.generated', { date: beijing(context.generatedAt) }), t('dues.ledger.rules', { document: DUES_DOCUMENT, months: ARREARS_RULE.warnMonths })])}</ul>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>${escapeHtml(t('report.totals'))}</h2>
<ul>${list(totalLines(ledger))}</ul>
<p class="signature">${escapeHtml(t('report.signature'))}</p>`,
  );
}

/** The table alone, one row per member (the notes and totals are on the printable page: a spreadsheet reads every line as a row). */
export function ledgerCsv(ledger: DuesLedger, context: LedgerContext): string {
  const rows = ledger.rows.map((row) => [ledger.year, row.id, ...rowCells(row, context)]);
  return csvText([[t('dues.ledger.colYear'), t('dues.ledger.colId'), ...header()], ...rows]);
}

/** The yearly 公示: what the branch received, month by month; names and amounts only with `publicNames`. */
export function noticeHtml(ledger: DuesLedger, context: LedgerContext): string {
  const title = t('dues.notice.title', { branch: context.branch, year: ledger.year });
  const months = ledger.totals.byMonth
    .map(
      (cents, i) =>
        `<tr><th scope="row">${escapeHtml(t('dues.ledger.colMonth', { month: i + 1 }))}</th><td>${i < ledger.dueMonths || cents > 0 ? yuanText(cents) : t('dues.ledger.notDue')}</td></tr>`,
    )
    .join('\n');
  const names = context.publicNames
    ? `<h2>${escapeHtml(t('dues.notice.byMember'))}</h2>
<table>
<thead><tr><th scope="col">${escapeHtml(t('dues.ledger.colName'))}</th><th scope="col">${escapeHtml(t('dues.ledger.colPaidMonths'))}</th><th scope="col">${escapeHtml(t('dues.notice.colAmount'))}</th></tr></thead>
<tbody>
${ledger.rows.map((row) => `<tr><th scope="row">${escapeHtml(row.name)}</th><td>${row.paidMonths}</td><td>${yuanText(row.paidCents)}</td></tr>`).join('\n')}
</tbody>
</table>`
    : '';
  return page(
    title,
    false,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t('dues.notice.summary', { count: ledger.totals.members, amount: yuanText(ledger.totals.paidCents) }))}</p>
<table>
<thead><tr><th scope="col">${escapeHtml(t('dues.notice.colMonth'))}</th><th scope="col">${escapeHtml(t('dues.notice.colAmount'))}</th></tr></thead>
<tbody>
${months}
</tbody>
</table>
${names}
<p>${escapeHtml(t('dues.notice.basis', { document: DUES_DOCUMENT }))}</p>
<p class="signature">${escapeHtml(t('dues.notice.signature', { branch: context.branch, date: formatCivilDate(beijing(context.generatedAt).slice(0, 10)) }))}</p>`,
  );
}
