import { and, eq, isNotNull, notInArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { competitionApplications, competitionCoApplicants, competitionProjects } from './tables.ts';

const NOT_SUBMITTED = ['draft', 'withdrawn'] as const;

/** Submitted applications that were not withdrawn, by their applicant. */
export async function listSubmittedApplications(db: Executor): Promise<{ organisationId: string; applicationId: string; submittedAt: Date | null }[]> {
  return db
    .select({
      organisationId: competitionApplications.organisationId,
      applicationId: competitionApplications.id,
      submittedAt: competitionApplications.submittedAt,
    })
    .from(competitionApplications)
    .where(notInArray(competitionApplications.status, [...NOT_SUBMITTED]));
}

/** The partners who confirmed a joint application that was submitted and not withdrawn. */
export async function listConfirmedPartnersOfSubmitted(db: Executor): Promise<{ organisationId: string; applicationId: string; submittedAt: Date | null }[]> {
  return db
    .select({
      organisationId: competitionCoApplicants.organisationId,
      applicationId: competitionApplications.id,
      submittedAt: competitionApplications.submittedAt,
    })
    .from(competitionCoApplicants)
    .innerJoin(competitionApplications, eq(competitionApplications.id, competitionCoApplicants.applicationId))
    .where(and(eq(competitionCoApplicants.status, 'confirmed'), notInArray(competitionApplications.status, [...NOT_SUBMITTED])));
}

/** Funded projects that name their organisation on the platform. */
export async function listProjectsOfOrganisations(
  db: Executor,
): Promise<{ organisationId: string; projectId: string; amountCents: number; startsOn: string }[]> {
  const rows = await db
    .select({
      organisationId: competitionProjects.organisationId,
      projectId: competitionProjects.id,
      amountCents: competitionProjects.amountCents,
      startsOn: competitionProjects.startsOn,
    })
    .from(competitionProjects)
    .where(isNotNull(competitionProjects.organisationId));
  return rows.flatMap((r) => (r.organisationId ? [{ ...r, organisationId: r.organisationId }] : []));
}
