/**
 * Geometry of the site's charts, drawn as inline SVG by their components:
 * - horizontal bars (`barChartLayout`), rendered at build time: one row per
 *   item, lengths proportional to the largest value, with the share of the
 *   total for poll results (BarChart.astro);
 * - a month of daily columns against a goal line (`monthChartLayout`), drawn
 *   in the browser by 我的学习 (components/school/my-study.ts).
 */
export interface BarItem {
  label: string;
  value: number;
}

export interface Bar extends BarItem {
  /** Share of the sum of all values, in whole percent (0 when the sum is 0). */
  percent: number;
  y: number;
  /** Bar length in SVG units, 0…barSpace. */
  length: number;
  /** The label as drawn: shortened with … to fit the label column (the table keeps it whole). */
  shortLabel: string;
}

/** SVG text size the layout assumes; a CJK character is about this wide. */
export const CHART_FONT_SIZE = 15;

/** `label` cut to `max` characters, the last one an ellipsis. */
export function shortenLabel(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

export interface BarChartLayout {
  bars: Bar[];
  width: number;
  height: number;
  /** Where bars start; labels sit left of it. */
  barX: number;
  barSpace: number;
  rowHeight: number;
}

export function barChartLayout(
  items: readonly BarItem[],
  { width = 640, labelWidth = 200, valueWidth = 90, rowHeight = 36 } = {},
): BarChartLayout {
  const max = Math.max(0, ...items.map((i) => i.value));
  const total = items.reduce((sum, i) => sum + i.value, 0);
  const barSpace = width - labelWidth - valueWidth;
  const maxLabelChars = Math.floor((labelWidth - 8) / CHART_FONT_SIZE);
  const bars = items.map((item, index) => ({
    ...item,
    shortLabel: shortenLabel(item.label, maxLabelChars),
    percent: total ? Math.round((item.value / total) * 100) : 0,
    y: index * rowHeight,
    length: max ? Math.round((item.value / max) * barSpace * 10) / 10 : 0,
  }));
  return { bars, width, height: items.length * rowHeight, barX: labelWidth, barSpace, rowHeight };
}

/** One day of the 我的学习 month chart. */
export interface DayColumn {
  date: string;
  minutes: number;
  x: number;
  y: number;
  height: number;
}

export interface MonthChartLayout {
  width: number;
  height: number;
  /** Column width; columns sit `step` apart. */
  columnWidth: number;
  columns: DayColumn[];
  /** Day numbers under the axis (the 1st and every 5th), centred on their column. */
  labels: { x: number; y: number; day: number }[];
  /** Height of the dashed line of the daily share of the monthly target. */
  goalY: number;
  /** The daily share of the target, whole minutes rounded up. */
  goalMinutes: number;
  totalMinutes: number;
  daysStudied: number;
}

/**
 * Geometry of the month's minutes as vertical columns, one per day, against
 * the daily share of the monthly target. The scale leaves room for twice that
 * share, so a month of ordinary days does not fill the chart to the top.
 */
export function monthChartLayout(
  days: readonly { date: string; minutes: number }[],
  target: number,
  { step = 12, columnWidth = 8, height = 120, axis = 16 } = {},
): MonthChartLayout {
  const perDay = days.length === 0 ? 0 : target / days.length;
  const max = Math.max(perDay * 2, ...days.map((d) => d.minutes), 1);
  const y = (minutes: number) => height - axis - (minutes / max) * (height - axis - 8);
  const inset = (step - columnWidth) / 2;
  const columns = days.map((d, i) => ({
    ...d,
    x: i * step + inset,
    y: y(d.minutes),
    height: Math.max(0, height - axis - y(d.minutes)),
  }));
  const labels = days
    .map((d, i) => ({ x: i * step + step / 2, y: height - 3, day: Number(d.date.slice(8)) }))
    .filter(({ day }) => day === 1 || day % 5 === 0);
  return {
    width: days.length * step,
    height,
    columnWidth,
    columns,
    labels,
    goalY: y(perDay),
    goalMinutes: Math.ceil(perDay),
    totalMinutes: days.reduce((sum, d) => sum + d.minutes, 0),
    daysStudied: days.filter((d) => d.minutes > 0).length,
  };
}
