import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import {
  competitionAnswers,
  competitionApplications,
  competitionAttachments,
  competitionBudgetItems,
  competitionCoApplicants,
  type ApplicationStatus,
} from '../core/application-tables.ts';
import { applicantStatus } from '../core/application-states.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import { competitionCalls } from '../core/call-tables.ts';
import type { ApplicationRow } from '../core/application-repository.ts';

// the application's own row is read and written in core/, where the decisions reach it too
export { findApplication, lockApplication, updateApplicationRow, type ApplicationRow } from '../core/application-repository.ts';

export type BudgetItemRow = typeof competitionBudgetItems.$inferSelect;
export type CoApplicantRow = typeof competitionCoApplicants.$inferSelect;
export type AttachmentRow = typeof competitionAttachments.$inferSelect;

/** The organisation's application to the call that counts: any but a withdrawn one. */
export async function findCurrentApplication(db: Executor, callId: string, organisationId: string): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(competitionApplications)
    .where(
      and(
        eq(competitionApplications.callId, callId),
        eq(competitionApplications.organisationId, organisationId),
        ne(competitionApplications.status, 'withdrawn'),
      ),
    );
  return row;
}

/** A new draft; undefined when the organisation has one for the call already (the unique index decides). */
export async function insertApplication(
  db: Executor,
  values: Pick<typeof competitionApplications.$inferInsert, 'id' | 'callId' | 'organisationId' | 'organisationName' | 'createdBy'>,
): Promise<ApplicationRow | undefined> {
  const [row] = await db.insert(competitionApplications).values(values).onConflictDoNothing().returning();
  return row;
}

/** How many applications of the call have a reference: the next one gets the number after. */
export async function countReferences(db: Executor, callId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(competitionApplications)
    .where(and(eq(competitionApplications.callId, callId), isNotNull(competitionApplications.reference)));
  return row?.n ?? 0;
}

/** An application with the call it belongs to, for lists. */
export interface ApplicationListRow {
  id: string;
  status: ApplicationStatus;
  title: string;
  organisationId: string;
  organisationName: string;
  reference: string | null;
  submittedAt: Date | null;
  updatedAt: Date;
  /** the award, told to the applicant only once the call's decisions are released */
  awardedCents: number | null;
  decisionReason: string | null;
  callId: string;
  callTitle: string;
  callSlug: string;
  closesAt: Date;
  decisionsReleasedAt: Date | null;
}

const listColumns = {
  id: competitionApplications.id,
  status: competitionApplications.status,
  title: competitionApplications.title,
  organisationId: competitionApplications.organisationId,
  organisationName: competitionApplications.organisationName,
  reference: competitionApplications.reference,
  submittedAt: competitionApplications.submittedAt,
  updatedAt: competitionApplications.updatedAt,
  awardedCents: competitionApplications.awardedCents,
  decisionReason: competitionApplications.decisionReason,
  callId: competitionCalls.id,
  callTitle: competitionCalls.title,
  callSlug: competitionCalls.slug,
  closesAt: competitionCalls.closesAt,
  decisionsReleasedAt: competitionCalls.decisionsReleasedAt,
};

/** The applications of the organisations, newest call first. */
export async function listApplicationsOfOrganisations(db: Executor, organisationIds: string[]): Promise<ApplicationListRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .select(listColumns)
    .from(competitionApplications)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionApplications.callId))
    .where(inArray(competitionApplications.organisationId, organisationIds))
    .orderBy(desc(competitionCalls.closesAt), asc(competitionApplications.organisationName));
}

/** The call's applications that were submitted, for the editors; drafts are the applicants' own. */
export async function listSubmittedApplications(db: Executor, callId: string): Promise<ApplicationListRow[]> {
  return db
    .select(listColumns)
    .from(competitionApplications)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionApplications.callId))
    .where(and(eq(competitionApplications.callId, callId), ne(competitionApplications.status, 'draft')))
    .orderBy(asc(competitionApplications.reference));
}

