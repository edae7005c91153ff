import type { Executor } from '../../../platform/db/client.ts';
import { listConfirmedPartnersOfSubmitted, listProjectsOfOrganisations, listSubmittedApplications } from './programme-repository.ts';

/*
 * For the programme dashboard: applications and funding per organisation. A joint application
 * counts for its applicant and for each partner who confirmed it; a withdrawn one for no one.
 * The funding is the funded projects' amounts, from the day each project starts.
 */

/** Each submitted application an organisation took part in, from the day it was submitted. */
export async function listApplicationFacts(db: Executor): Promise<{ organisationId: string; applicationId: string; at: Date }[]> {
  const rows = [...(await listSubmittedApplications(db)), ...(await listConfirmedPartnersOfSubmitted(db))];
  // the table's check keeps a submitted application's time set
  return rows.flatMap((r) => (r.submittedAt ? [{ organisationId: r.organisationId, applicationId: r.applicationId, at: r.submittedAt }] : []));
}

/** Each funded project of an organisation on the platform, with its amount in cents. */
export async function listFundingFacts(db: Executor): Promise<{ organisationId: string; projectId: string; amountCents: number; at: Date }[]> {
  return (await listProjectsOfOrganisations(db)).map((r) => ({
    organisationId: r.organisationId,
    projectId: r.projectId,
    amountCents: r.amountCents,
    at: new Date(`${r.startsOn}T00:00:00Z`),
  }));
}
