/**
 * Geometry of a horizontal bar chart rendered as inline SVG at build time:
 * one row per item, bar lengths proportional to the largest value, with the
 * share of the total for poll results. Pure logic; BarChart.astro draws it.
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

export function barChartLayout(items: readonly BarItem[], { width = 640, labelWidth = 200, valueWidth = 90, rowHeight = 36 } = {}): BarChartLayout {
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
