/** Calendar quarters of civil dates, for lists grouped by quarter (newest first). */
export interface Quarter {
  /** '2026-Q1' */
  key: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function quarterOf(date: string): Quarter {
  const year = Number(date.slice(0, 4));
  const quarter = (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter['quarter'];
  return { key: `${year}-Q${quarter}`, year, quarter };
}

/** Items grouped by the quarter of their date, groups in the items' order (sort items first). */
export function groupByQuarter<T>(items: readonly T[], getDate: (item: T) => string): Array<Quarter & { items: T[] }> {
  const groups = new Map<string, Quarter & { items: T[] }>();
  for (const item of items) {
    const quarter = quarterOf(getDate(item));
    let group = groups.get(quarter.key);
    if (!group) groups.set(quarter.key, (group = { ...quarter, items: [] }));
    group.items.push(item);
  }
  return [...groups.values()];
}
