import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { canManageOrganisation, type MembershipView } from '../../platform/auth/policy.ts';
import type { Executor } from '../../platform/db/client.ts';
import {
  countActiveMembers,
  countOrganisations,
  findMembership,
  findOrganisationById,
  findOrganisationsByIds,
  findOrganisationBySlug,
  listManagedOrganisations,
  listMembershipsOfUser,
  listMembersOfOrganisation,
  listOpenInvitationsForEmail,
  listOpenInvitationsOfOrganisation,
  listOrganisationsOfTypes,
  listPopulationsOfType,
  searchOrganisations,
  type InvitationForPersonRow,
  type MemberRow,
  type OpenInvitationRow,
  type OrganisationListRow,
  type OrganisationRow,
  type UserMembershipRow,
} from './repository.ts';
import { findMunicipalRelations, type MunicipalRelations } from './municipal-relations.ts';
import { hasConfirmedAddress } from './rules.ts';
import type { OrganisationType } from './tables.ts';
import { isUuid } from '../../platform/text/uuid.ts';

export { ORGANISATION_TYPES, type OrganisationType } from './tables.ts';
// the administration deletes organisations with the feature's own command
export { deleteOrganisation, type DeleteOrganisationOutcome } from './delete-organisation.ts';
export { LIST_PATH as ORGANISATIONS_PATH, organisationPath } from './paths.ts';
export type { InvitationForPersonRow, MemberRow, OpenInvitationRow, OrganisationListRow, OrganisationRow, UserMembershipRow };

export const PAGE_SIZE = 20;

export interface ResultPage<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

/** One organisation by its address; undefined when there is none. */
export async function getOrganisationBySlug(db: Executor, slug: string): Promise<OrganisationRow | undefined> {
  return findOrganisationBySlug(db, slug);
}

/** One organisation by its id; undefined when there is none (or the id is no UUID). */
export async function getOrganisationById(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  return isUuid(id) ? findOrganisationById(db, id) : undefined;
}

/** Organisations by their ids (e.g. those with a published strategy); ids that are no UUID or have no organisation are left out. */
export async function getOrganisationsByIds(db: Executor, ids: string[]): Promise<OrganisationRow[]> {
  return findOrganisationsByIds(db, ids.filter(isUuid));
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
export async function listOrganisationsForAdmin(db: Executor, options: { query?: string | undefined; page: number }): Promise<ResultPage<OrganisationListRow>> {
  return listOrganisations(db, { text: options.query, page: options.page });
}

export interface OrganisationProfile {
  organisation: OrganisationRow;
  memberCount: number;
  /** the signed-in person's membership, if any */
  membership: MembershipView | undefined;
  canManage: boolean;
  relations: MunicipalRelations;
}

/** Everything the public profile shows, for the person looking at it. */
export async function getOrganisationProfile(db: Executor, organisation: OrganisationRow, viewer: CurrentUser | null): Promise<OrganisationProfile> {
  const membership = viewer ? await findMembership(db, organisation.id, viewer.id) : undefined;
  return {
    organisation,
    memberCount: await countActiveMembers(db, organisation.id),
    membership,
    canManage: canManageOrganisation(viewer, membership),
    relations: await findMunicipalRelations(db, organisation),
  };
}

/** A person's memberships and open requests, with each organisation's name ("Mein Konto", data export). */
export async function getMembershipsOfUser(db: Executor, userId: string): Promise<UserMembershipRow[]> {
  return listMembershipsOfUser(db, userId);
}

export interface MemberAdministration {
  organisation: OrganisationRow;
  members: MemberRow[];
  requests: MemberRow[];
  invitations: OpenInvitationRow[];
}

/** Everything the member page shows; the route lets only managers and administrators see it. */
export async function getMemberAdministration(db: Executor, organisation: OrganisationRow): Promise<MemberAdministration> {
  const all = await listMembersOfOrganisation(db, organisation.id);
  return {
    organisation,
    members: all.filter((m) => m.status === 'active'),
    requests: all.filter((m) => m.status === 'requested'),
    invitations: await listOpenInvitationsOfOrganisation(db, organisation.id),
  };
}

export interface MyInvitations {
  invitations: InvitationForPersonRow[];
  /** only a confirmed address sees its invitations (see hasConfirmedAddress) */
  verified: boolean;
}

/** Open invitations to the signed-in person's address, once that address is confirmed. */
export async function getMyInvitations(db: Executor, actor: CurrentUser): Promise<MyInvitations> {
  if (!(await hasConfirmedAddress(db, actor))) return { invitations: [], verified: false };
  return { invitations: await listOpenInvitationsForEmail(db, actor.email), verified: true };
}

/** Whom to write to for an organisation: its active managers, each with address and language. */
export async function getOrganisationManagers(db: Executor, organisationId: string): Promise<MemberRow[]> {
  return (await listMembersOfOrganisation(db, organisationId)).filter((m) => m.status === 'active' && m.role === 'manager');
}

/** The organisations the person manages and may act for, e.g. to apply in the competition. */
export async function getManagedOrganisations(db: Executor, userId: string): Promise<OrganisationRow[]> {
  return listManagedOrganisations(db, userId);
}

/** The organisations of the given types, by name, as choices of a form (e.g. a joint application's partners). */
export async function getOrganisationChoices(db: Executor, types: readonly string[]): Promise<{ id: string; name: string; type: OrganisationType }[]> {
  return listOrganisationsOfTypes(db, types);
}

/**
 * The id and population of every organisation of `type` whose population is known, e.g. for the
 * strategy's comparison with municipalities of the same type and size band; the caller bands them.
 */
export async function listOrganisationsOfTypeWithPopulation(db: Executor, type: OrganisationType): Promise<{ id: string; population: number }[]> {
  return listPopulationsOfType(db, type);
}
