import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { users, type SiteRole } from '../../platform/db/tables.ts';
import { reviewAssignments, reviews, reviewScores, type ConflictState, type Recommendation, type ReviewStatus } from './tables.ts';

export type AssignmentRow = typeof reviewAssignments.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;
export type ScoreRow = typeof reviewScores.$inferSelect;

// ---- people ----------------------------------------------------------------------------

export interface PersonRoleRow {
  id: string;
  siteRole: SiteRole;
  deleted: boolean;
}

/** The site role of each of these accounts; ids without an account are missing from the answer. */
export async function listSiteRoles(db: Executor, userIds: readonly string[]): Promise<PersonRoleRow[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id, siteRole: users.siteRole, deletedAt: users.deletedAt })
    .from(users)
    .where(inArray(users.id, [...userIds]));
  return rows.map((r) => ({ id: r.id, siteRole: r.siteRole, deleted: r.deletedAt !== null }));
}

export interface JurorRow {
  id: string;
  displayName: string;
  email: string;
}

/** Every account with the site role juror, by name: whom an editor can assign. */
export async function listJurors(db: Executor): Promise<JurorRow[]> {
  return db
    .select({ id: users.id, displayName: users.displayName, email: users.email })
    .from(users)
    .where(and(eq(users.siteRole, 'juror'), isNull(users.deletedAt)))
    .orderBy(asc(sql`lower(${users.displayName})`), asc(users.id));
}

// ---- assignments -----------------------------------------------------------------------

export async function findAssignment(db: Executor, id: string): Promise<AssignmentRow | undefined> {
  const rows = await db.select().from(reviewAssignments).where(eq(reviewAssignments.id, id));
  return rows[0];
}

/** Locks the assignment until the transaction ends: its review and its declaration change one at a time. */
export async function lockAssignment(db: Executor, id: string): Promise<AssignmentRow | undefined> {
  const rows = await db.select().from(reviewAssignments).where(eq(reviewAssignments.id, id)).for('update');
  return rows[0];
}

/** The assignments of these subjects to these jurors that exist already, locked until the transaction ends. */
export async function lockAssignmentsOf(db: Executor, subjectIds: readonly string[], jurorIds: readonly string[]): Promise<AssignmentRow[]> {
  if (subjectIds.length === 0 || jurorIds.length === 0) return [];
  return db
    .select()
    .from(reviewAssignments)
    .where(and(inArray(reviewAssignments.subjectId, [...subjectIds]), inArray(reviewAssignments.jurorId, [...jurorIds])))
    .for('update');
}

/** Inserts an assignment; undefined when the juror is assigned to the subject already. */
export async function insertAssignment(
  db: Executor,
  values: { processKey: string; subjectId: string; jurorId: string; assignedBy: string | null },
): Promise<AssignmentRow | undefined> {
  const rows = await db.insert(reviewAssignments).values(values).onConflictDoNothing().returning();
  return rows[0];
}

/** Its review and scores go with it (on delete cascade). */
export async function deleteAssignment(db: Executor, id: string): Promise<void> {
  await db.delete(reviewAssignments).where(eq(reviewAssignments.id, id));
}

/** Every assignment of these subjects of the process, with their reviews and scores (on delete cascade); the number deleted. */
export async function deleteAssignmentsOfSubjects(db: Executor, processKey: string, subjectIds: readonly string[]): Promise<number> {
  if (subjectIds.length === 0) return 0;
  const rows = await db
    .delete(reviewAssignments)
    .where(and(eq(reviewAssignments.processKey, processKey), inArray(reviewAssignments.subjectId, [...subjectIds])))
    .returning({ id: reviewAssignments.id });
  return rows.length;
}

export async function updateAssignmentConflict(
  db: Executor,
  id: string,
  values: { conflict: ConflictState; conflictNote: string },
): Promise<AssignmentRow | undefined> {
  const rows = await db
    .update(reviewAssignments)
    .set({ ...values, declaredAt: sql`now()` })
    .where(eq(reviewAssignments.id, id))
    .returning();
  return rows[0];
}

/** An assignment with the state of its review, as lists show it. */
export interface AssignmentListRow {
  id: string;
  processKey: string;
  subjectId: string;
  /** null once the juror's account was deleted */
  jurorId: string | null;
  /** null once the juror's account was deleted */
  jurorName: string | null;
  assignedAt: Date;
  conflict: ConflictState | null;
  conflictNote: string;
  declaredAt: Date | null;
  /** null: the juror has not saved anything yet */
  reviewStatus: ReviewStatus | null;
  recommendation: Recommendation | null;
  reviewComment: string;
  updatedAt: Date | null;
  submittedAt: Date | null;
}

