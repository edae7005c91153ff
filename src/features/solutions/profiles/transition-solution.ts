import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockSolution, updateSolutionRow, type SolutionRow } from '../core/repository.ts';
import { syncSolutionSearch } from '../core/sync-search.ts';
import type { SolutionStatus } from '../core/tables.ts';
import { queueReturnedMail, type MailSite } from './mails.ts';
import type { ReviewTransition } from './schema.ts';

/** The owners submit a draft; everything else is the editors' decision. */
export type SolutionTransition = 'submit' | ReviewTransition;

/** Which status each transition starts from and leads to. */
const TRANSITION_RULES: Record<SolutionTransition, { from: SolutionStatus[]; to: SolutionStatus }> = {
  submit: { from: ['draft'], to: 'in_review' },
  publish: { from: ['in_review'], to: 'published' },
  archive: { from: ['published'], to: 'archived' },
  draft: { from: ['in_review', 'published', 'archived'], to: 'draft' },
};

export function allowedReviewTransitions(status: SolutionStatus): ReviewTransition[] {
  return (['publish', 'archive', 'draft'] as const).filter((t) => TRANSITION_RULES[t].from.includes(status));
}

export type TransitionSolutionOutcome =
  | { kind: 'changed'; solution: SolutionRow }
  /** the status does not allow it, e.g. publishing a draft nobody submitted, or a second click */
  | { kind: 'notAllowed'; from: SolutionStatus }
  | { kind: 'notFound' };

/**
 * Moves a solution through the review. Publishing keeps the first publication date; the search
 * follows the status. A solution given back to its owners carries the editor's note, which the
 * audit log keeps and the owner organisation's managers get by e-mail.
 */
export async function transitionSolution(
  db: Executor,
  options: { actor: AuditActor; solutionId: string; transition: SolutionTransition; note?: string; site: MailSite; now?: Date },
): Promise<TransitionSolutionOutcome> {
  const { actor, solutionId, transition, note = '', site, now = new Date() } = options;
  return db.transaction(async (tx): Promise<TransitionSolutionOutcome> => {
    const before = await lockSolution(tx, solutionId);
    if (!before) return { kind: 'notFound' };
    const rule = TRANSITION_RULES[transition];
    if (!rule.from.includes(before.status)) return { kind: 'notAllowed', from: before.status };
    const solution = await updateSolutionRow(tx, solutionId, {
      status: rule.to,
      ...(rule.to === 'published' ? { publishedAt: before.publishedAt ?? now } : {}),
    });
    await recordAudit(
      tx,
      actor,
      `solutions.${transition}`,
      { type: 'solution', id: solutionId },
      { status: before.status },
      { status: solution.status, ...(note ? { note } : {}) },
    );
    await syncSolutionSearch(tx, solution);
    if (transition === 'draft') await queueReturnedMail(tx, solution, note, site);
    return { kind: 'changed', solution };
  });
}
