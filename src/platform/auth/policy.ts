import type { SiteRole } from '../db/tables.ts';
import type { CurrentUser } from './current-user.ts';

/**
 * The one place that says who may do what. Routes ask through the guards in guards.ts;
 * services ask here for rules that depend on the record (ownership, membership).
 */
export type Permission =
  | 'organisation:create'
  | 'admin:access'
  | 'admin:users'
  | 'admin:organisations'
  | 'admin:audit'
  | 'admin:settings'
  | 'admin:pages'
  | 'admin:design'
  | 'content:edit'
  // the programme dashboard: what the programme achieved, per municipality
  | 'programme:dashboard'
  // tokens of the API's integrations
  | 'admin:api-tokens';

// Jurors have a member's rights until the competition (issue 13) gives them their own.
const GRANTS: Record<SiteRole, ReadonlySet<Permission>> = {
  member: new Set(['organisation:create']),
  juror: new Set(['organisation:create']),
  editor: new Set(['organisation:create', 'content:edit', 'admin:access', 'admin:design', 'programme:dashboard']),
  admin: new Set([
    'organisation:create',
    'content:edit',
    'admin:access',
    'admin:users',
    'admin:organisations',
    'admin:audit',
    'admin:settings',
    'admin:pages',
    'admin:design',
    'programme:dashboard',
    'admin:api-tokens',
  ]),
};

export function hasPermission(user: Pick<CurrentUser, 'siteRole'> | null | undefined, permission: Permission): boolean {
  return Boolean(user && GRANTS[user.siteRole].has(permission));
}

/** A person's role within one organisation, as far as the policy needs it. */
export interface MembershipView {
  role: 'member' | 'manager';
  status: 'requested' | 'active';
}

/** Organisation managers act for their organisation; administrators may act for any. */
export function canManageOrganisation(user: CurrentUser | null, membership: MembershipView | undefined): boolean {
  if (!user) return false;
  if (user.siteRole === 'admin') return true;
  return membership?.status === 'active' && membership.role === 'manager';
}
