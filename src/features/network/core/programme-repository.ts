import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { networkGroupMembers, networkPosts, networkProfiles, networkThreads } from './tables.ts';

/** Active group memberships of people whose profile names their organisation. */
export async function listGroupMembershipsByOrganisation(db: Executor): Promise<{ organisationId: string; userId: string; groupId: string; at: Date }[]> {
  const rows = await db
    .select({
      organisationId: networkProfiles.organisationId,
      userId: networkGroupMembers.userId,
      groupId: networkGroupMembers.groupId,
      joinedAt: networkGroupMembers.joinedAt,
      createdAt: networkGroupMembers.createdAt,
    })
    .from(networkGroupMembers)
    .innerJoin(networkProfiles, eq(networkProfiles.userId, networkGroupMembers.userId))
    .where(and(eq(networkGroupMembers.status, 'active'), isNotNull(networkProfiles.organisationId)));
  return rows.flatMap((r) =>
    r.organisationId ? [{ organisationId: r.organisationId, userId: r.userId, groupId: r.groupId, at: r.joinedAt ?? r.createdAt }] : [],
  );
}

/** Posts that are not hidden, in threads that are not hidden, by people whose profile names their organisation. */
export async function listPostsByOrganisation(db: Executor): Promise<{ organisationId: string; postId: string; at: Date }[]> {
  const rows = await db
    .select({ organisationId: networkProfiles.organisationId, postId: networkPosts.id, at: networkPosts.createdAt })
    .from(networkPosts)
    .innerJoin(networkThreads, eq(networkThreads.id, networkPosts.threadId))
    .innerJoin(networkProfiles, eq(networkProfiles.userId, networkPosts.authorId))
    .where(and(isNull(networkPosts.hiddenAt), isNull(networkThreads.hiddenAt), isNotNull(networkProfiles.organisationId)));
  return rows.flatMap((r) => (r.organisationId ? [{ organisationId: r.organisationId, postId: r.postId, at: r.at }] : []));
}
