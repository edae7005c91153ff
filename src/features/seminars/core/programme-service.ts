import type { Executor } from '../../../platform/db/client.ts';
import { listAttendanceWithOrganisation } from './programme-repository.ts';

/**
 * For the programme dashboard: each module a person attended (the editors' check-in), for the
 * municipality the person registered for; one fact per person and module.
 */
export async function listSeminarAttendance(db: Executor): Promise<{ organisationId: string; userId: string; moduleId: string; at: Date }[]> {
  const seen = new Set<string>();
  return (await listAttendanceWithOrganisation(db)).filter((r) => {
    const key = `${r.moduleId}/${r.userId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
