import type { Executor } from '../../../platform/db/client.ts';
import { findPictures, pictureView, type PictureView } from '../../../platform/pictures/index.ts';
import { listFieldsOfAction, type FieldOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { getMembershipsOfUser, getOrganisationById, getOrganisationChoices, type OrganisationType } from '../../organisations/service.ts';
import { personPicturePath } from './paths.ts';
import {
  countListedProfiles,
  findListedProfileRow,
  findListedUserIds,
  findProfile,
  listGroupsOfPersonFor,
  searchListedProfiles,
  type DirectoryFilter,
  type ListedProfileRow,
  type PersonGroupRow,
  type ProfileRow,
} from './repository.ts';
import type { DirectoryQuery } from './schema.ts';

export type { ListedProfileRow, PersonGroupRow, ProfileRow };

export const PAGE_SIZE = 24;

/** A person's listed profile, or undefined when they are not in the directory (not opted in, disabled, deleted). */
export async function findListedProfile(db: Executor, userId: string): Promise<ListedProfileRow | undefined> {
  return isUuid(userId) ? findListedProfileRow(db, userId) : undefined;
}

/** Which of these people are in the directory, e.g. to link their names to their profiles. */
export async function listedUserIds(db: Executor, userIds: readonly string[]): Promise<Set<string>> {
  return new Set(await findListedUserIds(db, userIds.filter(isUuid)));
}

export interface OrganisationRef {
  id: string;
  slug: string;
  name: string;
  type: OrganisationType;
}

async function organisationsById(db: Executor, ids: readonly (string | null)[]): Promise<Map<string, OrganisationRef>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const found = await Promise.all(unique.map((id) => getOrganisationById(db, id)));
  return new Map(found.flatMap((o) => (o ? [[o.id, { id: o.id, slug: o.slug, name: o.name, type: o.type }] as const] : [])));
}

async function profilePictures(db: Executor, profiles: readonly Pick<ProfileRow, 'userId' | 'pictureId'>[]): Promise<Map<string, PictureView>> {
  const found = await findPictures(
    db,
    profiles.flatMap((p) => (p.pictureId ? [p.pictureId] : [])),
  );
  const views = new Map<string, PictureView>();
  for (const profile of profiles) {
    const picture = profile.pictureId ? found.get(profile.pictureId) : undefined;
    if (picture)
      views.set(
        profile.userId,
        pictureView(picture, (fileId) => personPicturePath(profile.userId, fileId)),
      );
  }
  return views;
}

export interface DirectoryCard {
  profile: ListedProfileRow;
  organisation: OrganisationRef | undefined;
  picture: PictureView | undefined;
}

export interface DirectoryPage {
  items: DirectoryCard[];
  total: number;
  page: number;
  pages: number;
  kreise: { id: string; name: string }[];
  fields: FieldOfAction[];
  /** whether the signed-in viewer is listed themselves (else the page invites them) */
  viewerListed: boolean;
}

/** The directory with its filters: listed people by name, 24 per page. */
export async function getDirectoryPage(db: Executor, query: DirectoryQuery, viewerId: string | undefined): Promise<DirectoryPage> {
  const filter: DirectoryFilter = {
    name: query.q,
    sector: query.sektor,
    organisationIds: query.art ? (await getOrganisationChoices(db, [query.art])).map((o) => o.id) : undefined,
    kreisOrganisationId: query.kreis,
    fieldOfAction: query.handlungsfeld,
    tag: query.thema,
  };
  const total = await countListedProfiles(db, filter);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(query.seite, pages);
  const profiles = await searchListedProfiles(db, filter, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const organisations = await organisationsById(
    db,
    profiles.map((p) => p.organisationId),
  );
  const pictures = await profilePictures(db, profiles);
  return {
    items: profiles.map((profile) => ({
      profile,
      organisation: profile.organisationId ? organisations.get(profile.organisationId) : undefined,
      picture: pictures.get(profile.userId),
    })),
    total,
    page,
    pages,
    kreise: await getOrganisationChoices(db, ['kreis']),
    fields: await listFieldsOfAction(db),
    viewerListed: viewerId ? (await findListedUserIds(db, [viewerId])).length > 0 : false,
  };
}

export interface PersonPage {
  profile: ListedProfileRow;
  organisation: OrganisationRef | undefined;
  kreis: OrganisationRef | undefined;
  picture: PictureView | undefined;
  fields: FieldOfAction[];
  groups: PersonGroupRow[];
}

/** Everything a listed person's profile shows to this viewer; undefined when the person is not listed. */
export async function getPersonPage(db: Executor, userId: string, viewerId: string | undefined): Promise<PersonPage | undefined> {
  const profile = await findListedProfile(db, userId);
  if (!profile) return undefined;
  const organisations = await organisationsById(db, [profile.organisationId, profile.kreisOrganisationId]);
  const all = await listFieldsOfAction(db);
  return {
    profile,
    organisation: profile.organisationId ? organisations.get(profile.organisationId) : undefined,
    kreis: profile.kreisOrganisationId ? organisations.get(profile.kreisOrganisationId) : undefined,
    picture: (await profilePictures(db, [profile])).get(profile.userId),
    fields: all.filter((f) => profile.fieldsOfAction.includes(f.slug)),
    groups: await listGroupsOfPersonFor(db, profile.userId, viewerId),
  };
}

export interface ProfileChoices {
  /** the person's active memberships: the only organisations they may name */
  organisations: { id: string; name: string }[];
  kreise: { id: string; name: string }[];
  fields: FieldOfAction[];
}

/** What the profile form offers to choose from. */
export async function getProfileChoices(db: Executor, userId: string): Promise<ProfileChoices> {
  const memberships = await getMembershipsOfUser(db, userId);
  return {
    organisations: memberships.filter((m) => m.status === 'active').map((m) => ({ id: m.organisationId, name: m.name })),
    kreise: await getOrganisationChoices(db, ['kreis']),
    fields: await listFieldsOfAction(db),
  };
}

/** The person's own profile (undefined before they first save it) and its picture. */
export async function getMyProfile(db: Executor, userId: string): Promise<{ profile: ProfileRow | undefined; picture: PictureView | undefined }> {
  const profile = await findProfile(db, userId);
  return { profile, picture: profile ? (await profilePictures(db, [profile])).get(userId) : undefined };
}
