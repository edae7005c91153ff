import { and, asc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../../platform/db/tables.ts';
import { invitations, memberships, organisations, type MembershipRole, type MembershipStatus, type OrganisationType } from './tables.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
export type OrganisationValues = Omit<OrganisationRow, 'id' | 'createdAt' | 'updatedAt'>;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const activeMemberCount = sql<number>`(select count(*)::int from ${memberships}
  where ${memberships.organisationId} = ${organisations.id} and ${memberships.status} = 'active')`;

// ---- organisations -------------------------------------------------------------------

export async function findOrganisationBySlug(db: Executor, slug: string): Promise<OrganisationRow | undefined> {
  const rows = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return rows[0];
}

/** Organisations by their ids, in no particular order; ids without an organisation are left out. */
export async function findOrganisationsByIds(db: Executor, ids: string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids));
}

export async function findOrganisationById(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  const rows = await db.select().from(organisations).where(eq(organisations.id, id));
  return rows[0];
}

/**
 * Locks the organisation's row until the transaction ends. Membership changes take this
 * lock first, so two managers demoting each other at once cannot leave nobody in charge.
 */
export async function lockOrganisation(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  const rows = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return rows[0];
}

/** Slugs equal to `base` or of the form base-…, to find the next free one. */
export async function listSlugsStartingWith(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(or(eq(organisations.slug, base), ilike(organisations.slug, `${escapeLike(base)}-%`)));
  return rows.map((r) => r.slug);
}

/** Inserts an organisation; undefined when its slug was taken in the meantime. */
export async function insertOrganisation(db: Executor, values: OrganisationValues): Promise<OrganisationRow | undefined> {
  const rows = await db.insert(organisations).values(values).onConflictDoNothing({ target: organisations.slug }).returning();
  return rows[0];
}

export async function updateOrganisationRow(db: Executor, id: string, patch: Partial<Omit<OrganisationValues, 'slug'>>): Promise<OrganisationRow | undefined> {
  const rows = await db
    .update(organisations)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(organisations.id, id))
    .returning();
  return rows[0];
}

/** Memberships and invitations go with it (on delete cascade). */
export async function deleteOrganisationRow(db: Executor, id: string): Promise<void> {
  await db.delete(organisations).where(eq(organisations.id, id));
}

/** Whether another organisation than `exceptId` has this ARS already. */
export async function isArsTaken(db: Executor, ars: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.ars, ars), exceptId ? ne(organisations.id, exceptId) : undefined));
  return rows.length > 0;
}

export type OrganisationLinkRow = Pick<OrganisationRow, 'slug' | 'name' | 'type'>;

