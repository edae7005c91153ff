import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SiteRole } from '../db/tables.ts';
import type { CurrentUser } from './current-user.ts';
import { canManageOrganisation, hasPermission, type MembershipView, type Permission } from './policy.ts';

/*
 * The authorization matrix (src/features/authorization-matrix.test.ts) checks every route as
 * each role; this is the table behind it, written out once more by hand so that a right
 * given or taken away in policy.ts is a visible change of this file as well.
 */
const EXPECTED: Record<SiteRole, Permission[]> = {
  member: ['organisation:create'],
  juror: ['organisation:create'],
  editor: ['organisation:create', 'content:edit', 'admin:access', 'admin:design'],
  admin: [
    'organisation:create',
    'content:edit',
    'admin:access',
    'admin:users',
    'admin:organisations',
    'admin:audit',
    'admin:settings',
    'admin:pages',
    'admin:design',
  ],
};
const ALL = [...new Set(Object.values(EXPECTED).flat())];

const person = (siteRole: SiteRole): CurrentUser => ({
  id: `id-${siteRole}`,
  email: `${siteRole}@example.org`,
  displayName: siteRole,
  siteRole,
  sessionIdHash: 'h',
});

describe('authorization policy', () => {
  it('grants each role exactly its permissions', () => {
    for (const [role, granted] of Object.entries(EXPECTED) as [SiteRole, Permission[]][]) {
      const actual = ALL.filter((permission) => hasPermission(person(role), permission));
      assert.deepEqual(actual.sort(), [...granted].sort(), role);
    }
  });

  it('grants a visitor without an account nothing', () => {
    for (const permission of ALL) {
      assert.equal(hasPermission(null, permission), false, permission);
      assert.equal(hasPermission(undefined, permission), false, permission);
    }
  });

  it('lets only an active manager of the organisation, or an administrator, act for it', () => {
    const cases: [MembershipView | undefined, boolean][] = [
      [{ role: 'manager', status: 'active' }, true],
      [{ role: 'manager', status: 'requested' }, false],
      [{ role: 'member', status: 'active' }, false],
      [{ role: 'member', status: 'requested' }, false],
      [undefined, false],
    ];
    for (const role of ['member', 'juror', 'editor'] as const) {
      for (const [membership, expected] of cases) {
        assert.equal(canManageOrganisation(person(role), membership), expected, `${role} with ${JSON.stringify(membership)}`);
      }
    }
    for (const [membership] of cases) assert.equal(canManageOrganisation(person('admin'), membership), true);
    for (const [membership] of cases) assert.equal(canManageOrganisation(null, membership), false, 'nobody signed in');
  });
});
