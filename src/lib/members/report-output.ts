/**
 * The secretary's monthly report as files: a printable HTML page (A4 landscape,
 * opened from disk, never part of the site) and a CSV for a spreadsheet. The page
 * says plainly that study time is self-reported (a prompt for a 谈心谈话, not
 * proof), when it was made, whether the month was over, and the branch's totals;
 * the CSV is the table alone, one row per member, since a spreadsheet reads
 * every line as a row (its target column carries the one figure it needs).
 */
import { t } from '../../i18n/zh';
import { csvText } from '../csv';
import { formatCivilDate } from '../civil-date';
import { ATTENTION_MONTHS, type MemberRow, type MonthlyReport } from './report';
import { developmentCells, developmentHeader, type DevelopmentRow } from './development-report';

export interface ReportContext {
  branch: string;
  generatedAt: Date;
  /** When the discussion snapshot was taken; undefined before the first sync. */
  syncedAt?: string;
  /** The month is not over yet: the Beijing date the figures run to. */
  unfinishedOn?: string;
  /** 发展党员 items of the month (development-report.ts). */
  development?: readonly DevelopmentRow[];
}

function developmentHtml(rows: readonly DevelopmentRow[] = []): string {
  if (rows.length === 0)
    return `<h2>${escapeHtml(t('report.development'))}</h2>\n<p>${escapeHtml(t('report.developmentNone'))}</p>`;
  const head = developmentHeader()
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${developmentCells(row)
          .map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`))
          .join('')}</tr>`,
    )
    .join('\n');
  return `<h2>${escapeHtml(t('report.development'))}</h2>\n<table class="development">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`;
const beijing = (instant: Date) =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const dash = (value: number | null) => (value === null ? t('report.dash') : String(value));

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function sourceLabel(row: MemberRow): string {
  return { file: t('report.sourceFile'), manual: t('report.sourceManual'), none: t('report.sourceNone') }[row.source];
}

/** What to bring up in a 谈心谈话 with this member, if anything. */
export function talkNote(row: MemberRow): string {
  const notes: string[] = [];
  if (row.source === 'none') notes.push(t('report.noteNone'));
  if (row.monthsBelow >= 2) notes.push(t('report.noteBelow', { months: row.monthsBelow }));
  return notes.join('；');
}

/** The report of a month still running says so first: its figures are partial. */
export const unfinishedNote = (month: string, today: string) =>
  t('report.unfinished', { month: monthLabel(month), today: formatCivilDate(today) });

const targetCell = (row: MemberRow) => (row.met ? t('report.met') : t('report.notMet', { percent: row.percent }));

function notes(report: MonthlyReport, context: ReportContext): string[] {
  return [
    ...(context.unfinishedOn ? [unfinishedNote(report.month, context.unfinishedOn)] : []),
    t('report.generated', { date: beijing(context.generatedAt) }),
    t('report.target', { target: report.target }),
    context.syncedAt ? t('report.snapshot', { date: beijing(new Date(context.syncedAt)) }) : t('report.noSnapshot'),
  ];
}

function totalLines({ totals }: MonthlyReport): string[] {
  return [
    t('report.totalMembers', { count: totals.members }),
    t('report.totalSubmitted', { count: totals.submitted, files: totals.fromFiles }),
    t('report.totalMet', { count: totals.met, percent: totals.metPercent }),
    t('report.totalMinutes', { minutes: totals.minutes, average: totals.averageMinutes }),
    t('report.totalTests', { count: totals.testsPassed }),
    t('report.totalReflections', { count: totals.reflections }),
    t('report.totalBelow', {
      months: ATTENTION_MONTHS,
      count: totals.attention.length,
      names: totals.attention.length ? t('report.attentionNames', { names: totals.attention.join('、') }) : '',
    }),
  ];
}

const COLUMNS = [
  'colName',
  'colStage',
  'colMinutes',
  'colTarget',
  'colDays',
  'colTests',
  'colLessons',
  'colPoints',
  'colReflections',
  'colBelow',
  'colSubmitted',
  'colNote',
] as const;

function rowCells(row: MemberRow): string[] {
  return [
    row.name,
    `${row.stage} · ${row.status}`,
    dash(row.minutes),
    targetCell(row),
    dash(row.studyDays),
    dash(row.testsPassed),
    dash(row.lessons),
    dash(row.points),
    dash(row.reflections),
    String(row.monthsBelow),
    sourceLabel(row),
    talkNote(row),
  ];
}

export function reportHtml(report: MonthlyReport, context: ReportContext): string {
  const title = t('report.title', { branch: context.branch, month: monthLabel(report.month) });
  const head = COLUMNS.map((c) => `<th scope="col">${escapeHtml(t(`report.${c}`))}</th>`).join('');
  const body = report.rows
    .map((row) => {
      const cells = rowCells(row).map((text, i) =>
        i === 0 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td>${escapeHtml(text)}</td>`,
      );
      return `<tr class="${row.met ? 'met' : 'below'}">${cells.join('')}</tr>`;
    })
    .join('\n');
  const list = (lines: string[]) => lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 1.5rem; font: 14px/1.6 system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; color: #111; }
  h1 { font-size: 1.4rem; text-align: center; margin: 0 0 0.75rem; }
  .honest { padding: 0.6rem 0.9rem; border-left: 4px solid #b0141c; background: #fbeeee; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; font-variant-numeric: tabular-nums; }
  th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
  thead th { background: #eee; }
  tr.below td:nth-child(4) { font-weight: 700; color: #a3121a; }
  .notes, .totals { padding-left: 1.25rem; }
  .signature { margin-top: 2rem; text-align: right; }
  @media print { body { margin: 0; font-size: 10.5pt; } tr { break-inside: avoid; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="honest">${escapeHtml(t('report.honest'))}</p>
<ul class="notes">${list(notes(report, context))}</ul>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<h2>${escapeHtml(t('report.totals'))}</h2>
<ul class="totals">${list(totalLines(report))}</ul>
${developmentHtml(context.development)}
<p class="signature">${escapeHtml(t('report.signature'))}</p>
</body>
</html>
`;
}

/** The table alone: a header and one row per member (the notes and totals are on the printable page). */
export function reportCsv(report: MonthlyReport): string {
  const header = ['月份', '编号', ...COLUMNS.map((c) => t(`report.${c}`)), '每月目标（分钟）'];
  const rows = report.rows.map((row) => [report.month, row.id, ...rowCells(row), report.target]);
  return csvText([header, ...rows]);
}
