import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { ExportTable } from '../../platform/exports/table.ts';
import { formatDateTime } from '../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../platform/i18n/index.ts';
import { listActiveSubscribers } from './subscriber-repository.ts';

/**
 * The active subscribers as a table (address, language, confirmed at). It is personal data:
 * who took the list, and when, goes into the audit log with it.
 */
export async function exportSubscribers(deps: AppDeps, options: { actor: AuditActor; t: Messages; locale: Locale }): Promise<ExportTable> {
  const c = options.t.newsletter.subscribers.csv;
  const languages = options.t.newsletter.public.languages;
  return deps.db.transaction(async (tx) => {
    const rows = await listActiveSubscribers(tx);
    await recordAudit(tx, options.actor, 'newsletter.subscribers.export', { type: 'newsletter_subscriber' }, undefined, { format: 'csv', rows: rows.length });
    return {
      title: c.sheet,
      header: [c.email, c.language, c.confirmedAt],
      rows: rows.map((r) => [r.email, languages[r.locale], r.confirmedAt ? formatDateTime(options.locale, r.confirmedAt) : '']),
    };
  });
}
