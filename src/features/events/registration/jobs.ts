import { z } from 'zod';
import type { Executor } from '../../../platform/db/client.ts';
import { LOCALES, type Locale } from '../../../platform/i18n/index.ts';
import { insertJob } from '../../../platform/jobs/repository.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import type { JobHandlers } from '../../../platform/jobs/worker.ts';
import { type EventDate, getDateWithEvent } from '../core/event-lookups.ts';
import type { EventRow } from '../core/event-repository.ts';
import { expireOffers, fillFreeSeats } from './promote-from-waiting-list.ts';
import { queueRegistrationMail } from './mails.ts';
import { findRegistrationById, listDueReminders, listDueStreamLinks, waitingPosition, type RegistrationRow } from './repository.ts';
import { expireHolds } from './seat-hold.ts';

const RECEIPT_JOB = 'events.receipt';

const receiptPayload = z.object({ registrationId: z.uuid(), locale: z.enum(LOCALES) });

/**
 * Queues the receipt of a new registration in its transaction. The receipt itself (HTML, QR
 * code, calendar file) is written by the job: rendering it inside the transaction would hold
 * the date's seat lock for milliseconds of CPU, and every other confirmation of that date
 * would wait for it. The job is committed with the registration, so no receipt can be lost.
 * A held seat gets the e-mail that asks to confirm the address instead, and the receipt
 * once the address is confirmed: hence one job per registration and status.
 */
export async function queueReceipt(tx: Executor, registration: RegistrationRow, locale: Locale): Promise<void> {
  const job = receiptJob(registration.id, locale);
  await insertJob(tx, { kind: job.kind, payload: job.payload, dedupeKey: `${job.dedupeKeyPrefix}${registration.status}` });
}

/** The receipt job of a new registration, whose status the registering statement itself decides (it ends the dedupe key). */
export function receiptJob(registrationId: string, locale: Locale): { kind: string; payload: unknown; dedupeKeyPrefix: string } {
  return { kind: RECEIPT_JOB, payload: { registrationId, locale }, dedupeKeyPrefix: `events:receipt:${registrationId}:` };
}

export function registrationJobs(deps: AppDeps): JobHandlers {
  return {
    [RECEIPT_JOB]: async (payload) => {
      const { registrationId, locale } = receiptPayload.parse(payload);
      const registration = await findRegistrationById(deps.db, registrationId);
      // Cancelled or offered a seat in the seconds before the receipt went out: that mail says more.
      if (!registration || registration.status === 'cancelled' || registration.status === 'offered') return;
      const found = await getDateWithEvent(deps.db, registration.dateId);
      if (!found) return;
      const { siteName: site } = await deps.settings.get();
      if (registration.status === 'held') {
        await queueRegistrationMail(
          deps,
          deps.db,
          'confirmAddress',
          { ...found, registration },
          { site, locale, dedupeKey: `confirm-address:${registration.id}` },
        );
        return;
      }
      const position = registration.status === 'waiting' ? await waitingPosition(deps.db, registration) : undefined;
      await queueRegistrationMail(
        deps,
        deps.db,
        'receipt',
        { ...found, registration },
        {
          site,
          locale,
          ...(position !== undefined ? { position } : {}),
          dedupeKey: `receipt:${registration.id}`,
        },
      );
    },
  };
}

/**
 * The clock's part of registration: holds and offers that ran out pass on, free seats go
 * to the waiting list, reminders and stream links go out. Every step is idempotent (row
 * conditions and the mails' dedupe keys), so two processes may run it at once.
 */
export async function registrationSweep(deps: AppDeps, now: Date): Promise<void> {
  await expireHolds(deps, now);
  await expireOffers(deps, now);
  await fillFreeSeats(deps, now);
  const { events } = deps.config;
  await queueForEach(deps, await listDueReminders(deps.db, now, events.reminderHours), 'reminder');
  await queueForEach(deps, await listDueStreamLinks(deps.db, now, events.streamLinkMinutes), 'stream');
}

async function queueForEach(deps: AppDeps, due: RegistrationRow[], kind: 'reminder' | 'stream'): Promise<void> {
  if (due.length === 0) return;
  const { siteName: site } = await deps.settings.get();
  const dates = new Map<string, { event: EventRow; date: EventDate } | undefined>();
  for (const registration of due) {
    if (!dates.has(registration.dateId)) dates.set(registration.dateId, await getDateWithEvent(deps.db, registration.dateId));
    const found = dates.get(registration.dateId);
    if (!found) continue;
    await queueRegistrationMail(deps, deps.db, kind, { ...found, registration }, { site, dedupeKey: `${kind}:${registration.id}` });
  }
}
