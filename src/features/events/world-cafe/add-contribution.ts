import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import type { WorldCafeQuestionRow } from '../core/event-repository.ts';
import { insertContribution, type ContributionRow } from './repository.ts';

export interface AddContributionOptions {
  actor: CurrentUser;
  question: WorldCafeQuestionRow;
  body: string;
}

/** A member's contribution to a question, under the name the member goes by. The route limits how many. */
export async function addContribution(deps: Pick<AppDeps, 'db'>, options: AddContributionOptions): Promise<ContributionRow> {
  const { actor, question, body } = options;
  return insertContribution(deps.db, { questionId: question.id, userId: actor.id, authorName: actor.displayName, body });
}
