/**
 * The ledger (台账) as files: a printable A4 page (opened from disk, never part
 * of the site) and a CSV. Missing items come first, each with the rule that
 * requires it and the rule's source; the rules close the page.
 */
import { t } from '../../i18n/zh';
import { csvText } from '../csv';
import {
  attendanceByMember,
  attendanceRate,
  countAttendance,
  type AttendanceCount,
  type LedgerMeeting,
  type LedgerRecord,
  type RuleCheck,
} from './ledger';
import type { MeetingRule, RulePeriod } from './rules';

export interface LedgerInput {
  year: number;
  /** The day the rules were checked on (periods ended before it are complete). */
  today: string;
  /** The last day the ledger covers, as printed. */
  asOf: string;
  branch: string;
  generatedAt: Date;
  meetings: readonly LedgerMeeting[];
  records: ReadonlyMap<string, LedgerRecord>;
  checks: readonly RuleCheck[];
  rules: readonly MeetingRule[];
  /** Member names by archive id. */
  names: ReadonlyMap<string, string>;
  /** Where a meeting's record file is, for the link to its minutes. */
  recordLink: (meetingId: string) => string | undefined;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const beijing = (instant: Date) =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const percent = (count: AttendanceCount) => {
  const rate = attendanceRate(count);
  return rate === undefined ? t('ledger.dash') : `${rate}%`;
};
const ruleSource = (rule: MeetingRule) => `${rule.source}${rule.article}`;
const nameOf = (input: LedgerInput, id: string | undefined) => (id ? (input.names.get(id) ?? id) : '');

export const missingChecks = (checks: readonly RuleCheck[]) => checks.filter((c) => c.state === 'missing');

const SPAN: Record<RulePeriod, number> = { month: 1, quarter: 3, year: 12 };

/** 3/6 3/20 / 未开展 / 未到期: one cell of the overview. */
function cellText(check: RuleCheck): string {
  if (check.state === 'missing') return t('ledger.missing');
  if (check.state === 'due') return t('ledger.dueShort');
  return check.held.map((m) => `${Number(m.date.slice(5, 7))}/${Number(m.date.slice(8))}`).join(' ');
}

/** One row per rule (and per 党小组), one column per month: a quarter's cell spans three, the year's twelve. */
function overviewRows(checks: readonly RuleCheck[]): string {
  const rows = new Map<string, RuleCheck[]>();
  for (const check of checks) {
    const key = `${check.rule.kind}\u0000${check.group ?? ''}`;
    rows.set(key, [...(rows.get(key) ?? []), check]);
  }
  return [...rows.values()]
    .map((row) => {
      const { rule, group } = row[0]!;
      const span = SPAN[rule.period];
      const cells = row
        .map((c) => `<td class="${c.state}"${span > 1 ? ` colspan="${span}"` : ''}>${escapeHtml(cellText(c))}</td>`)
        .join('');
      const name = group ? `${escapeHtml(rule.kind)}<br><small>${escapeHtml(group)}</small>` : escapeHtml(rule.kind);
      return `<tr><th scope="row">${name}</th>${cells}<td class="article">${escapeHtml(rule.article)}</td></tr>`;
    })
    .join('\n');
}

const missingLine = (check: RuleCheck) =>
  t('ledger.missingLine', {
    period: check.label,
    kind: check.rule.kind,
    rule: check.rule.text,
    source: ruleSource(check.rule),
  });

function meetingRows(input: LedgerInput) {
  return input.meetings
    .filter((m) => m.date.startsWith(`${input.year}-`))
    .sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`))
    .map((meeting) => {
      const record = input.records.get(meeting.id);
      const count = countAttendance(record?.attendance);
      const reasons = (record?.attendance ?? [])
        .filter((line) => line.status !== '出席')
        .map((line) => `${nameOf(input, line.member)}（${line.status}${line.reason ? `：${line.reason}` : ''}）`)
        .join('；');
      return { meeting, record, count, reasons };
    });
}

function memberRows(input: LedgerInput) {
  const ofYear = input.meetings.filter((m) => m.date.startsWith(`${input.year}-`));
  return [...attendanceByMember(ofYear, input.records, input.today)]
    .map(([id, count]) => ({ id, name: nameOf(input, id), count }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export function ledgerHtml(input: LedgerInput): string {
  const title = t('ledger.title', { branch: input.branch, year: input.year });
  const missing = missingChecks(input.checks);
  const list = (lines: string[]) => lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  const cell = (text: string) => `<td>${escapeHtml(text)}</td>`;
  const months = Array.from({ length: 12 }, (_, i) => t('ledger.month', { month: i + 1 }));
  const meetings = meetingRows(input)
    .map(({ meeting, record, count, reasons }) => {
      const link = input.recordLink(meeting.id);
      const minutes =
        record?.minutes && link
          ? `<a href="${escapeHtml(link)}">${escapeHtml(t('ledger.minutesLink'))}</a>`
          : escapeHtml(record ? t('ledger.noMinutes') : t('ledger.noRecord'));
      const cancelled = meeting.status === '已取消';
      return `<tr${cancelled ? ' class="cancelled"' : ''}>${cell(`${meeting.date} ${meeting.start}`)}${cell(meeting.kind)}<th scope="row">${escapeHtml(meeting.title)}${cancelled ? escapeHtml(t('ledger.cancelled')) : ''}</th>${cell(nameOf(input, record?.host))}${cell(nameOf(input, record?.recorder))}${cell(String(count.expected || ''))}${cell(String(count.expected ? count.present : ''))}${cell(percent(count))}${cell(reasons)}<td>${minutes}</td></tr>`;
    })
    .join('\n');
  const members = memberRows(input)
    .map(
      ({ name, count }) =>
        `<tr><th scope="row">${escapeHtml(name)}</th>${cell(String(count.expected))}${cell(String(count.present))}${cell(String(count.leave))}${cell(String(count.absent))}${cell(percent(count))}</tr>`,
    )
    .join('\n');
  const head = (keys: readonly string[]) =>
    `<tr>${keys.map((k) => `<th scope="col">${escapeHtml(k)}</th>`).join('')}</tr>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
  @page { size: A4; margin: 14mm 12mm; }
  body { margin: 1.5rem; font: 14px/1.6 system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; color: #111; }
  h1 { font-size: 1.4rem; text-align: center; margin: 0 0 0.75rem; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; border-bottom: 2px solid #b0141c; }
  table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
  th, td { border: 1px solid #999; padding: 0.2rem 0.35rem; text-align: left; vertical-align: top; }
  thead th { background: #eee; }
  .overview td { text-align: center; font-size: 0.85em; padding: 0.2rem 0.1rem; }
  .overview td.missing { background: #fbeeee; color: #a3121a; font-weight: 700; outline: 2px solid #b0141c; outline-offset: -2px; }
  .overview td.due { color: #666; }
  .overview td.article { font-size: 0.8em; white-space: nowrap; }
  .overview small { font-weight: 400; }
  .legend { font-size: 0.85em; color: #444; }
  tr.cancelled { color: #666; text-decoration: line-through; }
  .alert { padding: 0.6rem 0.9rem; border-left: 4px solid #b0141c; background: #fbeeee; }
  .ok { padding: 0.6rem 0.9rem; border-left: 4px solid #2e7d32; background: #eef7ee; }
  .notes, .rules { padding-left: 1.25rem; }
  .signature { margin-top: 2rem; text-align: right; }
  @media print { body { margin: 0; font-size: 10pt; } tr { break-inside: avoid; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<ul class="notes">${list([t('ledger.generated', { date: beijing(input.generatedAt) }), t('ledger.asOf', { date: input.asOf }), t('ledger.private')])}</ul>
${
  missing.length
    ? `<div class="alert"><p><strong>${escapeHtml(t('ledger.missingCount', { count: missing.length }))}</strong></p><ul>${list(missing.map(missingLine))}</ul></div>`
    : `<p class="ok">${escapeHtml(t('ledger.noneMissing'))}</p>`
}
<h2>${escapeHtml(t('ledger.checksTitle'))}</h2>
<table class="overview">
<thead>${head([t('ledger.colKind'), ...months, t('ledger.colSource')])}</thead>
<tbody>
${overviewRows(input.checks)}
</tbody>
</table>
<p class="legend">${escapeHtml(t('ledger.legend'))}</p>
<h2>${escapeHtml(t('ledger.meetingsTitle'))}</h2>
<table>
<thead>${head([t('ledger.colTime'), t('ledger.colKind'), t('ledger.colTitle'), t('ledger.colHost'), t('ledger.colRecorder'), t('ledger.colExpected'), t('ledger.colPresent'), t('ledger.colRate'), t('ledger.colAbsence'), t('ledger.colMinutes')])}</thead>
<tbody>
${meetings}
</tbody>
</table>
<h2>${escapeHtml(t('ledger.membersTitle'))}</h2>
<table>
<thead>${head([t('ledger.colName'), t('ledger.colExpected'), t('ledger.colPresent'), t('ledger.colLeave'), t('ledger.colAbsent'), t('ledger.colRate')])}</thead>
<tbody>
${members}
</tbody>
</table>
<h2>${escapeHtml(t('ledger.rulesTitle'))}</h2>
<ul class="rules">${list(input.rules.map((rule) => t('ledger.ruleLine', { kind: rule.kind, rule: rule.text, source: ruleSource(rule) })))}</ul>
<p class="signature">${escapeHtml(t('ledger.signature'))}</p>
</body>
</html>
`;
}

/** The same sections as the page, one after the other, for a spreadsheet. */
export function ledgerCsv(input: LedgerInput): string {
  const checks = input.checks.map((check) => [
    check.rule.kind,
    check.period,
    check.label,
    { held: t('ledger.stateHeld'), missing: t('ledger.missing'), due: t('ledger.due') }[check.state],
    check.held.map((m) => m.date).join(' '),
    check.rule.text,
    ruleSource(check.rule),
  ]);
  const meetings = meetingRows(input).map(({ meeting, record, count, reasons }) => [
    meeting.id,
    meeting.date,
    meeting.start,
    meeting.end,
    meeting.kind,
    meeting.title,
    meeting.status,
    nameOf(input, record?.host),
    nameOf(input, record?.recorder),
    count.expected,
    count.present,
    count.leave,
    count.absent,
    percent(count),
    reasons,
  ]);
  const members = memberRows(input).map(({ id, name, count }) => [
    id,
    name,
    count.expected,
    count.present,
    count.leave,
    count.absent,
    percent(count),
  ]);
  return csvText([
    [t('ledger.title', { branch: input.branch, year: input.year })],
    [t('ledger.asOf', { date: input.asOf })],
    [],
    [
      t('ledger.colKind'),
      t('ledger.colPeriod'),
      '',
      t('ledger.colState'),
      t('ledger.colHeldOn'),
      t('ledger.colRule'),
      t('ledger.colSource'),
    ],
    ...checks,
    [],
    [
      'id',
      t('ledger.colDate'),
      t('ledger.colStart'),
      t('ledger.colEnd'),
      t('ledger.colKind'),
      t('ledger.colTitle'),
      t('ledger.colStatus'),
      t('ledger.colHost'),
      t('ledger.colRecorder'),
      t('ledger.colExpected'),
      t('ledger.colPresent'),
      t('ledger.colLeave'),
      t('ledger.colAbsent'),
      t('ledger.colRate'),
      t('ledger.colAbsence'),
    ],
    ...meetings,
    [],
    [
      'id',
      t('ledger.colName'),
      t('ledger.colExpected'),
      t('ledger.colPresent'),
      t('ledger.colLeave'),
      t('ledger.colAbsent'),
      t('ledger.colRate'),
    ],
    ...members,
  ]);
}
