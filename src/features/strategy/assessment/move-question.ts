import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { moveEntry, type Direction } from '../../../platform/editor/move.ts';
import { questionSubject } from './dimension-audit.ts';
import { listQuestions, updateQuestion, type DimensionRow } from './repository.ts';

/** Moves an active question a step up or down within its dimension. */
export async function moveQuestion(
  tx: Executor,
  options: { actor: CurrentUser; dimension: DimensionRow; questionId: string; direction: Direction },
): Promise<'moved' | 'notFound'> {
  const list = await listQuestions(tx, [options.dimension.id], { activeOnly: true });
  const moved = await moveEntry(list, options.questionId, options.direction, (id, position) => updateQuestion(tx, id, { position }));
  if (!moved) return 'notFound';
  await recordAudit(tx, options.actor, 'strategy.question.move', questionSubject(options.questionId), { position: moved.before }, { position: moved.after });
  return 'moved';
}
