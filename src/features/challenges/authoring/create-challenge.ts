import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import { RESERVED_SLUGS } from '../core/paths.ts';
import type { ChallengeRow } from '../core/repository.ts';
import { challengeSubject } from './audit-subject.ts';
import { insertChallenge, listSlugsLike } from './repository.ts';
import type { ChallengeInput } from './schema.ts';

/**
 * Creates a challenge as a draft of the organisation, its address taken from the title; in the
 * caller's transaction (the submission's). The route has checked that the person may post for
 * the organisation. The address leaves room for a "-2" within the 80 characters of SLUG.
 */
export async function createChallenge(tx: Tx, options: { actor: CurrentUser; input: ChallengeInput }): Promise<ChallengeRow> {
  const { actor, input } = options;
  const base = slugify(input.texts.title, 'herausforderung', 72);
  const slug = firstFreeSlug(base, await listSlugsLike(tx, base), RESERVED_SLUGS);
  const challenge = await insertChallenge(tx, { ...input.texts, organisationId: input.organisationId, slug, createdBy: actor.id });
  await recordAudit(tx, actor, 'challenges.create', challengeSubject(challenge.id), undefined, { organisationId: input.organisationId, ...input.texts });
  return challenge;
}
