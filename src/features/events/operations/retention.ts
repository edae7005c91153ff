import { recordAudit } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { anonymiseRegistrationsOfDate, listDatesDueForAnonymisation, markDateAnonymised } from './repository.ts';
import type { eventDates, events } from '../core/tables.ts';

const DAY_MS = 24 * 3600 * 1000;

/** When the personal data of a date's registrations is removed: `retention_days` after its end. */
export function personalDataRemovedAt(event: Pick<typeof events.$inferSelect, 'retentionDays'>, date: Pick<typeof eventDates.$inferSelect, 'endsAt'>): Date {
  return new Date(date.endsAt.getTime() + event.retentionDays * DAY_MS);
}

/**
 * DSGVO storage limitation: anonymises the registrations of every date whose retention
 * period is over. One transaction per date, so a failure leaves no date half done; safe
 * to run in several processes at once, since each step only touches what is not yet done.
 */
export async function anonymiseExpiredDates(db: Database, now: Date): Promise<number> {
  const due = await listDatesDueForAnonymisation(db, now);
  for (const dateId of due) {
    await db.transaction(async (tx) => {
      const count = await anonymiseRegistrationsOfDate(tx, dateId, now);
      if (await markDateAnonymised(tx, dateId, now)) {
        await recordAudit(tx, null, 'event.date.anonymise', { type: 'event_date', id: dateId }, undefined, { registrations: count });
      }
    });
  }
  return due.length;
}
