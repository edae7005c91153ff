import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { users } from '../../../platform/db/tables.ts';
import { storedFiles } from '../../../platform/files/tables.ts';
import type { ChallengeRow, SubmissionRow } from '../core/repository.ts';
import { challenges, challengeSubmissionFiles, challengeSubmissions } from '../core/tables.ts';

/*
 * The jury's queries beyond core/: the submitted submissions (the review's subjects), the people
 * behind them, their attachments with the stored file's description, the winners and the decision.
 */

/** The submissions the jury reviews: submitted ones, the earliest first. */
export async function listSubmittedSubmissions(db: Executor, challengeId: string): Promise<SubmissionRow[]> {
  return db
    .select()
    .from(challengeSubmissions)
    .where(and(eq(challengeSubmissions.challengeId, challengeId), eq(challengeSubmissions.status, 'submitted')))
    .orderBy(asc(challengeSubmissions.submittedAt), asc(challengeSubmissions.id));
}

/** Submissions by id, whatever their challenge: the juror's list names the subjects of their assignments. */
export async function listSubmissionsByIds(db: Executor, ids: readonly string[]): Promise<SubmissionRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(challengeSubmissions)
    .where(inArray(challengeSubmissions.id, [...ids]));
}

/** Every published challenge, the latest deadline first: where a juror's assignments can be. */
export async function listPublishedChallenges(db: Executor): Promise<ChallengeRow[]> {
  return db.select().from(challenges).where(eq(challenges.status, 'published')).orderBy(desc(challenges.submissionClosesAt), asc(challenges.id));
}

export interface PersonRow {
  id: string;
  /** null once the account was deleted */
  displayName: string | null;
  email: string;
  locale: 'de' | 'en';
  deleted: boolean;
}

/** The accounts behind submissions, to name them for the editors and to write to them. */
export async function listPeople(db: Executor, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, email: users.email, locale: users.locale, deletedAt: users.deletedAt })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return rows.map((r) => ({
    id: r.id,
    displayName: r.deletedAt === null ? r.displayName : null,
    email: r.email,
    locale: r.locale,
    deleted: r.deletedAt !== null,
  }));
}

export interface AttachmentRow {
  /** the attachment's own id, which its download address names */
  id: string;
  fileId: string;
  title: string;
  contentType: string;
  size: number;
}

function attachments(db: Executor) {
  return db
    .select({
      id: challengeSubmissionFiles.id,
      fileId: challengeSubmissionFiles.fileId,
      title: challengeSubmissionFiles.title,
      contentType: storedFiles.contentType,
      size: storedFiles.size,
    })
    .from(challengeSubmissionFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, challengeSubmissionFiles.fileId));
}

export async function listAttachments(db: Executor, submissionId: string): Promise<AttachmentRow[]> {
  return attachments(db)
    .where(eq(challengeSubmissionFiles.submissionId, submissionId))
    .orderBy(asc(challengeSubmissionFiles.createdAt), asc(challengeSubmissionFiles.id));
}

/** An attachment of this submission; undefined for one of another submission. */
export async function findAttachment(db: Executor, submissionId: string, attachmentId: string): Promise<AttachmentRow | undefined> {
  const [row] = await attachments(db).where(and(eq(challengeSubmissionFiles.submissionId, submissionId), eq(challengeSubmissionFiles.id, attachmentId)));
  return row;
}

/** Sets every submitted submission of the challenge to winner or not, with its award note. */
export async function updateWinners(tx: Executor, challengeId: string, winners: ReadonlyMap<string, string>): Promise<void> {
  await tx
    .update(challengeSubmissions)
    .set({ winner: false, awardNote: '', updatedAt: sql`now()` })
    .where(and(eq(challengeSubmissions.challengeId, challengeId), eq(challengeSubmissions.status, 'submitted')));
  for (const [id, awardNote] of winners) {
    await tx
      .update(challengeSubmissions)
      .set({ winner: true, awardNote })
      .where(and(eq(challengeSubmissions.challengeId, challengeId), eq(challengeSubmissions.status, 'submitted'), eq(challengeSubmissions.id, id)));
  }
}

/** The moment the winners are published: the challenge is decided. */
export async function markDecided(tx: Executor, challengeId: string, now: Date): Promise<void> {
  await tx.update(challenges).set({ decidedAt: now, updatedAt: now }).where(eq(challenges.id, challengeId));
}
