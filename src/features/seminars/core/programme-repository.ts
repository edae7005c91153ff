import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { seminarAttendance, seminarModules, seminarRegistrations } from './tables.ts';

/**
 * Each check-in at a module, with the municipality the person registered for: the series'
 * registration or the module's own. A person registered for both is found twice, once per
 * registration; the service keeps one.
 */
export async function listAttendanceWithOrganisation(db: Executor): Promise<{ organisationId: string; userId: string; moduleId: string; at: Date }[]> {
  const rows = await db
    .select({
      organisationId: seminarRegistrations.organisationId,
      userId: seminarAttendance.userId,
      moduleId: seminarAttendance.moduleId,
      at: seminarAttendance.checkedInAt,
      registrationModuleId: seminarRegistrations.moduleId,
    })
    .from(seminarAttendance)
    .innerJoin(seminarModules, eq(seminarModules.id, seminarAttendance.moduleId))
    .innerJoin(
      seminarRegistrations,
      and(
        eq(seminarRegistrations.seriesId, seminarModules.seriesId),
        eq(seminarRegistrations.userId, seminarAttendance.userId),
        eq(seminarRegistrations.status, 'confirmed'),
        isNotNull(seminarRegistrations.organisationId),
      ),
    );
  return rows.flatMap((r) =>
    r.organisationId && (r.registrationModuleId === null || r.registrationModuleId === r.moduleId)
      ? [{ organisationId: r.organisationId, userId: r.userId, moduleId: r.moduleId, at: r.at }]
      : [],
  );
}
