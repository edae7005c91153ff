import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { solutionAdoptions, solutions } from '../core/tables.ts';

export type AdoptionRow = typeof solutionAdoptions.$inferSelect;
export type AdoptionChanges = Partial<Omit<typeof solutionAdoptions.$inferInsert, 'id' | 'solutionId' | 'organisationId'>>;

/** An adoption with what its pages and lists show of the solution. */
export type AdoptionWithSolution = AdoptionRow & { solutionTitle: string; solutionSlug: string; ownerOrganisationId: string };

const withSolution = {
  adoption: solutionAdoptions,
  solutionTitle: solutions.title,
  solutionSlug: solutions.slug,
  ownerOrganisationId: solutions.ownerOrganisationId,
};

const flatten = (r: { adoption: AdoptionRow; solutionTitle: string; solutionSlug: string; ownerOrganisationId: string }): AdoptionWithSolution => ({
  ...r.adoption,
  solutionTitle: r.solutionTitle,
  solutionSlug: r.solutionSlug,
  ownerOrganisationId: r.ownerOrganisationId,
});

/**
 * Inserts the request; undefined when the organisation has an open adoption of the solution
 * already. The partial unique index decides, so two requests at the same moment make one row.
 */
export async function insertAdoption(
  db: Executor,
  values: { solutionId: string; organisationId: string; message: string; requestedBy: string },
): Promise<AdoptionRow | undefined> {
  const [row] = await db.insert(solutionAdoptions).values(values).onConflictDoNothing().returning();
  return row;
}

/** The organisation's open adoption of the solution (not declined, not abandoned), if any. */
export async function findOpenAdoption(db: Executor, solutionId: string, organisationId: string): Promise<AdoptionRow | undefined> {
  const [row] = await db
    .select()
    .from(solutionAdoptions)
    .where(
      and(
        eq(solutionAdoptions.solutionId, solutionId),
        eq(solutionAdoptions.organisationId, organisationId),
        inArray(solutionAdoptions.status, ['requested', 'interested', 'implementing', 'operating']),
      ),
    );
  return row;
}

export async function findAdoption(db: Executor, id: string): Promise<AdoptionWithSolution | undefined> {
  const [row] = await db
    .select(withSolution)
    .from(solutionAdoptions)
    .innerJoin(solutions, eq(solutions.id, solutionAdoptions.solutionId))
    .where(eq(solutionAdoptions.id, id));
  return row ? flatten(row) : undefined;
}

/** The adoption, locked until the transaction ends: steps on one adoption follow each other. */
export async function lockAdoption(db: Executor, id: string): Promise<AdoptionRow | undefined> {
  const [row] = await db.select().from(solutionAdoptions).where(eq(solutionAdoptions.id, id)).for('update');
  return row;
}

export async function updateAdoptionRow(db: Executor, id: string, changes: AdoptionChanges): Promise<AdoptionRow> {
  const [row] = await db
    .update(solutionAdoptions)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(solutionAdoptions.id, id))
    .returning();
  return row!;
}

/** The adoptions the organisations are part of, as adopter or as owner of the solution; the newest first. */
export async function listAdoptionsOfOrganisations(db: Executor, organisationIds: string[]): Promise<AdoptionWithSolution[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select(withSolution)
    .from(solutionAdoptions)
    .innerJoin(solutions, eq(solutions.id, solutionAdoptions.solutionId))
    .where(or(inArray(solutionAdoptions.organisationId, organisationIds), inArray(solutions.ownerOrganisationId, organisationIds)))
    .orderBy(desc(solutionAdoptions.requestedAt), desc(solutionAdoptions.id));
  return rows.map(flatten);
}

/** The requests a person made, for the data export. */
export async function listAdoptionsRequestedBy(db: Executor, userId: string) {
  return db
    .select({
      id: solutionAdoptions.id,
      solution: solutions.title,
      organisationId: solutionAdoptions.organisationId,
      status: solutionAdoptions.status,
      message: solutionAdoptions.message,
      requestedAt: solutionAdoptions.requestedAt,
    })
    .from(solutionAdoptions)
    .innerJoin(solutions, eq(solutions.id, solutionAdoptions.solutionId))
    .where(eq(solutionAdoptions.requestedBy, userId))
    .orderBy(solutionAdoptions.requestedAt);
}

/** The requests a person answered for the owner, for the data export. */
export async function listAdoptionsAnsweredBy(db: Executor, userId: string) {
  return db
    .select({
      id: solutionAdoptions.id,
      solution: solutions.title,
      organisationId: solutionAdoptions.organisationId,
      answer: solutionAdoptions.answer,
      answeredAt: solutionAdoptions.answeredAt,
    })
    .from(solutionAdoptions)
    .innerJoin(solutions, eq(solutions.id, solutionAdoptions.solutionId))
    .where(eq(solutionAdoptions.answeredBy, userId))
    .orderBy(solutionAdoptions.answeredAt);
}

/** Account deletion keeps the (anonymised) user row, so "set null" never fires: the links go here. */
export async function unlinkAdoptionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.update(solutionAdoptions).set({ requestedBy: null }).where(eq(solutionAdoptions.requestedBy, userId));
  await db.update(solutionAdoptions).set({ answeredBy: null }).where(eq(solutionAdoptions.answeredBy, userId));
}
