import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { moveEntry, type Direction } from '../../../platform/editor/move.ts';
import { deleteCriterionRow, insertCriterion, listCriteria, updateCriterionRow, type CriterionRow, type CriterionValues } from '../core/form-repository.ts';
import { lockCall } from '../core/repository.ts';
import { nextPosition } from './locks.ts';
import { criteriaLocked } from './rules.ts';
import type { CriterionInput } from './schema.ts';

interface CriterionTarget {
  actor: CurrentUser;
  callId: string;
  criterionId: string;
}

const subject = (callId: string) => ({ type: 'competition_call', id: callId });
const snapshot = (criterionId: string, c: CriterionValues) => ({ criterionId, title: c.title, description: c.description, weight: c.weight });

/**
 * Locks the call, finds the criterion among its criteria and runs the change in the same
 * transaction; notFound when the call or the criterion is not (or no longer) there, locked
 * once the call's deadline has passed.
 */
async function changeCriterion<R extends string>(
  deps: Pick<AppDeps, 'db'>,
  target: CriterionTarget,
  change: (tx: Executor, criterion: CriterionRow, criteria: CriterionRow[]) => Promise<R>,
): Promise<R | 'notFound' | 'locked'> {
  return deps.db.transaction(async (tx) => {
    const call = await lockCall(tx, target.callId);
    if (!call) return 'notFound';
    const criteria = await listCriteria(tx, target.callId);
    const criterion = criteria.find((c) => c.id === target.criterionId);
    if (!criterion) return 'notFound';
    if (criteriaLocked(call, new Date())) return 'locked';
    return change(tx, criterion, criteria);
  });
}

/** Adds a criterion at the end. Runs in the caller's transaction (the once-per-submission one). */
export async function addCriterion(
  tx: Executor,
  options: { actor: CurrentUser; callId: string; input: CriterionInput },
): Promise<{ kind: 'added'; criterion: CriterionRow } | { kind: 'notFound' } | { kind: 'locked' }> {
  const { actor, callId, input } = options;
  const call = await lockCall(tx, callId);
  if (!call) return { kind: 'notFound' };
  if (criteriaLocked(call, new Date())) return { kind: 'locked' };
  const criterion = await insertCriterion(tx, { callId, position: nextPosition(await listCriteria(tx, callId)), ...input });
  await recordAudit(tx, actor, 'competition.form.criterion.add', subject(callId), null, snapshot(criterion.id, criterion));
  return { kind: 'added', criterion };
}

export async function updateCriterion(
  deps: Pick<AppDeps, 'db'>,
  options: CriterionTarget & { input: CriterionInput },
): Promise<'saved' | 'notFound' | 'locked'> {
  const { actor, callId, criterionId, input } = options;
  return changeCriterion(deps, options, async (tx, before) => {
    await updateCriterionRow(tx, criterionId, input);
    await recordAudit(tx, actor, 'competition.form.criterion.update', subject(callId), snapshot(criterionId, before), snapshot(criterionId, input));
    return 'saved';
  });
}

export async function deleteCriterion(deps: Pick<AppDeps, 'db'>, options: CriterionTarget): Promise<'deleted' | 'notFound' | 'locked'> {
  const { actor, callId, criterionId } = options;
  return changeCriterion(deps, options, async (tx, before) => {
    await deleteCriterionRow(tx, criterionId);
    await recordAudit(tx, actor, 'competition.form.criterion.delete', subject(callId), snapshot(criterionId, before), null);
    return 'deleted';
  });
}

export async function moveCriterion(deps: Pick<AppDeps, 'db'>, options: CriterionTarget & { direction: Direction }): Promise<'moved' | 'notFound' | 'locked'> {
  const { actor, callId, criterionId, direction } = options;
  return changeCriterion(deps, options, async (tx, criterion, criteria) => {
    const moved = await moveEntry(criteria, criterionId, direction, (id, position) => updateCriterionRow(tx, id, { position }));
    await recordAudit(
      tx,
      actor,
      'competition.form.criterion.move',
      subject(callId),
      { criterionId, position: criterion.position },
      { criterionId, position: moved?.after },
    );
    return 'moved';
  });
}
