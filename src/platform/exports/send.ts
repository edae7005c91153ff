import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../files/http.ts';
import { CSV_CONTENT_TYPE, toCsv } from './csv.ts';
import type { ExportTable } from './table.ts';
import { toXlsx, XLSX_CONTENT_TYPE } from './xlsx.ts';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * Sends a table of staff data as a download: CSV for any tool, XLSX for spreadsheet users.
 * It holds personal data, so no cache keeps it.
 */
export function sendExport(reply: FastifyReply, table: ExportTable, format: ExportFormat, baseName: string): FastifyReply {
  return reply
    .header('content-type', format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
    .header('content-disposition', contentDisposition('attachment', `${baseName}.${format}`))
    .header('cache-control', 'private, no-store')
    .send(format === 'csv' ? toCsv(table) : toXlsx(table));
}
