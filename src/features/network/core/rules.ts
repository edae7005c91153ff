import type { GroupMemberStatus, GroupRole, GroupVisibility } from './tables.ts';

/*
 * Who may see and do what in a group. The routes ask here before they touch anything; a
 * hidden group is answered 404 to everyone who is not in it, so that its name never leaks.
 */

export interface GroupAccess {
  visibility: GroupVisibility;
}

/** A person's place in a group, or undefined when they have none. */
export interface GroupStanding {
  role: GroupRole;
  status: GroupMemberStatus;
}

export function isActiveMember(standing: GroupStanding | undefined): boolean {
  return standing?.status === 'active';
}

/** Owners and moderators run the group: they accept requests, moderate and pin. */
export function canModerate(standing: GroupStanding | undefined): boolean {
  return standing?.status === 'active' && (standing.role === 'owner' || standing.role === 'moderator');
}

/** Only owners change the group's settings and the roles of its members. */
export function isOwner(standing: GroupStanding | undefined): boolean {
  return standing?.status === 'active' && standing.role === 'owner';
}

/**
 * Whether the group's page exists for this person: a hidden group only for its members and
 * for those invited to it (so that they can accept).
 */
export function canSeeGroup(group: GroupAccess, standing: GroupStanding | undefined): boolean {
  if (group.visibility !== 'hidden') return true;
  return standing?.status === 'active' || standing?.status === 'invited';
}

/** Whether the person reads the group's discussions, files and member list. */
export function canReadGroupContent(group: GroupAccess, standing: GroupStanding | undefined): boolean {
  return group.visibility === 'public' || isActiveMember(standing);
}

/** Only active members write; reading a public group needs no membership. */
export function canPost(standing: GroupStanding | undefined): boolean {
  return isActiveMember(standing);
}

/** The key under which a group's content is found in the search by its members only. */
export function groupSearchKey(groupId: string): string {
  return `network-group:${groupId}`;
}
