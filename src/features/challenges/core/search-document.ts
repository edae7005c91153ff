import type { Executor } from '../../../platform/db/client.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../../platform/search/index.ts';
import { challengePath } from './paths.ts';
import { findChallengeById } from './repository.ts';

const FEATURE = 'challenges';

/**
 * Puts a published challenge into the platform's search with its problem and what success looks
 * like; a draft is left out (and taken out). Called in the transaction of every change of a
 * challenge, so that the search finds what the public page shows.
 */
export async function indexChallenge(tx: Executor, challengeId: string): Promise<void> {
  const challenge = await findChallengeById(tx, challengeId);
  if (!challenge) return;
  if (challenge.status !== 'published') {
    await removeSearchDocument(tx, FEATURE, challenge.id);
    return;
  }
  await upsertSearchDocument(tx, {
    feature: FEATURE,
    refId: challenge.id,
    type: 'challenge',
    title: challenge.title,
    summary: challenge.summary,
    body: [challenge.problem, challenge.context, challenge.affected, challenge.dataAvailable, challenge.constraints, challenge.success, challenge.prize]
      .filter(Boolean)
      .join('\n\n'),
    url: challengePath(challenge.slug),
    fieldsOfAction: challenge.fieldsOfAction,
    language: 'de',
    published: true,
    ...(challenge.publishedAt ? { publishedAt: challenge.publishedAt } : {}),
    updatedAt: challenge.updatedAt,
  });
}
