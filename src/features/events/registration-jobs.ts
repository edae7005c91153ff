import type { AppDeps } from '../../platform/deps.ts';
import type { JobHandlers } from '../../platform/jobs/worker.ts';
import { getDateWithEvent, type EventDate, type EventRow } from './event-service.ts';
import { expireOffers, fillFreeSeats } from './promote-from-waiting-list.ts';
import { queueRegistrationMail } from './registration-mails.ts';
import { listDueReminders, listDueStreamLinks, type RegistrationRow } from './registration-repository.ts';

/** Registration e-mails go through the platform's mail job; there is no job kind of our own. */
export function registrationJobs(_deps: AppDeps): JobHandlers {
  return {};
}

/**
 * The clock's part of registration: offers that ran out pass on, free seats go to the
 * waiting list, reminders and stream links go out. Every step is idempotent (row
 * conditions and the mails' dedupe keys), so two processes may run it at once.
 */
export async function registrationSweep(deps: AppDeps, now: Date): Promise<void> {
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
