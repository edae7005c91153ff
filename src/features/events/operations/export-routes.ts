import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../../platform/audit/record.ts';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { EDITOR_PATH } from '../core/paths.ts';
import { type EventDate, getEventById, listDatesOfEvent } from '../core/event-lookups.ts';
import { type EventRow, listQuestionRows, listWorldCafeRows } from '../core/event-repository.ts';
import { CSV_CONTENT_TYPE, toCsv } from '../../../platform/exports/csv.ts';
import { registrationsTable } from './export-registrations.ts';
import { toXlsx, XLSX_CONTENT_TYPE } from '../../../platform/exports/xlsx.ts';
import { listRegistrationsOfDates } from './repository.ts';
import { getDateOfEvent } from './service.ts';
import { utcToBerlin } from '../../../platform/time/berlin-time.ts';

type Format = 'csv' | 'xlsx';
type EventParams = { Params: { id: string } };
type DateParams = { Params: { id: string; dateId: string } };

async function sendExport(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { format: Format; event: EventRow; dates: EventDate[]; fileName: string },
): Promise<FastifyReply> {
  const { format, event, dates, fileName } = options;
  const t = request.t;
  const registrations = await listRegistrationsOfDates(
    deps.db,
    dates.map((d) => d.id),
  );
  const table = registrationsTable({
    title: t.eventOperations.export.sheet,
    dates,
    registrations,
    questions: await listQuestionRows(deps.db, event.id),
    worldCafe: await listWorldCafeRows(deps.db, event.id),
    t,
    locale: request.locale,
  });
  // Exports carry personal data: who took which list, and when, belongs in the audit log.
  await recordAudit(deps.db, request.user, 'event.registrations.export', { type: 'event', id: event.id }, undefined, {
    format,
    dates: dates.map((d) => d.id),
    rows: table.rows.length,
  });
  const body = format === 'csv' ? toCsv(table) : toXlsx(table);
  return reply
    .header('content-type', format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${fileName}.${format}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

// Only letters, digits and dashes reach the Content-Disposition header.
function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'anmeldungen';
}

/** CSV and XLSX of the registrations of one date or of every date of an event. */
export function exportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const editors = { preHandler: requirePermission('content:edit') };
  for (const format of ['csv', 'xlsx'] as const) {
    app.get<DateParams>(`${EDITOR_PATH}/:id/termine/:dateId/anmeldungen.${format}`, editors, async (request, reply) => {
      const { event, date } = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
      const day = utcToBerlin(date.startsAt).date;
      const fileName = safeFileName(`${request.t.eventOperations.export.fileName(event.slug)}-${day}`);
      return sendExport(deps, request, reply, { format, event, dates: [date], fileName });
    });

    app.get<EventParams>(`${EDITOR_PATH}/:id/anmeldungen.${format}`, editors, async (request, reply) => {
      const event = await getEventById(deps.db, request.params.id);
      if (!event) throw notFound();
      const fileName = safeFileName(request.t.eventOperations.export.fileName(event.slug));
      return sendExport(deps, request, reply, { format, event, dates: await listDatesOfEvent(deps.db, event.id), fileName });
    });
  }
}
