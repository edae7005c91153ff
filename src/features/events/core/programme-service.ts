import type { Executor } from '../../../platform/db/client.ts';
import { listAttendanceOfAccounts } from './programme-repository.ts';

/**
 * For the programme dashboard: who attended which date, and when. A registration names its
 * organisation only as typed text; the link to an organisation on the platform is the person's
 * account, which the dashboard looks up among the organisations' members.
 */
export async function listEventAttendance(db: Executor, now: Date): Promise<{ userId: string; dateId: string; at: Date }[]> {
  return (await listAttendanceOfAccounts(db, now)).map((r) => ({ userId: r.userId, dateId: r.dateId, at: r.checkedInAt ?? r.startsAt }));
}
