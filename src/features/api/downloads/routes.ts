import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.ts';
import { CSV_CONTENT_TYPE, toCsv } from '../../../platform/exports/csv.ts';
import { contentDisposition } from '../../../platform/files/http.ts';
import { enforceLimits } from '../../../platform/http/rate-limit.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { LIMITS } from '../core/limits.ts';
import { DOWNLOADS, type DownloadKey } from '../core/paths.ts';
import { DATASETS } from './datasets.ts';

const FORMATS = ['csv', 'json'] as const;

/** Whole seconds, as HTTP dates carry them: a record changed within the same second is not newer. */
function notModifiedSince(modified: Date | undefined, header: string | undefined): boolean {
  if (!modified || !header) return false;
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

/**
 * The open-data files at fixed addresses that the open-data page and the DCAT catalogue link.
 * Public data only, the same for everyone; the column headers are German whatever the reader's
 * language, so that a harvester always gets the same file.
 */
export function downloadRoutes(app: FastifyInstance, deps: AppDeps): void {
  const t = messagesFor('de');
  for (const key of Object.keys(DOWNLOADS) as DownloadKey[]) {
    for (const format of FORMATS) {
      const path = `${DOWNLOADS[key]}.${format}`;
      app.get(path, async (request, reply) => {
        await enforceLimits(deps, [{ limit: LIMITS.downloadsPerClient, subject: request.ip }]);
        const dataset = await DATASETS[key](deps, t);
        reply.header('cache-control', 'public, max-age=300');
        if (dataset.modified) reply.header('last-modified', dataset.modified.toUTCString());
        if (notModifiedSince(dataset.modified, request.headers['if-modified-since'])) return reply.status(304).send();
        reply.header('content-disposition', contentDisposition('attachment', path.slice(path.lastIndexOf('/') + 1)));
        if (format === 'csv') return reply.type(CSV_CONTENT_TYPE).send(toCsv(dataset.table));
        return reply.type('application/json; charset=utf-8').send({ items: dataset.items });
      });
    }
  }
}
