import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import type { AdoptionStatus } from '../core/tables.ts';
import { lockAdoption, updateAdoptionRow, type AdoptionChanges } from './repository.ts';
import { isFutureMonth, monthStart, nextStatus, type AdopterStep } from './rules.ts';

export type MoveOutcome = { kind: 'done' } | { kind: 'notFound' } | { kind: 'notAllowed'; status: AdoptionStatus } | { kind: 'futureMonth' };

/**
 * The adopting organisation's managers move their adoption on: under way, in operation since a
 * month (for "läuft in" on the solution's page), or given up. The reason for giving up is kept
 * in the audit log only: `answer` is the owner's, and what others should learn from it belongs
 * in the experience report, which the adopter writes in its own words.
 */
export async function moveAdoption(
  db: Database,
  options: { actor: AuditActor; adoptionId: string; step: AdopterStep; since: { year: number; month: number } | undefined; reason: string; now: Date },
): Promise<MoveOutcome> {
  const operatingSince = options.since ? monthStart(options.since.year, options.since.month) : undefined;
  if (operatingSince && isFutureMonth(operatingSince, options.now)) return { kind: 'futureMonth' };
  return db.transaction(async (tx): Promise<MoveOutcome> => {
    const adoption = await lockAdoption(tx, options.adoptionId);
    if (!adoption) return { kind: 'notFound' };
    const next = nextStatus(adoption.status, options.step);
    if (!next) return { kind: 'notAllowed', status: adoption.status };
    const changes: AdoptionChanges = { status: next, ...(operatingSince ? { operatingSince } : {}) };
    await updateAdoptionRow(tx, adoption.id, changes);
    await recordAudit(
      tx,
      options.actor,
      `solution.adoption.${options.step}`,
      { type: 'solution_adoption', id: adoption.id },
      { status: adoption.status },
      { status: next, ...(operatingSince ? { operatingSince } : {}), ...(options.step === 'abandon' ? { reason: options.reason } : {}) },
    );
    return { kind: 'done' };
  });
}
