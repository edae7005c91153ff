import { findUserById } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { listIdentitiesOfUser } from './repository.ts';

/** What the account page shows about single sign-on; undefined when SSO is not configured. */
export interface SsoAccountSummary {
  providerName: string;
  identities: { id: string; email: string; createdAt: Date; lastLoginAt: Date | null }[];
  /** without a password, unlinking would lock the person out */
  canUnlink: boolean;
}

export async function ssoAccountSummary(deps: AppDeps, userId: string): Promise<SsoAccountSummary | undefined> {
  if (!deps.config.oidc) return undefined;
  const [identities, user] = await Promise.all([listIdentitiesOfUser(deps.db, userId), findUserById(deps.db, userId)]);
  return {
    providerName: deps.config.oidc.providerName,
    identities: identities.map(({ id, email, createdAt, lastLoginAt }) => ({ id, email, createdAt, lastLoginAt })),
    canUnlink: !!user?.passwordHash,
  };
}
