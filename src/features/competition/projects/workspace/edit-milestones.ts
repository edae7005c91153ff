import { recordAudit, type AuditActor } from '../../../../platform/audit/record.ts';
import type { Executor } from '../../../../platform/db/client.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import { deleteOpenMilestone, findMilestone, insertMilestone, lockProject, markMilestoneReached, type MilestoneRow } from './repository.ts';
import { isDueWithinReach, isOpen } from './rules.ts';

/** What a milestone command refuses without changing anything. */
export type MilestoneRefusal = { kind: 'notFound' } | { kind: 'completed' };

const subject = (m: MilestoneRow) => ({ type: 'competition_milestone', id: m.id });
const snapshot = (m: MilestoneRow) => ({ projectId: m.projectId, title: m.title, dueOn: m.dueOn, reachedOn: m.reachedOn });

/** Adds a milestone to a running project; its day lies in or near the funding period. */
export async function addMilestone(
  db: Executor,
  options: { actor: AuditActor; projectId: string; title: string; dueOn: string },
): Promise<{ kind: 'added'; milestone: MilestoneRow } | { kind: 'dueOutside' } | MilestoneRefusal> {
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, options.projectId);
    if (!project) return { kind: 'notFound' };
    if (!isOpen(project.status)) return { kind: 'completed' };
    if (!isDueWithinReach(project, options.dueOn)) return { kind: 'dueOutside' };
    const milestone = await insertMilestone(tx, { projectId: project.id, title: options.title, dueOn: options.dueOn });
    await recordAudit(tx, options.actor, 'competition.milestone.add', subject(milestone), null, snapshot(milestone));
    return { kind: 'added', milestone };
  });
}

/**
 * Records the day a milestone was reached: today or earlier, as Berlin counts days. A milestone
 * reached already stays as it was (a second click).
 */
export async function reachMilestone(
  db: Executor,
  options: { actor: AuditActor; projectId: string; milestoneId: string; reachedOn: string; now: Date },
): Promise<{ kind: 'reached' } | { kind: 'unchanged' } | { kind: 'inFuture' } | MilestoneRefusal> {
  if (options.reachedOn > utcToBerlin(options.now).date) return { kind: 'inFuture' };
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, options.projectId);
    if (!project) return { kind: 'notFound' };
    if (!isOpen(project.status)) return { kind: 'completed' };
    const before = await findMilestone(tx, project.id, options.milestoneId);
    if (!before) return { kind: 'notFound' };
    const reached = await markMilestoneReached(tx, project.id, before.id, options.reachedOn);
    if (!reached) return { kind: 'unchanged' };
    await recordAudit(tx, options.actor, 'competition.milestone.reach', subject(reached), snapshot(before), snapshot(reached));
    return { kind: 'reached' };
  });
}

/** Removes a milestone that is not reached; a reached one is part of the project's record. */
export async function removeMilestone(
  db: Executor,
  options: { actor: AuditActor; projectId: string; milestoneId: string },
): Promise<{ kind: 'removed' } | { kind: 'reached' } | MilestoneRefusal> {
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, options.projectId);
    if (!project) return { kind: 'notFound' };
    if (!isOpen(project.status)) return { kind: 'completed' };
    const milestone = await findMilestone(tx, project.id, options.milestoneId);
    if (!milestone) return { kind: 'notFound' };
    if (!(await deleteOpenMilestone(tx, project.id, milestone.id))) return { kind: 'reached' };
    await recordAudit(tx, options.actor, 'competition.milestone.remove', subject(milestone), snapshot(milestone), null);
    return { kind: 'removed' };
  });
}
