import type { Executor } from '../../../platform/db/client.ts';
import { listGroupMembershipsByOrganisation, listPostsByOrganisation } from './programme-repository.ts';

/*
 * For the programme dashboard: the network's facts per organisation. A person belongs to the
 * organisation that their network profile names; people without one are counted for none.
 */

/** Each active membership of a person in a group, from the day they joined. */
export async function listNetworkMemberships(db: Executor): Promise<{ organisationId: string; userId: string; groupId: string; at: Date }[]> {
  return listGroupMembershipsByOrganisation(db);
}

/** Each visible post (opening or reply), when it was written. */
export async function listNetworkPosts(db: Executor): Promise<{ organisationId: string; postId: string; at: Date }[]> {
  return listPostsByOrganisation(db);
}
