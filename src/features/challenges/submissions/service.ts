import type { Executor } from '../../../platform/db/client.ts';
import { getMembershipsOfUser, getOrganisationById } from '../../organisations/service.ts';
import { findChallengeById, type ChallengeRow, type SubmissionRow } from '../core/repository.ts';
import { eligibleAs } from '../core/rules.ts';
import { listAttachments, listLiveSubmissionsOfSubmitter, type AttachmentRow } from './repository.ts';

/** Whom the person may submit for: the organisations they are an active member of, and themselves, as the challenge allows. */
export interface SubmitterChoices {
  organisations: { id: string; name: string }[];
  person: boolean;
}

export async function getSubmitterChoices(db: Executor, userId: string, challenge: Pick<ChallengeRow, 'eligibility'>): Promise<SubmitterChoices> {
  const organisations = eligibleAs(challenge.eligibility, 'organisation')
    ? (await getMembershipsOfUser(db, userId)).filter((m) => m.status === 'active').map((m) => ({ id: m.organisationId, name: m.name }))
    : [];
  return { organisations, person: eligibleAs(challenge.eligibility, 'person') };
}

/** The start page: the choices, and the person's drafts or proposals for the challenge already. */
export async function getStartPage(db: Executor, userId: string, challenge: ChallengeRow) {
  return {
    choices: await getSubmitterChoices(db, userId, challenge),
    existing: await listLiveSubmissionsOfSubmitter(db, challenge.id, userId),
  };
}

/** What the submission's page shows: the submission, its challenge, for whom, its attachments. */
export interface SubmissionPageData {
  submission: SubmissionRow;
  challenge: ChallengeRow;
  organisationName: string | null;
  attachments: AttachmentRow[];
}

export async function getSubmissionPage(db: Executor, submission: SubmissionRow): Promise<SubmissionPageData> {
  const challenge = await findChallengeById(db, submission.challengeId);
  if (!challenge) throw new Error(`submission ${submission.id} without its challenge`);
  const organisation = submission.organisationId ? await getOrganisationById(db, submission.organisationId) : undefined;
  return { submission, challenge, organisationName: organisation?.name ?? null, attachments: await listAttachments(db, submission.id) };
}
