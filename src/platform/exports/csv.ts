import type { ExportTable } from './table.ts';

/*
 * CSV as German Excel opens it by double-click: UTF-8 with a byte order mark (otherwise
 * umlauts break), ";" between cells (the comma is the decimal separator), CRLF line ends.
 */

const BOM = '\ufeff';

/**
 * A cell that starts with = + - @ (or a tab or carriage return that hides one) would run
 * as a formula in a spreadsheet; a leading apostrophe keeps it text (OWASP CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export function toCsv(table: ExportTable): string {
  const lines = [table.header, ...table.rows].map((cells) => cells.map(csvCell).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
