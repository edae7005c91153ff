import type { OidcConfig } from '../../platform/config.ts';
import { SITE_ROLES, type SiteRole } from '../../platform/db/tables.ts';

// Highest wins when the claim names several mapped values.
const RANK: Record<SiteRole, number> = { member: 0, juror: 1, editor: 2, admin: 3 };

/**
 * The site role the provider's claim maps to, or undefined when no role claim is configured
 * (roles are then kept on the platform). A claim that names no mapped value, or is missing,
 * maps to member: the provider is the source of the roles, and taking a group away there must
 * take the rights away here at the next login.
 */
export function mappedRole(config: Pick<OidcConfig, 'roleClaim' | 'roleMap'>, claims: Record<string, unknown>): SiteRole | undefined {
  if (!config.roleClaim) return undefined;
  const raw = claims[config.roleClaim];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  let role: SiteRole = 'member';
  for (const value of values) {
    const mapped = typeof value === 'string' ? config.roleMap[value] : undefined;
    if (isSiteRole(mapped) && RANK[mapped] > RANK[role]) role = mapped;
  }
  return role;
}

function isSiteRole(value: string | undefined): value is SiteRole {
  return (SITE_ROLES as readonly string[]).includes(value ?? '');
}
