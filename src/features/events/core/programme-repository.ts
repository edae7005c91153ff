import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { eventDates, registrations } from './tables.ts';

/**
 * Registrations of people with an account who came: checked in at the door, or confirmed for a
 * date that has ended without a check-in list. A cancelled date counts for no one.
 */
export async function listAttendanceOfAccounts(
  db: Executor,
  now: Date,
): Promise<{ userId: string; dateId: string; checkedInAt: Date | null; startsAt: Date }[]> {
  const rows = await db
    .select({ userId: registrations.userId, dateId: registrations.dateId, checkedInAt: registrations.checkedInAt, startsAt: eventDates.startsAt })
    .from(registrations)
    .innerJoin(eventDates, eq(eventDates.id, registrations.dateId))
    .where(
      and(
        isNotNull(registrations.userId),
        eq(registrations.status, 'confirmed'),
        isNull(eventDates.cancelledAt),
        or(isNotNull(registrations.checkedInAt), lt(eventDates.endsAt, now)),
      ),
    );
  return rows.flatMap((r) => (r.userId ? [{ ...r, userId: r.userId }] : []));
}
