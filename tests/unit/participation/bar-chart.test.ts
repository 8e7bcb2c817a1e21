import { describe, expect, it } from 'vitest';
import { monthChartLayout } from '../../../src/lib/participation/bar-chart';

const month = (minutes: Record<number, number>, days = 30) =>
  Array.from({ length: days }, (_, i) => ({
    date: `2026-11-${String(i + 1).padStart(2, '0')}`,
    minutes: minutes[i + 1] ?? 0,
  }));

describe('monthChartLayout (我的学习, a month of daily columns against the goal line)', () => {
  it('gives every day a column, twelve units apart, the longest column for the most minutes', () => {
    const chart = monthChartLayout(month({ 3: 40, 10: 90 }), 600);
    expect(chart.columns).toHaveLength(30);
    expect(chart.width).toBe(360);
    expect(chart.columns.map((c) => c.x).slice(0, 3)).toEqual([2, 14, 26]);
    const tallest = chart.columns.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest.date).toBe('2026-11-10');
    // A column stands on the axis: its top plus its height is the same line for every day.
    for (const column of chart.columns) expect(column.y + column.height).toBeCloseTo(chart.height - 16);
    expect(chart.columns[0]!.height).toBe(0);
  });

  it('scales to twice the daily goal in an ordinary month, so the goal line sits halfway up', () => {
    const chart = monthChartLayout(month({ 5: 10 }), 600);
    // 600 minutes over 30 days: 20 a day; the scale tops at 40.
    expect(chart.goalMinutes).toBe(20);
    const plotTop = 8;
    const axisY = chart.height - 16;
    expect(chart.goalY).toBeCloseTo((axisY + plotTop) / 2);
  });

  it('lets a long day set the scale when it passes twice the goal', () => {
    const chart = monthChartLayout(month({ 1: 300 }), 600);
    expect(chart.columns[0]!.y).toBeCloseTo(8);
    expect(chart.goalY).toBeGreaterThan(chart.columns[0]!.y);
  });

  it('labels the 1st and every fifth day, centred under their columns', () => {
    const chart = monthChartLayout(month({}, 31), 600);
    expect(chart.labels.map((l) => l.day)).toEqual([1, 5, 10, 15, 20, 25, 30]);
    expect(chart.labels[0]).toEqual({ x: 6, y: chart.height - 3, day: 1 });
  });

  it('sums the month for the chart’s spoken summary: minutes, days studied, the goal rounded up', () => {
    const chart = monthChartLayout(month({ 2: 25, 9: 35 }, 28), 500);
    expect(chart).toMatchObject({ totalMinutes: 60, daysStudied: 2, goalMinutes: 18 });
  });

  it('draws a flat chart for an empty month and no target (nothing divides by zero)', () => {
    const chart = monthChartLayout(month({}), 0);
    expect(chart.goalMinutes).toBe(0);
    expect(chart.columns.every((c) => Number.isFinite(c.y) && c.height === 0)).toBe(true);
    expect(Number.isFinite(chart.goalY)).toBe(true);
  });
});
