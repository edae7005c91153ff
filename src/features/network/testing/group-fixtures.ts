import type { AppDeps } from '../../../platform/deps.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestUser, TEST_PASSWORD } from '../../../testing/harness.ts';
import type { GroupRow } from '../core/repository.ts';
import { networkGroupMembers, networkGroups, networkProfiles, type GroupRole, type GroupVisibility, type JoinPolicy } from '../core/tables.ts';

/** Test support for every part of the network: groups, members and signed-in people made directly, without the pages. */

/** A group; its `members` are active, and the first of them leads it. */
export async function insertTestGroup(
  deps: AppDeps,
  options: { slug: string; visibility: GroupVisibility; name?: string; joinPolicy?: JoinPolicy; members?: string[] },
): Promise<GroupRow> {
  const [group] = await deps.db
    .insert(networkGroups)
    .values({
      slug: options.slug,
      name: options.name ?? `Gruppe ${options.slug}`,
      summary: 'Eine Gruppe für den Test.',
      visibility: options.visibility,
      joinPolicy: options.joinPolicy ?? 'open',
    })
    .returning();
  if (!group) throw new Error(`group ${options.slug} not inserted`);
  const members = options.members ?? [];
  for (const [i, userId] of members.entries()) await addTestMember(deps, group.id, userId, i === 0 ? 'owner' : 'member');
  return group;
}

export async function addTestMember(deps: AppDeps, groupId: string, userId: string, role: GroupRole = 'member'): Promise<void> {
  await deps.db.insert(networkGroupMembers).values({ groupId, userId, role, status: 'active', joinedAt: new Date() });
}

/** Puts the person into the directory, so that their name links to their profile. */
export async function listInDirectory(deps: AppDeps, userId: string): Promise<void> {
  await deps.db
    .insert(networkProfiles)
    .values({ userId, listed: true })
    .onConflictDoUpdate({ target: networkProfiles.userId, set: { listed: true } });
}

/** A new account, signed in with its own client. */
export async function signedInPerson(deps: AppDeps, app: ConstructorParameters<typeof TestClient>[0], displayName: string) {
  const user = await createTestUser(deps, { displayName });
  const client = new TestClient(app);
  const res = await client.login(user.email, TEST_PASSWORD);
  if (res.statusCode !== 303) throw new Error(`login of ${displayName}: ${res.statusCode}`);
  return { id: user.id, email: user.email, client };
}
