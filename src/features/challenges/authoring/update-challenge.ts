import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { lockChallenge } from '../core/repository.ts';
import { indexChallenge } from '../core/search-document.ts';
import { challengeSubject } from './audit-subject.ts';
import { mayEdit } from './checklist.ts';
import { updateChallengeRow } from './repository.ts';
import type { ChallengeInput } from './schema.ts';

export type UpdateChallengeOutcome = 'saved' | 'notEditable' | 'notFound';

/**
 * Saves a challenge's texts, settings and timeline. Owners who are not editors change only a
 * draft (checked again under the lock: the editors may have received it meanwhile); a published
 * challenge is searched with its new texts at once. Its address stays.
 */
export async function updateChallenge(
  deps: AppDeps,
  options: { actor: CurrentUser; challengeId: string; input: ChallengeInput; isEditor: boolean },
): Promise<UpdateChallengeOutcome> {
  const { actor, input } = options;
  return deps.db.transaction(async (tx) => {
    const before = await lockChallenge(tx, options.challengeId);
    if (!before) return 'notFound';
    if (!mayEdit(before, options.isEditor)) return 'notEditable';
    const after = { organisationId: input.organisationId, ...input.texts };
    const was = Object.fromEntries(Object.keys(after).map((key) => [key, before[key as keyof typeof after]]));
    await updateChallengeRow(tx, before.id, after);
    await indexChallenge(tx, before.id);
    await recordAudit(tx, actor, 'challenges.update', challengeSubject(before.id), was, after);
    return 'saved';
  });
}
