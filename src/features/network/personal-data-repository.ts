import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { deleteStoredFile } from '../../platform/files/repository.ts';
import {
  networkDigestRuns,
  networkGroupEvents,
  networkGroupFiles,
  networkGroupMembers,
  networkGroups,
  networkMentions,
  networkNotificationSettings,
  networkNotifications,
  networkPosts,
  networkProfiles,
  networkReactions,
  networkReports,
  networkThreads,
} from './core/tables.ts';

/*
 * What the network holds of one person, for the data export (Art. 15/20 DSGVO) and for the
 * deletion of the account. The user row stays (anonymised) when an account is deleted, so the
 * foreign keys' "cascade" and "set null" never fire: the deletion does their work here.
 */

export async function findProfileOf(db: Executor, userId: string) {
  const [row] = await db
    .select({
      listed: networkProfiles.listed,
      sector: networkProfiles.sector,
      jobTitle: networkProfiles.jobTitle,
      organisationId: networkProfiles.organisationId,
      kreisOrganisationId: networkProfiles.kreisOrganisationId,
      fieldsOfAction: networkProfiles.fieldsOfAction,
      expertise: networkProfiles.expertise,
      about: networkProfiles.about,
      pictureId: networkProfiles.pictureId,
      createdAt: networkProfiles.createdAt,
      updatedAt: networkProfiles.updatedAt,
    })
    .from(networkProfiles)
    .where(eq(networkProfiles.userId, userId));
  return row;
}

/** Every membership, request and invitation, of hidden groups too: it is the person's own data. */
export function listMembershipsOf(db: Executor, userId: string) {
  return db
    .select({
      group: networkGroups.name,
      role: networkGroupMembers.role,
      status: networkGroupMembers.status,
      requestMessage: networkGroupMembers.requestMessage,
      createdAt: networkGroupMembers.createdAt,
      joinedAt: networkGroupMembers.joinedAt,
    })
    .from(networkGroupMembers)
    .innerJoin(networkGroups, eq(networkGroups.id, networkGroupMembers.groupId))
    .where(eq(networkGroupMembers.userId, userId))
    .orderBy(asc(networkGroupMembers.createdAt));
}

export function listThreadsStartedBy(db: Executor, userId: string) {
  return db
    .select({ title: networkThreads.title, group: networkGroups.name, createdAt: networkThreads.createdAt })
    .from(networkThreads)
    .innerJoin(networkGroups, eq(networkGroups.id, networkThreads.groupId))
    .where(eq(networkThreads.authorId, userId))
    .orderBy(asc(networkThreads.createdAt));
}

/** The opening posts and replies, with the thread and the group they are in. */
export function listPostsBy(db: Executor, userId: string) {
  return db
    .select({
      thread: networkThreads.title,
      group: networkGroups.name,
      opening: networkPosts.opening,
      body: networkPosts.body,
      createdAt: networkPosts.createdAt,
      editedAt: networkPosts.editedAt,
      hiddenAt: networkPosts.hiddenAt,
    })
    .from(networkPosts)
    .innerJoin(networkThreads, eq(networkThreads.id, networkPosts.threadId))
    .innerJoin(networkGroups, eq(networkGroups.id, networkThreads.groupId))
    .where(eq(networkPosts.authorId, userId))
    .orderBy(asc(networkPosts.createdAt));
}

export function listReactionsBy(db: Executor, userId: string) {
  return db
    .select({ thread: networkThreads.title, group: networkGroups.name, createdAt: networkReactions.createdAt })
    .from(networkReactions)
    .innerJoin(networkPosts, eq(networkPosts.id, networkReactions.postId))
    .innerJoin(networkThreads, eq(networkThreads.id, networkPosts.threadId))
    .innerJoin(networkGroups, eq(networkGroups.id, networkThreads.groupId))
    .where(eq(networkReactions.userId, userId))
    .orderBy(asc(networkReactions.createdAt));
}

