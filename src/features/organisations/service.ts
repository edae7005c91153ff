import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { canManageOrganisation, hasPermission, type MembershipView } from '../../platform/auth/policy.ts';
import type { Executor } from '../../platform/db/client.ts';
import { forbidden, notFound } from '../../platform/http/errors.ts';
import {
  countActiveMembers,
  countOrganisations,
  deleteOrganisationRow,
  findMembership,
  findOrganisationById,
  findOrganisationBySlug,
  insertMembership,
  insertOrganisation,
  listSlugsStartingWith,
  lockOrganisation,
  searchOrganisations,
  updateOrganisationRow,
  type OrganisationListRow,
  type OrganisationRow,
} from './repository.ts';
import { lockManagedOrganisation } from './rules.ts';
import type { OrganisationInput } from './schema.ts';
import { organisationSlug, uniqueSlug } from './slug.ts';
import type { OrganisationType } from './tables.ts';
import { isUuid } from '../../platform/text/uuid.ts';

export type { OrganisationRow, OrganisationListRow };

export const PAGE_SIZE = 20;

/** Address of an organisation's public profile. */
export function organisationPath(slug: string): string {
  return `/netzwerk/organisationen/${slug}`;
}

export interface ResultPage<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

function toValues(input: OrganisationInput) {
  return {
    name: input.name,
    type: input.type,
    ags: input.ags ?? null,
    street: input.street ?? null,
    postcode: input.postcode ?? null,
    town: input.town,
    website: input.website ?? null,
    description: input.description ?? null,
  };
}

/** What the audit log keeps of an organisation. */
function snapshot(o: OrganisationRow) {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = o;
  return rest;
}

/** One organisation by its address; undefined when there is none. */
export async function getOrganisationBySlug(db: Executor, slug: string): Promise<OrganisationRow | undefined> {
  return findOrganisationBySlug(db, slug);
}

/** One organisation by its id; undefined when there is none (or the id is no UUID). */
export async function getOrganisationById(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  return isUuid(id) ? findOrganisationById(db, id) : undefined;
}

/** The public list: search in name and town, filter by type, 20 per page. */
export async function listOrganisations(
  db: Executor,
  options: { text?: string | undefined; type?: OrganisationType | undefined; page: number },
): Promise<ResultPage<OrganisationListRow>> {
  const filter = { text: options.text, type: options.type };
  const total = await countOrganisations(db, filter);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pages);
  const items = await searchOrganisations(db, filter, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  return { items, total, page, pages };
}

/** The administration's list: search in name and town, 20 per page, with member counts. */
export async function listOrganisationsForAdmin(
  db: Executor,
  options: { query?: string | undefined; page: number },
): Promise<ResultPage<OrganisationListRow>> {
  return listOrganisations(db, { text: options.query, page: options.page });
}

export interface OrganisationProfile {
  organisation: OrganisationRow;
  memberCount: number;
  /** the signed-in person's membership, if any */
  membership: MembershipView | undefined;
  canManage: boolean;
}

/** Everything the public profile shows, for the person looking at it. */
export async function getOrganisationProfile(db: Executor, viewer: CurrentUser | null, slug: string): Promise<OrganisationProfile> {
  const organisation = await findOrganisationBySlug(db, slug);
  if (!organisation) throw notFound();
  const membership = viewer ? await findMembership(db, organisation.id, viewer.id) : undefined;
  return {
    organisation,
    memberCount: await countActiveMembers(db, organisation.id),
    membership,
    canManage: canManageOrganisation(viewer, membership),
  };
}

/** The organisation for its edit and member pages; 404 or 403 for everyone else. */
export async function getOrganisationForManagement(db: Executor, actor: CurrentUser, slug: string): Promise<OrganisationRow> {
  const organisation = await findOrganisationBySlug(db, slug);
  if (!organisation) throw notFound();
  if (!canManageOrganisation(actor, await findMembership(db, organisation.id, actor.id))) throw forbidden();
  return organisation;
}

/**
 * Creates an organisation with a fresh slug from its name; the creator becomes its active
 * manager. Works inside a caller's transaction (see runOncePerSubmission) as well.
 */
export async function createOrganisation(db: Executor, actor: CurrentUser, input: OrganisationInput): Promise<OrganisationRow> {
  return db.transaction(async (tx) => {
    const base = organisationSlug(input.name);
    let created: OrganisationRow | undefined;
    // A concurrent creation may take the slug between reading and inserting; then try the next.
    while (!created) {
      const slug = uniqueSlug(base, new Set(await listSlugsStartingWith(tx, base)));
      created = await insertOrganisation(tx, { slug, ...toValues(input) });
    }
    await insertMembership(tx, { organisationId: created.id, userId: actor.id, role: 'manager', status: 'active', decidedAt: new Date() });
    await recordAudit(tx, actor, 'organisation.create', { type: 'organisation', id: created.id }, null, snapshot(created));
    return created;
  });
}

/** Saves the details of an organisation; for its managers and administrators. The slug stays. */
export async function updateOrganisation(db: Executor, actor: CurrentUser, slug: string, input: OrganisationInput): Promise<OrganisationRow> {
  return db.transaction(async (tx) => {
    const before = await lockManagedOrganisation(tx, actor, slug);
    return saveChanges(tx, actor, before, input);
  });
}

/** The administration's edit of any organisation, by id. */
export async function updateOrganisationAsAdmin(db: Executor, actor: CurrentUser, id: string, input: OrganisationInput): Promise<OrganisationRow> {
  if (!hasPermission(actor, 'admin:organisations')) throw forbidden();
  return db.transaction(async (tx) => {
    const before = await lockOrganisation(tx, id);
    if (!before) throw notFound();
    return saveChanges(tx, actor, before, input);
  });
}

async function saveChanges(tx: Executor, actor: CurrentUser, before: OrganisationRow, input: OrganisationInput): Promise<OrganisationRow> {
  const after = await updateOrganisationRow(tx, before.id, toValues(input));
  if (!after) throw notFound();
  await recordAudit(tx, actor, 'organisation.update', { type: 'organisation', id: before.id }, snapshot(before), snapshot(after));
  return after;
}

/** Deletes an organisation with its memberships and invitations; administrators only. */
export async function deleteOrganisation(db: Executor, actor: CurrentUser, id: string): Promise<void> {
  if (!hasPermission(actor, 'admin:organisations')) throw forbidden();
  await db.transaction(async (tx) => {
    const before = await findOrganisationById(tx, id);
    if (!before) throw notFound();
    await deleteOrganisationRow(tx, id);
    await recordAudit(tx, actor, 'organisation.delete', { type: 'organisation', id }, snapshot(before), null);
  });
}
