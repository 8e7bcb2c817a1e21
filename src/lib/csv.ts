/**
 * CSV for the secretary's spreadsheets (members:export, members:report): UTF-8
 * with a BOM, so Excel opens Chinese text correctly, and CRLF line ends.
 * No imports: plain Node scripts load this file directly.
 */

/** One cell: quoted when it would break the row; a leading = + - @ would run as a formula in Excel. */
export function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: header row first. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
