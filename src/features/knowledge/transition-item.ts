import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { lockItemForEditing } from './edit-item.ts';
import { updateItemRow, type ItemRow } from './repository.ts';
import type { Transition } from './schema.ts';
import { syncSearch } from './sync-search.ts';
import type { KnowledgeStatus } from './tables.ts';

/** Which status each transition starts from and leads to. */
const TRANSITION_RULES: Record<Transition, { from: KnowledgeStatus[]; to: KnowledgeStatus }> = {
  submit: { from: ['draft'], to: 'in_review' },
  publish: { from: ['in_review'], to: 'published' },
  archive: { from: ['published'], to: 'archived' },
  draft: { from: ['in_review', 'published', 'archived'], to: 'draft' },
};

export function allowedTransitions(status: KnowledgeStatus): Transition[] {
  return (Object.keys(TRANSITION_RULES) as Transition[]).filter((t) => TRANSITION_RULES[t].from.includes(status));
}

export interface TransitionItemOptions {
  actor: AuditActor;
  itemId: string;
  transition: Transition;
  now?: Date;
}

export type TransitionOutcome =
  | { kind: 'changed'; item: ItemRow }
  /** the item's status does not allow it, e.g. publishing a draft that nobody submitted */
  | { kind: 'notAllowed'; from: KnowledgeStatus }
  | { kind: 'notFound' };

/** Moves an item through the review workflow; the search follows its status. */
export async function transitionItem(tx: Executor, options: TransitionItemOptions): Promise<TransitionOutcome> {
  const { actor, itemId: id, transition, now = new Date() } = options;
  const before = await lockItemForEditing(tx, id);
  if (!before) return { kind: 'notFound' };
  const rule = TRANSITION_RULES[transition];
  if (!rule.from.includes(before.status)) return { kind: 'notAllowed', from: before.status };
  const item = await updateItemRow(tx, id, {
    status: rule.to,
    ...(rule.to === 'published' ? { publishedAt: before.publishedAt ?? now, publishAt: null } : {}),
  });
  await recordAudit(tx, actor, `knowledge.${transition}`, { type: 'knowledge_item', id }, { status: before.status }, { status: item.status });
  await syncSearch(tx, item);
  return { kind: 'changed', item };
}
