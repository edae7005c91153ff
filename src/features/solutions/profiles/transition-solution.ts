import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockSolution, type SolutionRow, updateSolutionRow } from '../core/repository.ts';
import { syncSolutionSearch } from '../core/sync-search.ts';
import type { SolutionStatus } from '../core/tables.ts';
import { queueReturnedMail, type MailSite } from './mails.ts';
import type { ReviewTransition } from './schema.ts';

/** The owners submit a draft; everything else is the editors' decision. */
export type SolutionTransition = 'submit' | ReviewTransition;

/**
 * Which solutions each transition applies to and the status it leads to. The two "changes"
 * transitions decide on a published solution's pending changes (save-profile.ts) and keep it
 * published; the others leave the status, and a published solution that leaves it takes its
 * pending changes along, since nothing of it is public any more.
 */
const TRANSITION_RULES: Record<SolutionTransition, { applies: (s: SolutionRow) => boolean; to: SolutionStatus }> = {
  submit: { applies: (s) => s.status === 'draft', to: 'in_review' },
  publish: { applies: (s) => s.status === 'in_review', to: 'published' },
  publishChanges: { applies: (s) => s.status === 'published' && s.pendingChanges !== null, to: 'published' },
  returnChanges: { applies: (s) => s.status === 'published' && s.pendingSince !== null, to: 'published' },
  archive: { applies: (s) => s.status === 'published', to: 'archived' },
  draft: { applies: (s) => s.status !== 'draft', to: 'draft' },
};

export function allowedReviewTransitions(solution: SolutionRow): ReviewTransition[] {
  return (['publish', 'publishChanges', 'returnChanges', 'archive', 'draft'] as const).filter((t) => TRANSITION_RULES[t].applies(solution));
}

export type TransitionSolutionOutcome =
  | { kind: 'changed'; solution: SolutionRow }
  /** the solution does not allow it, e.g. publishing a draft nobody submitted, or a second click */
  | { kind: 'notAllowed'; from: SolutionStatus }
  | { kind: 'notFound' };

/** What a transition writes: the status, the first publication date, and what becomes of pending changes. */
function patchFor(transition: SolutionTransition, before: SolutionRow, now: Date): Parameters<typeof updateSolutionRow>[2] {
  const rule = TRANSITION_RULES[transition];
  if (transition === 'returnChanges') return { pendingSince: null };
  const takeChanges = before.pendingChanges !== null && (transition === 'publishChanges' || rule.to !== 'published');
  return {
    status: rule.to,
    ...(rule.to === 'published' ? { publishedAt: before.publishedAt ?? now } : {}),
    ...(takeChanges ? { ...before.pendingChanges, pendingChanges: null, pendingSince: null } : {}),
  };
}

/**
 * Moves a solution through the review. Publishing keeps the first publication date; the search
 * follows what is public. A solution or its changes given back to the owners carry the
 * editor's note, which the audit log keeps and the owner organisation's managers get by e-mail.
 */
export async function transitionSolution(
  db: Executor,
  options: { actor: AuditActor; solutionId: string; transition: SolutionTransition; note?: string; site: MailSite; now?: Date },
): Promise<TransitionSolutionOutcome> {
  const { actor, solutionId, transition, note = '', site, now = new Date() } = options;
  return db.transaction(async (tx): Promise<TransitionSolutionOutcome> => {
    const before = await lockSolution(tx, solutionId);
    if (!before) return { kind: 'notFound' };
    if (!TRANSITION_RULES[transition].applies(before)) return { kind: 'notAllowed', from: before.status };
    const solution = await updateSolutionRow(tx, solutionId, patchFor(transition, before, now));
    await recordAudit(
      tx,
      actor,
      `solutions.${transition}`,
      { type: 'solution', id: solutionId },
      { status: before.status, ...(transition === 'publishChanges' ? { title: before.title } : {}) },
      { status: solution.status, ...(transition === 'publishChanges' ? { title: solution.title } : {}), ...(note ? { note } : {}) },
    );
    await syncSolutionSearch(tx, solution);
    if (transition === 'draft' || transition === 'returnChanges') await queueReturnedMail(tx, solution, note, site, transition === 'returnChanges');
    return { kind: 'changed', solution };
  });
}