/** Where others named the person with @. */
export function listMentionsOf(db: Executor, userId: string) {
  return db
    .select({ thread: networkThreads.title, group: networkGroups.name, createdAt: networkPosts.createdAt })
    .from(networkMentions)
    .innerJoin(networkPosts, eq(networkPosts.id, networkMentions.postId))
    .innerJoin(networkThreads, eq(networkThreads.id, networkPosts.threadId))
    .innerJoin(networkGroups, eq(networkGroups.id, networkThreads.groupId))
    .where(eq(networkMentions.userId, userId))
    .orderBy(asc(networkPosts.createdAt));
}

export function listReportsBy(db: Executor, userId: string) {
  return db
    .select({
      thread: networkThreads.title,
      group: networkGroups.name,
      reason: networkReports.reason,
      createdAt: networkReports.createdAt,
      closedAt: networkReports.closedAt,
    })
    .from(networkReports)
    .innerJoin(networkPosts, eq(networkPosts.id, networkReports.postId))
    .innerJoin(networkThreads, eq(networkThreads.id, networkPosts.threadId))
    .innerJoin(networkGroups, eq(networkGroups.id, networkThreads.groupId))
    .where(eq(networkReports.reporterId, userId))
    .orderBy(asc(networkReports.createdAt));
}

export function listNotificationSettingsOf(db: Executor, userId: string) {
  return db
    .select({ group: networkGroups.name, frequency: networkNotificationSettings.frequency, updatedAt: networkNotificationSettings.updatedAt })
    .from(networkNotificationSettings)
    .innerJoin(networkGroups, eq(networkGroups.id, networkNotificationSettings.groupId))
    .where(eq(networkNotificationSettings.userId, userId))
    .orderBy(asc(networkGroups.name));
}

export function listNotificationsOf(db: Executor, userId: string) {
  return db
    .select({
      kind: networkNotifications.kind,
      group: networkGroups.name,
      thread: networkThreads.title,
      note: networkNotifications.note,
      createdAt: networkNotifications.createdAt,
      readAt: networkNotifications.readAt,
      mailedAt: networkNotifications.mailedAt,
    })
    .from(networkNotifications)
    .innerJoin(networkGroups, eq(networkGroups.id, networkNotifications.groupId))
    .leftJoin(networkThreads, eq(networkThreads.id, networkNotifications.threadId))
    .where(eq(networkNotifications.userId, userId))
    .orderBy(asc(networkNotifications.createdAt));
}

export function listDigestRunsOf(db: Executor, userId: string) {
  return db
    .select({
      frequency: networkDigestRuns.frequency,
      period: networkDigestRuns.period,
      items: networkDigestRuns.items,
      createdAt: networkDigestRuns.createdAt,
    })
    .from(networkDigestRuns)
    .where(eq(networkDigestRuns.userId, userId))
    .orderBy(asc(networkDigestRuns.createdAt));
}

/** The groups of which the person is the only active owner, locked until the deletion commits. */
export async function listGroupsOwnedOnlyBy(tx: Executor, userId: string): Promise<string[]> {
  const owned = await tx
    .select({ groupId: networkGroupMembers.groupId })
    .from(networkGroupMembers)
    .where(and(eq(networkGroupMembers.userId, userId), eq(networkGroupMembers.role, 'owner'), eq(networkGroupMembers.status, 'active')));
  if (owned.length === 0) return [];
  const ids = owned.map((o) => o.groupId);
  await tx.select({ id: networkGroups.id }).from(networkGroups).where(inArray(networkGroups.id, ids)).for('update');
  const others = await tx
    .select({ groupId: networkGroupMembers.groupId })
    .from(networkGroupMembers)
    .where(
      and(
        inArray(networkGroupMembers.groupId, ids),
        ne(networkGroupMembers.userId, userId),
        eq(networkGroupMembers.role, 'owner'),
        eq(networkGroupMembers.status, 'active'),
      ),
    );
  const shared = new Set(others.map((o) => o.groupId));
  return ids.filter((id) => !shared.has(id));
}

