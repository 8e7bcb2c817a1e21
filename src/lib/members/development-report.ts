/**
 * The monthly report's 发展党员 part: per applicant the items overdue on the day
 * the report is made, and those dated in the report's month or the month it is
 * read in (the report of November, made in early December, lists December's
 * deadlines too). Rows for report-output.ts, in the report's table and CSV.
 */
import { t } from '../../i18n/zh';
import { formatCivilDate } from '../civil-date';
import { developmentItems, itemsOfMonth, type DevelopmentRecord, type DueItem } from './development';

export interface DevelopmentRow {
  name: string;
  item: DueItem;
}

export function developmentRows(
  members: readonly { name: string; development?: DevelopmentRecord }[],
  months: readonly string[],
  today: string,
): DevelopmentRow[] {
  return members.flatMap(({ name, development }) => {
    if (!development) return [];
    const items = developmentItems(development, today);
    const wanted = new Set(months.flatMap((month) => itemsOfMonth(items, month)));
    return items.filter((item) => wanted.has(item)).map((item) => ({ name, item }));
  });
}

/** One row's cells: name, task, status, date, source. */
export function developmentCells({ name, item }: DevelopmentRow): string[] {
  const status =
    t(`development.status.${item.status}`) + (item.problem ? `（${t(`development.problem.${item.problem}`)}）` : '');
  const date = item.date ? formatCivilDate(item.date) : t('development.promptly');
  return [name, item.rule.task, status, date, `《${item.rule.source.title}》${item.rule.source.article}`];
}

export const developmentHeader = (): string[] => [
  t('development.colName'),
  t('development.colTask'),
  t('development.colStatus'),
  t('development.colDate'),
  t('development.colSource'),
];
