import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { ModuleRow } from '../core/repository.ts';
import { insertFeedback } from './repository.ts';
import type { FeedbackInput } from './schema.ts';

/**
 * Stores a participant's feedback on a pilot module, once: a second one is refused ('exists')
 * by the unique index. The route has checked that the module was held and the person attended.
 */
export async function giveFeedback(tx: Executor, options: { module: ModuleRow; actor: CurrentUser; input: FeedbackInput }): Promise<'saved' | 'exists'> {
  const id = await insertFeedback(tx, { moduleId: options.module.id, userId: options.actor.id, rating: options.input.rating, comment: options.input.comment });
  if (!id) return 'exists';
  // the rating and comment stay out of the log: editors read them on the feedback page
  await recordAudit(tx, options.actor, 'seminars.feedback.create', { type: 'seminar_module', id: options.module.id });
  return 'saved';
}