/** How many applications of the call are in each status. */
export async function countApplicationsByStatus(db: Executor, callId: string): Promise<Map<ApplicationStatus, number>> {
  const rows = await db
    .select({ status: competitionApplications.status, n: sql<number>`count(*)::int` })
    .from(competitionApplications)
    .where(eq(competitionApplications.callId, callId))
    .groupBy(competitionApplications.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

export async function listAnswers(db: Executor, applicationId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ questionId: competitionAnswers.questionId, value: competitionAnswers.value })
    .from(competitionAnswers)
    .where(eq(competitionAnswers.applicationId, applicationId));
  return new Map(rows.map((r) => [r.questionId, r.value]));
}

/** Writes the answers of a section, replacing earlier ones. */
export async function saveAnswers(db: Executor, applicationId: string, answers: { questionId: string; value: string }[]): Promise<void> {
  if (answers.length === 0) return;
  await db
    .insert(competitionAnswers)
    .values(answers.map((a) => ({ applicationId, ...a })))
    .onConflictDoUpdate({
      target: [competitionAnswers.applicationId, competitionAnswers.questionId],
      set: { value: sql`excluded.value`, updatedAt: new Date() },
    });
}

export async function listBudgetItems(db: Executor, applicationId: string): Promise<BudgetItemRow[]> {
  return db
    .select()
    .from(competitionBudgetItems)
    .where(eq(competitionBudgetItems.applicationId, applicationId))
    .orderBy(asc(competitionBudgetItems.year), asc(competitionBudgetItems.category), asc(competitionBudgetItems.createdAt));
}

export async function insertBudgetItem(db: Executor, values: typeof competitionBudgetItems.$inferInsert): Promise<BudgetItemRow> {
  const [row] = await db.insert(competitionBudgetItems).values(values).returning();
  return row!;
}

/** Deletes the item only if it belongs to the application; false: there was none. */
export async function deleteBudgetItem(db: Executor, applicationId: string, itemId: string): Promise<BudgetItemRow | undefined> {
  const [row] = await db
    .delete(competitionBudgetItems)
    .where(and(eq(competitionBudgetItems.id, itemId), eq(competitionBudgetItems.applicationId, applicationId)))
    .returning();
  return row;
}

export async function listCoApplicants(db: Executor, applicationId: string): Promise<CoApplicantRow[]> {
  return db
    .select()
    .from(competitionCoApplicants)
    .where(eq(competitionCoApplicants.applicationId, applicationId))
    .orderBy(asc(competitionCoApplicants.invitedAt));
}

/** Invites the organisation; undefined when it is invited already. */
export async function insertCoApplicant(
  db: Executor,
  values: Pick<typeof competitionCoApplicants.$inferInsert, 'applicationId' | 'organisationId' | 'organisationName' | 'part' | 'status' | 'answeredAt'>,
): Promise<CoApplicantRow | undefined> {
  const [row] = await db.insert(competitionCoApplicants).values(values).onConflictDoNothing().returning();
  return row;
}

export async function deleteCoApplicant(db: Executor, applicationId: string, organisationId: string): Promise<CoApplicantRow | undefined> {
  const [row] = await db
    .delete(competitionCoApplicants)
    .where(and(eq(competitionCoApplicants.applicationId, applicationId), eq(competitionCoApplicants.organisationId, organisationId)))
    .returning();
  return row;
}

/** Records the invited organisation's answer, once: undefined when it had answered already or was not invited. */
export async function answerCoApplicant(
  db: Executor,
  options: { applicationId: string; organisationId: string; status: 'confirmed' | 'declined'; userId: string },
): Promise<CoApplicantRow | undefined> {
  const [row] = await db
    .update(competitionCoApplicants)
    .set({ status: options.status, answeredAt: new Date(), answeredBy: options.userId })
    .where(
      and(
        eq(competitionCoApplicants.applicationId, options.applicationId),
        eq(competitionCoApplicants.organisationId, options.organisationId),
        eq(competitionCoApplicants.status, 'invited'),
      ),
    )
    .returning();
  return row;
}

/** An invitation to apply together, as the invited organisation's managers see it. */
export interface InvitationRow {
  applicationId: string;
  organisationId: string;
  part: string;
  status: CoApplicantRow['status'];
  applicantName: string;
  title: string;
  applicationStatus: ApplicationStatus;
  callTitle: string;
  closesAt: Date;
  decisionsReleasedAt: Date | null;
}

