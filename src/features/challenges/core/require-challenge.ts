import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { getManagedOrganisations } from '../../organisations/service.ts';
import { SLUG } from './paths.ts';
import { findChallengeById, findChallengeBySlug, findSubmissionById, type ChallengeRow, type SubmissionRow } from './repository.ts';

/*
 * The challenge or submission a page is about, or 404. A challenge that is not published exists
 * only for its owners (the managers of its organisation) and the editors; a submission only for
 * its submitter. A guessed id must not tell that the record is there.
 */

/** Whether the person owns the challenge: a manager of its organisation, or an editor. */
export async function ownsChallenge(db: Executor, user: CurrentUser | null | undefined, challenge: Pick<ChallengeRow, 'organisationId'>): Promise<boolean> {
  if (!user) return false;
  if (hasPermission(user, 'content:edit')) return true;
  return (await getManagedOrganisations(db, user.id)).some((o) => o.id === challenge.organisationId);
}

/** A challenge by its public address: published, or not yet for its owners. */
export async function requireChallenge(db: Executor, slug: string, viewer: CurrentUser | null | undefined): Promise<ChallengeRow> {
  const challenge = SLUG.test(slug) ? await findChallengeBySlug(db, slug) : undefined;
  if (!challenge) throw notFound();
  if (challenge.status !== 'published' && !(await ownsChallenge(db, viewer, challenge))) throw notFound();
  return challenge;
}

/** A challenge by id for its owners' pages; 404 for anyone else. */
export async function requireOwnChallenge(db: Executor, user: CurrentUser, id: string): Promise<ChallengeRow> {
  const challenge = isUuid(id) ? await findChallengeById(db, id) : undefined;
  if (!challenge || !(await ownsChallenge(db, user, challenge))) throw notFound();
  return challenge;
}

/** A challenge by id for the editors' pages (the route's guard has checked the permission). */
export async function requireEditorChallenge(db: Executor, id: string): Promise<ChallengeRow> {
  const challenge = isUuid(id) ? await findChallengeById(db, id) : undefined;
  if (!challenge) throw notFound();
  return challenge;
}

/** The person's own submission; 404 for a submission of someone else, editors included. */
export async function requireOwnSubmission(db: Executor, user: CurrentUser, id: string): Promise<SubmissionRow> {
  const submission = isUuid(id) ? await findSubmissionById(db, id) : undefined;
  if (!submission || submission.submitterId !== user.id) throw notFound();
  return submission;
}
