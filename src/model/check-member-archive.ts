/**
 * Consistency of a member archive's 发展党员 record and 党费 ledger, beyond what
 * field schemas can say: the steps' dates follow the procedure's order, an
 * extension of the probation needs its 支部大会, a ledger year appears once, its
 * payments fall in that year and once a month, and a base is given where the
 * amount depends on it. Run by the build's content guard and the CMS's save
 * guard (check-entry.ts), so the messages are the same everywhere.
 */
import type { ContentProblem } from './content-problem';
import { collectionModel, DUES_KIND_OPTIONS } from './collections';
import type { Field, ObjectField } from './fields';
import { findSlug } from './fields';

const labelIn = (group: string, key: string) =>
  ((collectionModel('members').fields[group] as ObjectField | undefined)?.fields[key] as Field | undefined)?.label ??
  key;
const dev = (key: string) => labelIn('development', key);
const q = (text: string) => `“${text}”`;

export const archiveMessages = {
  order: (later: string, laterDate: string, earlier: string, earlierDate: string) =>
    `${q(later)}（${laterDate}）早于${q(earlier)}（${earlierDate}）：请核对这两个日期 / ${later} is dated before ${earlier}: check both dates`,
  extension: () =>
    `填写了${q(dev('extensionMonths'))}，但没有${q(dev('admitted'))}的日期：预备期从支部大会算起，请补上 / an extension needs the branch meeting's date`,
  yearTwice: (year: number) => `党费中 ${year} 年出现了两次：每年只填一项 / the year ${year} appears twice in the dues`,
  monthOutside: (month: string, year: number) =>
    `交纳记录的所交月份 ${month} 不在 ${year} 年度内：请填 ${year} 年的月份，或记到 ${month.slice(0, 4)} 年那一项 / payment month ${month} is outside ${year}`,
  monthTwice: (month: string) => `${month} 的党费记录了两次：每个月只记一项 / ${month} is recorded twice`,
  base: (kind: string) => `${kind}的党费按收入计算：请填写“计算基数（元/月）” / the base is required for this category`,
};

/** Steps that follow one another (each recorded one not before the one it follows). */
const ORDER: readonly (readonly [string, string])[] = [
  ['applied', 'talked'],
  ['applied', 'activist'],
  ['activist', 'contacts'],
  ['activist', 'candidate'],
  ['candidate', 'politicalReview'],
  ['candidate', 'training'],
  ['candidate', 'admitted'],
  ['admitted', 'approved'],
  ['approved', 'oath'],
  ['admitted', 'confirmed'],
];

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const day = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;

export function checkMemberArchive(file: string, data: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const development = record(record(data).development);
  for (const [earlier, later] of ORDER) {
    const from = day(development[earlier]);
    const to = day(development[later]);
    if (from && to && to < from)
      problems.push({
        file,
        field: `development.${later}`,
        message: archiveMessages.order(dev(later), to, dev(earlier), from),
      });
  }
  const activist = day(development.activist);
  const reviews = Array.isArray(development.reviews) ? development.reviews.map(day) : [];
  reviews.forEach((review, i) => {
    if (activist && review && review < activist)
      problems.push({
        file,
        field: `development.reviews.${i}`,
        message: archiveMessages.order(dev('reviews'), review, dev('activist'), activist),
      });
  });
  if (development.extensionMonths != null && !day(development.admitted))
    problems.push({ file, field: 'development.extensionMonths', message: archiveMessages.extension() });

  const dues = Array.isArray(record(data).dues) ? (record(data).dues as unknown[]).map(record) : [];
  const years = new Set<unknown>();
  dues.forEach((entry, i) => {
    const year = entry.year;
    if (years.has(year) && typeof year === 'number')
      problems.push({ file, field: `dues.${i}.year`, message: archiveMessages.yearTwice(year) });
    years.add(year);
    const kind = findSlug(DUES_KIND_OPTIONS, entry.kind);
    if (
      (kind === 'employed' || kind === 'retired') &&
      (entry.base === undefined || entry.base === null || entry.base === '')
    )
      problems.push({ file, field: `dues.${i}.base`, message: archiveMessages.base(String(entry.kind)) });
    const months = new Set<string>();
    const payments = Array.isArray(entry.payments) ? entry.payments.map(record) : [];
    payments.forEach((payment, j) => {
      const month = typeof payment.month === 'string' ? payment.month : undefined;
      if (!month || typeof year !== 'number') return;
      if (!month.startsWith(`${year}-`))
        problems.push({
          file,
          field: `dues.${i}.payments.${j}.month`,
          message: archiveMessages.monthOutside(month, year),
        });
      if (months.has(month))
        problems.push({ file, field: `dues.${i}.payments.${j}.month`, message: archiveMessages.monthTwice(month) });
      months.add(month);
    });
  });
  return problems;
}
