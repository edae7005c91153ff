import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { removePicture, replacePicture, type PreparedPicture } from '../../../platform/pictures/index.ts';
import { lockSolution, updateSolutionRow } from '../core/repository.ts';

type Unchanged = { kind: 'notFound' } | { kind: 'noPicture' };

/**
 * Gives the solution a new title picture, or its picture a new text alternative; the old
 * picture's files are for the route to remove after commit. Not a new version: versions hold the texts.
 */
export async function setSolutionPicture(
  tx: Executor,
  options: { actor: AuditActor; solutionId: string; prepared: PreparedPicture | undefined; alt: string },
): Promise<{ kind: 'saved'; obsoleteFiles: string[] } | Unchanged> {
  const { actor, solutionId, prepared, alt } = options;
  const solution = await lockSolution(tx, solutionId);
  if (!solution) return { kind: 'notFound' };
  const attach = async (pictureId: string | null) => void (await updateSolutionRow(tx, solutionId, { pictureId }));
  const change = await replacePicture(tx, { current: solution.pictureId, prepared, alt, createdBy: actor.id, attach });
  if (change === 'noPicture') return { kind: 'noPicture' };
  const before = solution.pictureId ? { pictureId: solution.pictureId } : undefined;
  await recordAudit(tx, actor, 'solutions.picture', { type: 'solution', id: solutionId }, before, { pictureId: change.pictureId, alt });
  return { kind: 'saved', obsoleteFiles: change.obsoleteFiles };
}

/** Takes the title picture off the solution; its files are for the route to remove after commit. */
export async function removeSolutionPicture(
  tx: Executor,
  options: { actor: AuditActor; solutionId: string },
): Promise<{ kind: 'removed'; obsoleteFiles: string[] } | Unchanged> {
  const solution = await lockSolution(tx, options.solutionId);
  if (!solution) return { kind: 'notFound' };
  const attach = async (pictureId: string | null) => void (await updateSolutionRow(tx, solution.id, { pictureId }));
  const change = await removePicture(tx, { current: solution.pictureId, attach });
  if (change === 'noPicture') return { kind: 'noPicture' };
  await recordAudit(tx, options.actor, 'solutions.picture.remove', { type: 'solution', id: solution.id }, { pictureId: solution.pictureId }, undefined);
  return { kind: 'removed', obsoleteFiles: change.obsoleteFiles };
}
