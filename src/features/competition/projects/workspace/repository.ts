import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/client.ts';
import { competitionCalls, competitionMilestones, competitionPayments, competitionProjects, type ProjectStatus } from '../../core/tables.ts';
import type { ProjectRow } from '../../core/project-repository.ts';

export type MilestoneRow = typeof competitionMilestones.$inferSelect;
export type PaymentRow = typeof competitionPayments.$inferSelect;

/** The project, locked until the transaction ends: payment requests of one project follow each other. */
export async function lockProject(db: Executor, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(competitionProjects).where(eq(competitionProjects.id, id)).for('update');
  return row;
}

export async function updateProjectStatus(db: Executor, id: string, status: ProjectStatus): Promise<void> {
  await db.update(competitionProjects).set({ status, updatedAt: new Date() }).where(eq(competitionProjects.id, id));
}

export async function listMilestones(db: Executor, projectId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(competitionMilestones)
    .where(eq(competitionMilestones.projectId, projectId))
    .orderBy(asc(competitionMilestones.dueOn), asc(competitionMilestones.createdAt));
}

/** A milestone only under its own project; another project's milestone is not found. */
export async function findMilestone(db: Executor, projectId: string, milestoneId: string): Promise<MilestoneRow | undefined> {
  const [row] = await db
    .select()
    .from(competitionMilestones)
    .where(and(eq(competitionMilestones.projectId, projectId), eq(competitionMilestones.id, milestoneId)));
  return row;
}

export async function insertMilestone(db: Executor, values: typeof competitionMilestones.$inferInsert): Promise<MilestoneRow> {
  const [row] = await db.insert(competitionMilestones).values(values).returning();
  return row!;
}

/** Marks the milestone reached unless it is already; undefined when it was (or is not the project's). */
export async function markMilestoneReached(db: Executor, projectId: string, milestoneId: string, reachedOn: string): Promise<MilestoneRow | undefined> {
  const [row] = await db
    .update(competitionMilestones)
    .set({ reachedOn })
    .where(and(eq(competitionMilestones.projectId, projectId), eq(competitionMilestones.id, milestoneId), isNull(competitionMilestones.reachedOn)))
    .returning();
  return row;
}

/** Deletes the milestone if it is not reached; undefined when nothing was deleted. */
export async function deleteOpenMilestone(db: Executor, projectId: string, milestoneId: string): Promise<MilestoneRow | undefined> {
  const [row] = await db
    .delete(competitionMilestones)
    .where(and(eq(competitionMilestones.projectId, projectId), eq(competitionMilestones.id, milestoneId), isNull(competitionMilestones.reachedOn)))
    .returning();
  return row;
}

export async function listPayments(db: Executor, projectId: string): Promise<PaymentRow[]> {
  return db
    .select()
    .from(competitionPayments)
    .where(eq(competitionPayments.projectId, projectId))
    .orderBy(asc(competitionPayments.requestedAt), asc(competitionPayments.id));
}

/** A payment request only under its own project. */
export async function findPayment(db: Executor, projectId: string, paymentId: string): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(competitionPayments)
    .where(and(eq(competitionPayments.projectId, projectId), eq(competitionPayments.id, paymentId)));
  return row;
}

/** The payment request, locked, so that two editors' decisions follow each other. */
export async function lockPayment(db: Executor, projectId: string, paymentId: string): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(competitionPayments)
    .where(and(eq(competitionPayments.projectId, projectId), eq(competitionPayments.id, paymentId)))
    .for('update');
  return row;
}

export async function insertPayment(db: Executor, values: typeof competitionPayments.$inferInsert): Promise<PaymentRow> {
  const [row] = await db.insert(competitionPayments).values(values).returning();
  return row!;
}

export async function updatePayment(
  db: Executor,
  id: string,
  values: Partial<Pick<PaymentRow, 'status' | 'note' | 'approvedAt' | 'paidAt' | 'decidedBy'>>,
): Promise<PaymentRow> {
  const [row] = await db.update(competitionPayments).set(values).where(eq(competitionPayments.id, id)).returning();
  return row!;
}

/** A funded project with its call and where its money stands, for the editors' list. */
export interface ProjectListRow {
  id: string;
  title: string;
  municipality: string;
  status: ProjectStatus;
  amountCents: number;
  callTitle: string;
  paidCents: number;
  /** the award minus every request that is not rejected */
  remainingCents: number;
  /** requested or approved: what waits for the editors */
  openRequests: number;
}

const p = competitionPayments;

/** Every funded project of every call, newest call first, then by municipality. */
export async function listProjectsForEditors(db: Executor): Promise<ProjectListRow[]> {
  return db
    .select({
      id: competitionProjects.id,
      title: competitionProjects.title,
      municipality: competitionProjects.municipality,
      status: competitionProjects.status,
      amountCents: competitionProjects.amountCents,
      callTitle: competitionCalls.title,
      paidCents: sql<number>`coalesce(sum(${p.amountCents}) filter (where ${p.status} = 'paid'), 0)`.mapWith(Number),
      remainingCents: sql<number>`${competitionProjects.amountCents} - coalesce(sum(${p.amountCents}) filter (where ${p.status} <> 'rejected'), 0)`.mapWith(
        Number,
      ),
      openRequests: sql<number>`count(${p.id}) filter (where ${p.status} in ('requested', 'approved'))`.mapWith(Number),
    })
    .from(competitionProjects)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionProjects.callId))
    .leftJoin(p, eq(p.projectId, competitionProjects.id))
    .groupBy(competitionProjects.id, competitionCalls.id)
    .orderBy(desc(competitionCalls.closesAt), asc(competitionProjects.municipality), asc(competitionProjects.id));
}

/** A project as its organisation's managers find it on their applications page. */
export interface ManagedProjectRow {
  id: string;
  title: string;
  municipality: string;
  status: ProjectStatus;
  callTitle: string;
}

/** The funded projects of the given organisations, newest call first. */
export async function listProjectsOfOrganisations(db: Executor, organisationIds: string[]): Promise<ManagedProjectRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .select({
      id: competitionProjects.id,
      title: competitionProjects.title,
      municipality: competitionProjects.municipality,
      status: competitionProjects.status,
      callTitle: competitionCalls.title,
    })
    .from(competitionProjects)
    .innerJoin(competitionCalls, eq(competitionCalls.id, competitionProjects.callId))
    .where(inArray(competitionProjects.organisationId, organisationIds))
    .orderBy(desc(competitionCalls.closesAt), asc(competitionProjects.title));
}

/** The payment requests a person made, for their data export. */
export async function listPaymentsRequestedBy(
  db: Executor,
  userId: string,
): Promise<{ project: string; amountCents: number; purpose: string; status: string; requestedAt: Date }[]> {
  return db
    .select({
      project: competitionProjects.title,
      amountCents: p.amountCents,
      purpose: p.purpose,
      status: p.status,
      requestedAt: p.requestedAt,
    })
    .from(p)
    .innerJoin(competitionProjects, eq(competitionProjects.id, p.projectId))
    .where(eq(p.requestedBy, userId))
    .orderBy(asc(p.requestedAt));
}

/** A payment request stays with its project's accounts when the person's account goes, without the link to them. */
export async function unlinkPaymentsOfUser(db: Executor, userId: string): Promise<void> {
  await db.update(p).set({ requestedBy: null }).where(eq(p.requestedBy, userId));
  await db.update(p).set({ decidedBy: null }).where(eq(p.decidedBy, userId));
}