/** The active moderator, or else member, who has been in the group longest; undefined when nobody is left. */
export async function findLongestStandingSuccessor(tx: Executor, groupId: string, leaving: string): Promise<string | undefined> {
  const rows = await tx
    .select({ userId: networkGroupMembers.userId, role: networkGroupMembers.role })
    .from(networkGroupMembers)
    .where(and(eq(networkGroupMembers.groupId, groupId), ne(networkGroupMembers.userId, leaving), eq(networkGroupMembers.status, 'active')))
    .orderBy(asc(networkGroupMembers.joinedAt), asc(networkGroupMembers.createdAt), asc(networkGroupMembers.userId));
  return (rows.find((r) => r.role === 'moderator') ?? rows[0])?.userId;
}

export async function makeOwner(tx: Executor, groupId: string, userId: string): Promise<void> {
  await tx
    .update(networkGroupMembers)
    .set({ role: 'owner' })
    .where(and(eq(networkGroupMembers.groupId, groupId), eq(networkGroupMembers.userId, userId)));
}

/** What belongs to the person alone: memberships, requests, choices, notifications, reactions, mentions and digest runs. */
export async function deleteOwnRowsOf(tx: Executor, userId: string): Promise<void> {
  await tx.delete(networkGroupMembers).where(eq(networkGroupMembers.userId, userId));
  await tx.delete(networkNotificationSettings).where(eq(networkNotificationSettings.userId, userId));
  await tx.delete(networkNotifications).where(eq(networkNotifications.userId, userId));
  await tx.delete(networkDigestRuns).where(eq(networkDigestRuns.userId, userId));
  await tx.delete(networkReactions).where(eq(networkReactions.userId, userId));
  await tx.delete(networkMentions).where(eq(networkMentions.userId, userId));
}

/** What stays with the groups (posts, threads, reports, files, events), without the person. */
export async function unlinkPersonFromGroups(tx: Executor, userId: string): Promise<void> {
  await tx.update(networkPosts).set({ authorId: null }).where(eq(networkPosts.authorId, userId));
  await tx.update(networkPosts).set({ hiddenBy: null }).where(eq(networkPosts.hiddenBy, userId));
  await tx.update(networkThreads).set({ authorId: null }).where(eq(networkThreads.authorId, userId));
  await tx.update(networkReports).set({ reporterId: null }).where(eq(networkReports.reporterId, userId));
  await tx.update(networkReports).set({ closedBy: null }).where(eq(networkReports.closedBy, userId));
  await tx.update(networkGroups).set({ createdBy: null }).where(eq(networkGroups.createdBy, userId));
  await tx.update(networkGroupMembers).set({ invitedBy: null }).where(eq(networkGroupMembers.invitedBy, userId));
  await tx.update(networkGroupEvents).set({ addedBy: null }).where(eq(networkGroupEvents.addedBy, userId));
  await tx.update(networkGroupFiles).set({ uploadedBy: null }).where(eq(networkGroupFiles.uploadedBy, userId));
  await tx.update(networkNotifications).set({ actorId: null }).where(eq(networkNotifications.actorId, userId));
}

export async function setProfilePicture(tx: Executor, userId: string, pictureId: string | null): Promise<void> {
  await tx.update(networkProfiles).set({ pictureId }).where(eq(networkProfiles.userId, userId));
}

export async function deleteProfile(tx: Executor, userId: string): Promise<void> {
  await tx.delete(networkProfiles).where(eq(networkProfiles.userId, userId));
}

/**
 * The rows of a removed picture's files, so that no route can serve them any more. In
 * PostgreSQL the bytes go with the rows; with the embedded database the bytes stay in
 * DATA_DIR/files without a row (the deletion only has the transaction, not the file store).
 */
export async function deleteStoredFiles(tx: Executor, fileIds: readonly string[]): Promise<void> {
  for (const id of fileIds) await deleteStoredFile(tx, id);
}
