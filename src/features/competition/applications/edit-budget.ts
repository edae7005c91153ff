import type { Executor } from '../../../platform/db/client.ts';
import { fundingYears } from '../core/application-rules.ts';
import type { BudgetCategory } from '../core/application-tables.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { deleteBudgetItem, insertBudgetItem, updateApplicationRow } from './repository.ts';

export interface BudgetItemInput {
  category: BudgetCategory;
  year: number;
  description: string;
  amountCents: number;
}

/**
 * Adds a cost item. Its year must lie in the call's funding period; whether the plan as a
 * whole stays under the call's maximum is shown on the page and checked at submission, so
 * that a plan can be built item by item.
 */
export async function addBudgetItem(
  tx: Executor,
  options: { applicationId: string; input: BudgetItemInput; now: Date },
): Promise<{ kind: 'added' } | { kind: 'yearOutside' } | DraftRefusal> {
  const draft = await lockDraft(tx, options.applicationId, options.now);
  if (draft.kind !== 'ok') return draft;
  if (!fundingYears(draft.call).includes(options.input.year)) return { kind: 'yearOutside' };
  await insertBudgetItem(tx, { applicationId: draft.application.id, ...options.input });
  await updateApplicationRow(tx, draft.application.id, {});
  return { kind: 'added' };
}

export async function removeBudgetItem(
  db: Executor,
  options: { applicationId: string; itemId: string; now: Date },
): Promise<{ kind: 'removed' } | DraftRefusal> {
  return db.transaction(async (tx) => {
    const draft = await lockDraft(tx, options.applicationId, options.now);
    if (draft.kind !== 'ok') return draft;
    if (!(await deleteBudgetItem(tx, draft.application.id, options.itemId))) return { kind: 'notFound' };
    await updateApplicationRow(tx, draft.application.id, {});
    return { kind: 'removed' };
  });
}
