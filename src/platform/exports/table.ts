/** A table to export: one header row and rows of plain text cells. */
export interface ExportTable {
  /** sheet name in the workbook; also used for the file name */
  title: string;
  header: string[];
  rows: string[][];
}