async function listLinks(db: Executor, types: OrganisationType[], condition: SQL): Promise<OrganisationLinkRow[]> {
  return db
    .select({ slug: organisations.slug, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(and(inArray(organisations.type, types), condition))
    .orderBy(asc(sql`lower(${organisations.name})`), asc(organisations.id));
}

/** The Ämter with this 9-digit Amtsschlüssel (normally one). */
export async function listAemterByKey(db: Executor, amtsschluessel: string): Promise<OrganisationLinkRow[]> {
  return listLinks(db, ['amt'], eq(organisations.amtsschluessel, amtsschluessel));
}

/** The Kreise with this AGS (normally one). */
export async function listKreiseByAgs(db: Executor, ags: string): Promise<OrganisationLinkRow[]> {
  return listLinks(db, ['kreis'], eq(organisations.ags, ags));
}

/** Gemeinden and Städte whose ARS names this Amt; only the ARS says which Amt a municipality is in. */
export async function listMunicipalitiesOfAmt(db: Executor, amtsschluessel: string): Promise<OrganisationLinkRow[]> {
  return listLinks(db, ['gemeinde', 'stadt'], sql`left(${organisations.ars}, 9) = ${amtsschluessel}`);
}

/** Ämter, Gemeinden and Städte whose key, whichever they gave, starts with this Kreis key. */
export async function listMunicipalitiesOfKreis(db: Executor, kreisKey: string): Promise<OrganisationLinkRow[]> {
  const key = sql`coalesce(${organisations.ars}, ${organisations.amtsschluessel}, ${organisations.ags})`;
  return listLinks(db, ['amt', 'gemeinde', 'stadt'], sql`left(${key}, 5) = ${kreisKey}`);
}

export interface OrganisationFilter {
  /** part of the name or the town */
  text?: string | undefined;
  type?: OrganisationType | undefined;
}

function filterCondition(filter: OrganisationFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.text) {
    const pattern = `%${escapeLike(filter.text)}%`;
    parts.push(or(ilike(organisations.name, pattern), ilike(organisations.town, pattern)) as SQL);
  }
  if (filter.type) parts.push(eq(organisations.type, filter.type));
  return parts.length ? and(...parts) : undefined;
}

export type OrganisationListRow = OrganisationRow & { memberCount: number };

export async function searchOrganisations(db: Executor, filter: OrganisationFilter, limit: number, offset: number): Promise<OrganisationListRow[]> {
  const rows = await db
    .select({ organisation: organisations, memberCount: activeMemberCount })
    .from(organisations)
    .where(filterCondition(filter))
    .orderBy(asc(sql`lower(${organisations.name})`), asc(organisations.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ ...r.organisation, memberCount: r.memberCount }));
}

export async function countOrganisations(db: Executor, filter: OrganisationFilter): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(filterCondition(filter));
  return rows[0]?.n ?? 0;
}

// ---- memberships ---------------------------------------------------------------------

export async function findMembership(db: Executor, organisationId: string, userId: string): Promise<MembershipRow | undefined> {
  const rows = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return rows[0];
}

/** Inserts a membership; false when the person already has one in this organisation. */
export async function insertMembership(
  db: Executor,
  values: { organisationId: string; userId: string; role: MembershipRole; status: MembershipStatus; decidedAt?: Date | null },
): Promise<boolean> {
  const rows = await db
    .insert(memberships)
    .values({ ...values, decidedAt: values.decidedAt ?? null })
    .onConflictDoNothing()
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

export async function updateMembership(
  db: Executor,
  organisationId: string,
  userId: string,
  patch: Partial<Pick<MembershipRow, 'role' | 'status' | 'decidedAt'>>,
): Promise<MembershipRow | undefined> {
  const rows = await db
    .update(memberships)
    .set(patch)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .returning();
  return rows[0];
}

export async function deleteMembership(db: Executor, organisationId: string, userId: string): Promise<MembershipRow | undefined> {
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .returning();
  return rows[0];
}

export async function countActiveMembers(db: Executor, organisationId: string, role?: MembershipRole): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, 'active'), role ? eq(memberships.role, role) : undefined));
  return rows[0]?.n ?? 0;
}

export interface MemberRow {
  userId: string;
  displayName: string;
  email: string;
  locale: 'de' | 'en';
  role: MembershipRole;
  status: MembershipStatus;
  createdAt: Date;
  decidedAt: Date | null;
}

/** Active members and open requests, each with the person's name and address. */
export async function listMembersOfOrganisation(db: Executor, organisationId: string): Promise<MemberRow[]> {
  return db
    .select({
      userId: memberships.userId,
      displayName: users.displayName,
      email: users.email,
      locale: users.locale,
      role: memberships.role,
      status: memberships.status,
      createdAt: memberships.createdAt,
      decidedAt: memberships.decidedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), isNull(users.deletedAt)))
    .orderBy(asc(sql`lower(${users.displayName})`), asc(memberships.userId));
}

export interface UserMembershipRow {
  organisationId: string;
  slug: string;
  name: string;
  type: OrganisationType;
  role: MembershipRole;
  status: MembershipStatus;
  createdAt: Date;
  decidedAt: Date | null;
}

