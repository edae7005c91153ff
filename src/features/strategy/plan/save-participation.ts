import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { berlinToUtc } from '../../../platform/time/berlin-time.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { participationSnapshot, strategySubject } from './plan-audit.ts';
import { findParticipation, insertParticipation, updateParticipation } from './repository.ts';
import type { ParticipationInput } from './schema.ts';

/**
 * Adds a participation format or changes one (`participationId`). The date is Berlin wall
 * clock; a past date is kept, as a record of what took place.
 */
export async function saveParticipation(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; participationId?: string; input: ParticipationInput },
): Promise<'saved' | 'gone'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const { format, description, date, time } = options.input;
  const values = { format, description, startsAt: date && time ? berlinToUtc(date, time) : null };
  if (!options.participationId) {
    const added = await insertParticipation(tx, { strategyId: strategy.id, ...values });
    await recordAudit(tx, options.actor, 'strategy.participation.add', strategySubject(strategy.id), undefined, participationSnapshot(added));
  } else {
    const before = await findParticipation(tx, strategy.id, options.participationId);
    if (!before) return 'gone';
    const after = await updateParticipation(tx, before.id, values);
    await recordAudit(
      tx,
      options.actor,
      'strategy.participation.update',
      strategySubject(strategy.id),
      participationSnapshot(before),
      participationSnapshot(after),
    );
  }
  await touchStrategy(tx, strategy.id);
  return 'saved';
}