function listAssignments(db: Executor) {
  return db
    .select({
      id: reviewAssignments.id,
      processKey: reviewAssignments.processKey,
      subjectId: reviewAssignments.subjectId,
      jurorId: reviewAssignments.jurorId,
      // an anonymised account keeps its row; its name is then no one's
      jurorName: sql<string | null>`case when ${users.deletedAt} is null then ${users.displayName} end`,
      assignedAt: reviewAssignments.assignedAt,
      conflict: reviewAssignments.conflict,
      conflictNote: reviewAssignments.conflictNote,
      declaredAt: reviewAssignments.declaredAt,
      reviewStatus: reviews.status,
      recommendation: reviews.recommendation,
      reviewComment: sql<string>`coalesce(${reviews.comment}, '')`,
      updatedAt: reviews.updatedAt,
      submittedAt: reviews.submittedAt,
    })
    .from(reviewAssignments)
    .leftJoin(users, eq(users.id, reviewAssignments.jurorId))
    .leftJoin(reviews, eq(reviews.assignmentId, reviewAssignments.id));
}

const byJurorName = [asc(sql`lower(coalesce(${users.displayName}, ''))`), asc(reviewAssignments.assignedAt), asc(reviewAssignments.id)];

export async function listAssignmentsOfProcess(db: Executor, processKey: string): Promise<AssignmentListRow[]> {
  return listAssignments(db)
    .where(eq(reviewAssignments.processKey, processKey))
    .orderBy(asc(reviewAssignments.subjectId), ...byJurorName);
}

export async function listAssignmentsOfSubjects(db: Executor, processKey: string, subjectIds: readonly string[]): Promise<AssignmentListRow[]> {
  if (subjectIds.length === 0) return [];
  return listAssignments(db)
    .where(and(eq(reviewAssignments.processKey, processKey), inArray(reviewAssignments.subjectId, [...subjectIds])))
    .orderBy(asc(reviewAssignments.subjectId), ...byJurorName);
}

export async function listAssignmentsOfSubject(db: Executor, subjectId: string): Promise<AssignmentListRow[]> {
  return listAssignments(db)
    .where(eq(reviewAssignments.subjectId, subjectId))
    .orderBy(...byJurorName);
}

export async function listAssignmentsOfJuror(db: Executor, jurorId: string, processKey?: string): Promise<AssignmentListRow[]> {
  return listAssignments(db)
    .where(and(eq(reviewAssignments.jurorId, jurorId), processKey === undefined ? undefined : eq(reviewAssignments.processKey, processKey)))
    .orderBy(asc(reviewAssignments.processKey), asc(reviewAssignments.assignedAt), asc(reviewAssignments.id));
}

export async function findAssignmentListRow(db: Executor, id: string): Promise<AssignmentListRow | undefined> {
  const rows = await listAssignments(db).where(eq(reviewAssignments.id, id));
  return rows[0];
}

// ---- reviews and scores ----------------------------------------------------------------

export async function findReview(db: Executor, assignmentId: string): Promise<ReviewRow | undefined> {
  const rows = await db.select().from(reviews).where(eq(reviews.assignmentId, assignmentId));
  return rows[0];
}

/** Creates or replaces the review of an assignment. */
export async function upsertReview(
  db: Executor,
  values: { assignmentId: string; status: ReviewStatus; recommendation: Recommendation | null; comment: string; submittedAt: Date | null },
): Promise<ReviewRow> {
  const { assignmentId, ...rest } = values;
  const rows = await db
    .insert(reviews)
    .values({ ...values, updatedAt: sql`now()` })
    .onConflictDoUpdate({ target: reviews.assignmentId, set: { ...rest, updatedAt: sql`now()` } })
    .returning();
  return rows[0]!;
}

/** Replaces every score of the review by these. */
export async function replaceScores(
  db: Executor,
  assignmentId: string,
  scores: { criterionId: string; score: number | null; comment: string }[],
): Promise<void> {
  await db.delete(reviewScores).where(eq(reviewScores.assignmentId, assignmentId));
  if (scores.length > 0) await db.insert(reviewScores).values(scores.map((s) => ({ assignmentId, ...s })));
}

export async function listScores(db: Executor, assignmentIds: readonly string[]): Promise<ScoreRow[]> {
  if (assignmentIds.length === 0) return [];
  return db
    .select()
    .from(reviewScores)
    .where(inArray(reviewScores.assignmentId, [...assignmentIds]));
}

// ---- personal data ---------------------------------------------------------------------

/**
 * On the deletion of a juror's account: what they had not submitted goes (assignments without
 * a submitted review, with their drafts and declarations); submitted reviews stay with the
 * process, without the link to the person and without the note of their declaration.
 */
export async function unlinkJuror(db: Executor, userId: string): Promise<void> {
  const submitted = db.select({ id: reviews.assignmentId }).from(reviews).where(eq(reviews.status, 'submitted'));
  await db.delete(reviewAssignments).where(and(eq(reviewAssignments.jurorId, userId), notInArray(reviewAssignments.id, submitted)));
  await db.update(reviewAssignments).set({ jurorId: null, conflictNote: '' }).where(eq(reviewAssignments.jurorId, userId));
}

/** Assignments an editor made stay, without the link to the editor. */
export async function unlinkAssigner(db: Executor, userId: string): Promise<void> {
  await db.update(reviewAssignments).set({ assignedBy: null }).where(eq(reviewAssignments.assignedBy, userId));
}
