import { recordAudit } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { PersonalDataProvider } from '../../platform/deps.ts';
import { removePicture } from '../../platform/pictures/index.ts';
import {
  deleteOwnRowsOf,
  deleteProfile,
  deleteStoredFiles,
  findLongestStandingSuccessor,
  findProfileOf,
  listDigestRunsOf,
  listGroupsOwnedOnlyBy,
  listMembershipsOf,
  listMentionsOf,
  listNotificationSettingsOf,
  listNotificationsOf,
  listPostsBy,
  listReactionsBy,
  listReportsBy,
  listThreadsStartedBy,
  makeOwner,
  setProfilePicture,
  unlinkPersonFromGroups,
} from './personal-data-repository.ts';

/**
 * A group must not lose its lead with the account of its only owner: the moderator, or else
 * the member, who has been in it longest takes over. Nobody left: the group stays without an
 * owner, and the administration can still see and delete it.
 */
async function handOverGroupsOf(tx: Executor, userId: string): Promise<void> {
  for (const groupId of await listGroupsOwnedOnlyBy(tx, userId)) {
    const successor = await findLongestStandingSuccessor(tx, groupId, userId);
    if (!successor) continue;
    await makeOwner(tx, groupId, successor);
    await recordAudit(tx, null, 'network.group.owner.handover', { type: 'network_group', id: groupId }, undefined, { userId: successor, role: 'owner' });
  }
}

async function eraseProfile(tx: Executor, userId: string): Promise<void> {
  const profile = await findProfileOf(tx, userId);
  if (!profile) return;
  const change = await removePicture(tx, { current: profile.pictureId, attach: (pictureId) => setProfilePicture(tx, userId, pictureId) });
  if (change !== 'noPicture') await deleteStoredFiles(tx, change.obsoleteFiles);
  await deleteProfile(tx, userId);
}

/**
 * The network keeps of a person their directory profile, their place in groups, what they
 * wrote, found helpful and reported, and what they hear of it. At account deletion the
 * person's own rows go; what they wrote stays with the group's discussion without them, as
 * the foreign keys' "set null" would leave it; their reports stay with the moderators.
 */
export const networkPersonalData: PersonalDataProvider = {
  key: 'network',
  export: async (db, userId) => ({
    profile: (await findProfileOf(db, userId)) ?? null,
    memberships: await listMembershipsOf(db, userId),
    threadsStarted: await listThreadsStartedBy(db, userId),
    posts: await listPostsBy(db, userId),
    helpful: await listReactionsBy(db, userId),
    mentionedIn: await listMentionsOf(db, userId),
    reports: await listReportsBy(db, userId),
    notificationSettings: await listNotificationSettingsOf(db, userId),
    notifications: await listNotificationsOf(db, userId),
    digests: await listDigestRunsOf(db, userId),
  }),
  erase: async (tx, userId) => {
    await handOverGroupsOf(tx, userId);
    await eraseProfile(tx, userId);
    await deleteOwnRowsOf(tx, userId);
    await unlinkPersonFromGroups(tx, userId);
  },
};
