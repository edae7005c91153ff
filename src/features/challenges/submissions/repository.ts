import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import type { SubmissionRow } from '../core/repository.ts';
import { challenges, challengeSubmissionFiles, challengeSubmissions } from '../core/tables.ts';

/** The submitters' queries: their drafts, the team's live submission, the attachments. */

type NewSubmission = Pick<typeof challengeSubmissions.$inferInsert, 'challengeId' | 'submitterId' | 'organisationId' | 'teamKey' | 'title'>;

/** The new draft, or undefined when the team has a live submission already (the partial unique index). */
export async function insertSubmission(tx: Executor, values: NewSubmission): Promise<SubmissionRow | undefined> {
  const [row] = await tx.insert(challengeSubmissions).values(values).onConflictDoNothing().returning();
  return row;
}

/** The team's draft or submitted proposal for the challenge; a withdrawn one does not count. */
export async function findLiveSubmissionOfTeam(db: Executor, challengeId: string, teamKey: string): Promise<SubmissionRow | undefined> {
  const [row] = await db
    .select()
    .from(challengeSubmissions)
    .where(and(eq(challengeSubmissions.challengeId, challengeId), eq(challengeSubmissions.teamKey, teamKey), ne(challengeSubmissions.status, 'withdrawn')));
  return row;
}

/** The person's live submissions for the challenge, for the start page's link to them. */
export async function listLiveSubmissionsOfSubmitter(db: Executor, challengeId: string, submitterId: string): Promise<SubmissionRow[]> {
  return db
    .select()
    .from(challengeSubmissions)
    .where(
      and(eq(challengeSubmissions.challengeId, challengeId), eq(challengeSubmissions.submitterId, submitterId), ne(challengeSubmissions.status, 'withdrawn')),
    )
    .orderBy(asc(challengeSubmissions.createdAt));
}

export async function lockSubmission(tx: Executor, id: string): Promise<SubmissionRow | undefined> {
  const [row] = await tx.select().from(challengeSubmissions).where(eq(challengeSubmissions.id, id)).for('update');
  return row;
}

type SubmissionPatch = Partial<
  Pick<SubmissionRow, 'title' | 'summary' | 'description' | 'team' | 'references' | 'costs' | 'status' | 'submittedAt' | 'withdrawnAt'>
>;

export async function updateSubmission(tx: Executor, id: string, patch: SubmissionPatch): Promise<SubmissionRow> {
  const [row] = await tx
    .update(challengeSubmissions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(challengeSubmissions.id, id))
    .returning();
  if (!row) throw new Error(`submission ${id} vanished under its lock`);
  return row;
}

/** A line of the person's list of submissions. */
export interface OwnSubmissionListRow {
  id: string;
  title: string;
  status: SubmissionRow['status'];
  winner: boolean;
  challengeTitle: string;
  challengeSlug: string;
  challengeStatus: (typeof challenges.$inferSelect)['status'];
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  questionsUntil: Date;
  decidedAt: Date | null;
}

export async function listSubmissionsOfSubmitter(db: Executor, submitterId: string): Promise<OwnSubmissionListRow[]> {
  return db
    .select({
      id: challengeSubmissions.id,
      title: challengeSubmissions.title,
      status: challengeSubmissions.status,
      winner: challengeSubmissions.winner,
      challengeTitle: challenges.title,
      challengeSlug: challenges.slug,
      challengeStatus: challenges.status,
      submissionOpensAt: challenges.submissionOpensAt,
      submissionClosesAt: challenges.submissionClosesAt,
      questionsUntil: challenges.questionsUntil,
      decidedAt: challenges.decidedAt,
    })
    .from(challengeSubmissions)
    .innerJoin(challenges, eq(challenges.id, challengeSubmissions.challengeId))
    .where(eq(challengeSubmissions.submitterId, submitterId))
    .orderBy(desc(challenges.submissionClosesAt), asc(challengeSubmissions.createdAt));
}

/** An attachment with what the list shows of its file. */
export interface AttachmentRow {
  id: string;
  title: string;
  fileId: string;
  contentType: string;
  size: number;
}

const attachmentColumns = {
  id: challengeSubmissionFiles.id,
  title: challengeSubmissionFiles.title,
  fileId: challengeSubmissionFiles.fileId,
  contentType: storedFiles.contentType,
  size: storedFiles.size,
};

export async function listAttachments(db: Executor, submissionId: string): Promise<AttachmentRow[]> {
  return db
    .select(attachmentColumns)
    .from(challengeSubmissionFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, challengeSubmissionFiles.fileId))
    .where(eq(challengeSubmissionFiles.submissionId, submissionId))
    .orderBy(asc(challengeSubmissionFiles.createdAt), asc(challengeSubmissionFiles.id));
}

/** An attachment of this submission; undefined for one of another submission. */
export async function findAttachment(db: Executor, submissionId: string, attachmentId: string): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select(attachmentColumns)
    .from(challengeSubmissionFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, challengeSubmissionFiles.fileId))
    .where(and(eq(challengeSubmissionFiles.submissionId, submissionId), eq(challengeSubmissionFiles.id, attachmentId)));
  return row;
}

export async function countAttachments(tx: Executor, submissionId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(challengeSubmissionFiles).where(eq(challengeSubmissionFiles.submissionId, submissionId));
  return row?.n ?? 0;
}

export async function insertAttachment(tx: Executor, values: { submissionId: string; fileId: string; title: string }) {
  const [row] = await tx.insert(challengeSubmissionFiles).values(values).returning();
  if (!row) throw new Error('attachment not inserted');
  return row;
}

export async function deleteAttachment(tx: Executor, submissionId: string, attachmentId: string) {
  const [row] = await tx
    .delete(challengeSubmissionFiles)
    .where(and(eq(challengeSubmissionFiles.submissionId, submissionId), eq(challengeSubmissionFiles.id, attachmentId)))
    .returning();
  return row;
}
