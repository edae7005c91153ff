import { and, asc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { deleteStoredFile } from '../../platform/files/repository.ts';
import { storedFiles } from '../../platform/files/tables.ts';
import { challengeQuestions, challenges, challengeSubmissionFiles, challengeSubmissions } from './core/tables.ts';

/*
 * The Call for Solutions' personal data, for the export, the account's deletion and the
 * retention sweep (personal-data.ts, retention-sweep.ts).
 */

/** The questions the person asked, with the answers, and the challenge's title. */
export async function listQuestionsAskedBy(db: Executor, userId: string) {
  return db
    .select({
      challenge: challenges.title,
      question: challengeQuestions.question,
      askedAt: challengeQuestions.askedAt,
      answer: challengeQuestions.answer,
      answeredAt: challengeQuestions.answeredAt,
    })
    .from(challengeQuestions)
    .innerJoin(challenges, eq(challenges.id, challengeQuestions.challengeId))
    .where(eq(challengeQuestions.askedBy, userId))
    .orderBy(asc(challengeQuestions.askedAt));
}

/** The answers the person gave as an owner of a challenge. */
export async function listAnswersGivenBy(db: Executor, userId: string) {
  return db
    .select({
      challenge: challenges.title,
      question: challengeQuestions.question,
      answer: challengeQuestions.answer,
      answeredAt: challengeQuestions.answeredAt,
    })
    .from(challengeQuestions)
    .innerJoin(challenges, eq(challenges.id, challengeQuestions.challengeId))
    .where(eq(challengeQuestions.answeredBy, userId))
    .orderBy(asc(challengeQuestions.answeredAt));
}

/** The person's submissions, every field, with the challenge's title and the names of the attached files. */
export async function listSubmissionsOf(db: Executor, userId: string) {
  const rows = await db
    .select({ submission: challengeSubmissions, challenge: challenges.title })
    .from(challengeSubmissions)
    .innerJoin(challenges, eq(challenges.id, challengeSubmissions.challengeId))
    .where(eq(challengeSubmissions.submitterId, userId))
    .orderBy(asc(challengeSubmissions.createdAt));
  const ids = rows.map((r) => r.submission.id);
  const files =
    ids.length === 0
      ? []
      : await db
          .select({ submissionId: challengeSubmissionFiles.submissionId, title: challengeSubmissionFiles.title, fileName: storedFiles.originalName })
          .from(challengeSubmissionFiles)
          .innerJoin(storedFiles, eq(storedFiles.id, challengeSubmissionFiles.fileId))
          .where(inArray(challengeSubmissionFiles.submissionId, ids))
          .orderBy(asc(challengeSubmissionFiles.createdAt));
  return rows.map((r) => ({ ...r, files: files.filter((f) => f.submissionId === r.submission.id).map(({ title, fileName }) => ({ title, fileName })) }));
}

/** The questions stay (answered ones are public) without the person who asked or answered. */
export async function unlinkQuestionsOf(tx: Executor, userId: string): Promise<void> {
  await tx.update(challengeQuestions).set({ askedBy: null }).where(eq(challengeQuestions.askedBy, userId));
  await tx.update(challengeQuestions).set({ answeredBy: null }).where(eq(challengeQuestions.answeredBy, userId));
}

/** Deletes the submissions with their file links and returns the stored files' ids, now unreferenced. */
async function deleteSubmissions(tx: Executor, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const files = await tx
    .delete(challengeSubmissionFiles)
    .where(inArray(challengeSubmissionFiles.submissionId, ids))
    .returning({ fileId: challengeSubmissionFiles.fileId });
  await tx.delete(challengeSubmissions).where(inArray(challengeSubmissions.id, ids));
  return files.map((f) => f.fileId);
}

/**
 * At the account's deletion: what only the person is behind goes (drafts, withdrawn proposals,
 * their own proposals for challenges not decided yet) with its files' rows; proposals for an
 * organisation and decided ones stay with the challenge, without the person.
 */
export async function eraseSubmissionsOf(tx: Executor, userId: string): Promise<{ deleted: { id: string; challengeId: string }[]; unlinked: number }> {
  const own = await tx
    .select({ id: challengeSubmissions.id, challengeId: challengeSubmissions.challengeId })
    .from(challengeSubmissions)
    .innerJoin(challenges, eq(challenges.id, challengeSubmissions.challengeId))
    .where(
      and(
        eq(challengeSubmissions.submitterId, userId),
        or(
          inArray(challengeSubmissions.status, ['draft', 'withdrawn']),
          and(isNull(challengeSubmissions.organisationId), isNull(challenges.decidedAt), eq(challengeSubmissions.winner, false)),
        ),
      ),
    );
  const fileIds = await deleteSubmissions(
    tx,
    own.map((r) => r.id),
  );
  // The embedded database keeps the bytes in DATA_DIR/files without a row: erase has only the transaction.
  for (const id of fileIds) await deleteStoredFile(tx, id);
  const unlinked = await tx
    .update(challengeSubmissions)
    .set({ submitterId: null })
    .where(eq(challengeSubmissions.submitterId, userId))
    .returning({ id: challengeSubmissions.id });
  return { deleted: own, unlinked: unlinked.length };
}

/** Decided challenges whose retention has run out and that still hold a losing proposal or a linked asker. */
export async function listChallengesDueForRemoval(db: Executor, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: challenges.id })
    .from(challenges)
    .where(
      and(
        isNotNull(challenges.decidedAt),
        lt(sql`${challenges.decidedAt} + make_interval(days => ${challenges.retentionDays})`, now),
        or(
          sql`exists (select 1 from ${challengeSubmissions} s where s.challenge_id = ${challenges.id} and s.winner = false)`,
          sql`exists (select 1 from ${challengeQuestions} q where q.challenge_id = ${challenges.id} and q.asked_by is not null)`,
        ),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * The retention's end for one challenge: every proposal that did not win goes (file links too;
 * the caller removes the files themselves after commit), askers are unlinked from their questions.
 */
export async function removeExpiredOfChallenge(tx: Executor, challengeId: string): Promise<{ submissionIds: string[]; askers: number; fileIds: string[] }> {
  const losers = await tx
    .select({ id: challengeSubmissions.id })
    .from(challengeSubmissions)
    .where(and(eq(challengeSubmissions.challengeId, challengeId), eq(challengeSubmissions.winner, false)))
    .for('update');
  const fileIds = await deleteSubmissions(
    tx,
    losers.map((r) => r.id),
  );
  const askers = await tx
    .update(challengeQuestions)
    .set({ askedBy: null })
    .where(and(eq(challengeQuestions.challengeId, challengeId), isNotNull(challengeQuestions.askedBy)))
    .returning({ id: challengeQuestions.id });
  return { submissionIds: losers.map((r) => r.id), askers: askers.length, fileIds };
}