export async function listInvitationsOfOrganisations(db: Executor, organisationIds: string[]): Promise<InvitationRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .select({
      applicationId: competitionCoApplicants.applicationId,
      organisationId: competitionCoApplicants.organisationId,
      part: competitionCoApplicants.part,
      status: competitionCoApplicants.status,
      applicantName: competitionApplications.organisationName,
      title: competitionApplications.title,
      applicationStatus: competitionApplications.status,
      callTitle: competitionCalls.title,
      closesAt: competitionCalls.closesAt,
      decisionsReleasedAt: competitionCalls.decisionsReleasedAt,
    })
    .from(competitionCoApplicants)
    .innerJoin(competitionApplications, eq(competitionApplications.id, competitionCoApplicants.applicationId))
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionApplications.callId))
    .where(and(inArray(competitionCoApplicants.organisationId, organisationIds), ne(competitionApplications.status, 'withdrawn')))
    .orderBy(desc(competitionCoApplicants.invitedAt));
}

export async function insertAttachment(db: Executor, values: typeof competitionAttachments.$inferInsert): Promise<AttachmentRow> {
  const [row] = await db.insert(competitionAttachments).values(values).returning();
  return row!;
}

export async function deleteAttachment(db: Executor, applicationId: string, attachmentId: string): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .delete(competitionAttachments)
    .where(and(eq(competitionAttachments.id, attachmentId), eq(competitionAttachments.applicationId, applicationId)))
    .returning();
  return row;
}

/** Applications a person started or submitted, for the data export, with no decision before its release. */
export async function listApplicationsOfUser(
  db: Executor,
  userId: string,
): Promise<Pick<ApplicationRow, 'id' | 'title' | 'organisationName' | 'status' | 'createdAt'>[]> {
  const rows = await db
    .select({
      id: competitionApplications.id,
      title: competitionApplications.title,
      organisationName: competitionApplications.organisationName,
      status: competitionApplications.status,
      createdAt: competitionApplications.createdAt,
      decisionsReleasedAt: competitionCalls.decisionsReleasedAt,
    })
    .from(competitionApplications)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionApplications.callId))
    .where(sql`${competitionApplications.createdBy} = ${userId} or ${competitionApplications.submittedBy} = ${userId}`);
  return rows.map(({ decisionsReleasedAt, ...row }) => ({ ...row, status: applicantStatus(row.status, decisionsReleasedAt !== null) }));
}

/** On account deletion the applications stay with their organisation; the person's name goes. */
export async function unlinkApplicationsOfUser(db: Executor, userId: string): Promise<void> {
  await db.update(competitionApplications).set({ createdBy: null }).where(eq(competitionApplications.createdBy, userId));
  await db.update(competitionApplications).set({ submittedBy: null }).where(eq(competitionApplications.submittedBy, userId));
  await db.update(competitionCoApplicants).set({ answeredBy: null }).where(eq(competitionCoApplicants.answeredBy, userId));
}

/** An attachment with what the file store knows of its file. */
export interface AttachmentWithFile extends AttachmentRow {
  originalName: string;
  contentType: string;
  size: number;
}

export async function listAttachmentsWithFiles(db: Executor, applicationId: string): Promise<AttachmentWithFile[]> {
  const rows = await db
    .select({ attachment: competitionAttachments, originalName: storedFiles.originalName, contentType: storedFiles.contentType, size: storedFiles.size })
    .from(competitionAttachments)
    .innerJoin(storedFiles, eq(storedFiles.id, competitionAttachments.fileId))
    .where(eq(competitionAttachments.applicationId, applicationId))
    .orderBy(asc(competitionAttachments.createdAt));
  return rows.map((r) => ({ ...r.attachment, originalName: r.originalName, contentType: r.contentType, size: r.size }));
}

/** The sum of each application's cost items in the call, by application id. */
export async function sumBudgetsOfCall(db: Executor, callId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: competitionBudgetItems.applicationId, total: sql<string>`sum(${competitionBudgetItems.amountCents})` })
    .from(competitionBudgetItems)
    .innerJoin(competitionApplications, eq(competitionApplications.id, competitionBudgetItems.applicationId))
    .where(eq(competitionApplications.callId, callId))
    .groupBy(competitionBudgetItems.applicationId);
  return new Map(rows.map((r) => [r.id, Number(r.total)]));
}