export async function listMembershipsOfUser(db: Executor, userId: string): Promise<UserMembershipRow[]> {
  return db
    .select({
      organisationId: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      type: organisations.type,
      role: memberships.role,
      status: memberships.status,
      createdAt: memberships.createdAt,
      decidedAt: memberships.decidedAt,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(sql`lower(${organisations.name})`));
}

// ---- invitations ---------------------------------------------------------------------

/** Inserts an invitation; undefined when an open one for this address exists already. */
export async function insertInvitation(
  db: Executor,
  values: { organisationId: string; email: string; role: MembershipRole; invitedBy: string },
): Promise<InvitationRow | undefined> {
  const rows = await db.insert(invitations).values(values).onConflictDoNothing().returning();
  return rows[0];
}

export async function findInvitationById(db: Executor, id: string): Promise<InvitationRow | undefined> {
  const rows = await db.select().from(invitations).where(eq(invitations.id, id));
  return rows[0];
}

export async function markInvitationAccepted(db: Executor, id: string): Promise<void> {
  await db.update(invitations).set({ acceptedAt: sql`now()` }).where(eq(invitations.id, id));
}

export async function deleteInvitation(db: Executor, id: string): Promise<InvitationRow | undefined> {
  const rows = await db.delete(invitations).where(eq(invitations.id, id)).returning();
  return rows[0];
}

export interface OpenInvitationRow {
  id: string;
  email: string;
  role: MembershipRole;
  createdAt: Date;
  invitedByName: string | null;
}

export async function listOpenInvitationsOfOrganisation(db: Executor, organisationId: string): Promise<OpenInvitationRow[]> {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      invitedByName: users.displayName,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt)))
    .orderBy(asc(invitations.createdAt));
}

export interface InvitationForPersonRow extends OpenInvitationRow {
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
}

/** Open invitations to an address, newest first; addresses are stored lower-cased. */
export async function listOpenInvitationsForEmail(db: Executor, email: string): Promise<InvitationForPersonRow[]> {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      invitedByName: users.displayName,
      organisationId: organisations.id,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.email, email.toLowerCase()), isNull(invitations.acceptedAt)))
    .orderBy(sql`${invitations.createdAt} desc`);
}

// ---- personal data -------------------------------------------------------------------

export async function deleteMembershipsOfUser(db: Executor, userId: string): Promise<void> {
  await db.delete(memberships).where(eq(memberships.userId, userId));
}

/** Every invitation to an address, open or accepted. */
export async function deleteInvitationsToEmail(db: Executor, email: string): Promise<void> {
  await db.delete(invitations).where(eq(invitations.email, email.toLowerCase()));
}

/** The organisations a person manages (active managers only), whole rows, by name. */
export async function listManagedOrganisations(db: Executor, userId: string): Promise<OrganisationRow[]> {
  const rows = await db
    .select({ organisation: organisations })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'manager'), eq(memberships.status, 'active')))
    .orderBy(asc(sql`lower(${organisations.name})`));
  return rows.map((r) => r.organisation);
}

/** Every organisation of the given types by name: the choices of a form that names a partner. */
/** The organisations of one type that have a population, for comparisons between municipalities of a similar size. */
export async function listPopulationsOfType(db: Executor, type: OrganisationRow['type']): Promise<{ id: string; population: number }[]> {
  const rows = await db
    .select({ id: organisations.id, population: organisations.population })
    .from(organisations)
    .where(and(eq(organisations.type, type), isNotNull(organisations.population)));
  return rows.map((r) => ({ id: r.id, population: r.population! }));
}

export async function listOrganisationsOfTypes(db: Executor, types: readonly string[]): Promise<{ id: string; name: string; type: OrganisationRow['type'] }[]> {
  if (types.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(inArray(organisations.type, types as OrganisationRow['type'][]))
    .orderBy(asc(sql`lower(${organisations.name})`));
}
