import * as oidc from 'openid-client';
import { recordAudit } from '../../platform/audit/record.ts';
import { countUsersWithRole, findUserByEmail, findUserById, updateUser, type UserRow } from '../../platform/auth/user-repository.ts';
import type { OidcConfig } from '../../platform/config.ts';
import { randomToken, safeEqual, sha256 } from '../../platform/crypto.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { SiteRole } from '../../platform/db/tables.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { LOGIN_MINUTES } from './lifetimes.ts';
import { CALLBACK_PATH, ProviderUnavailable, providerConfiguration } from './provider-client.ts';
import { findIdentity, insertPendingLink, takePendingLogin, touchIdentity } from './repository.ts';
import { mappedRole } from './role-mapping.ts';

/** Why an answer of the provider was not accepted; each has its own explanation on the 400 page. */
export type RefusalReason =
  | 'noLogin'
  | 'stateMismatch'
  | 'foreignIssuer'
  | 'providerError'
  | 'codeRejected'
  | 'nonceMismatch'
  | 'invalidAnswer'
  | 'noEmail'
  | 'unverifiedEmail'
  | 'disabled';

/** What the provider said about a person without an account, kept sealed until they agree. */
export interface NewAccountProposal {
  issuer: string;
  subject: string;
  email: string;
  displayName: string;
  role: SiteRole | undefined;
  idToken: string;
}

export type FinishLoginOutcome =
  | { kind: 'refused'; reason: RefusalReason }
  | { kind: 'loggedIn'; userId: string; idToken: string; returnTo: string; roleOutcome: RoleOutcome }
  | { kind: 'confirmLink'; linkKey: string; idToken: string }
  | { kind: 'newAccount'; proposal: NewAccountProposal };

/** The browser's key of a pending link is hashed apart from the mailed key, so neither opens the other's door. */
export const browserLinkHash = (key: string) => sha256(`browser:${key}`);
export const mailLinkHash = (key: string) => sha256(`mail:${key}`);

/**
 * Takes the provider's answer at the redirect URI. The pending login is deleted first, so a
 * replayed answer finds nothing; then state, issuer, code (with the PKCE verifier) and nonce
 * are checked before anything is stored. Throws ProviderUnavailable when the provider cannot be reached.
 */
export async function finishLogin(deps: AppDeps, options: { oidc: OidcConfig; key: string | undefined; query: URLSearchParams }): Promise<FinishLoginOutcome> {
  const refused = (reason: RefusalReason) => ({ kind: 'refused', reason }) as const;
  if (!options.key) return refused('noLogin');
  const pending = await takePendingLogin(deps.db, sha256(options.key));
  if (!pending || pending.createdAt.getTime() < Date.now() - LOGIN_MINUTES * 60_000) return refused('noLogin');
  const state = options.query.get('state');
  if (state === null || !safeEqual(state, pending.state)) return refused('stateMismatch');
  const configuration = await providerConfiguration(options.oidc);
  const issuer = configuration.serverMetadata().issuer;
  const iss = options.query.get('iss');
  if (iss !== null && iss !== issuer) return refused('foreignIssuer');
  if (options.query.has('error')) return refused('providerError');

  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(configuration, new URL(`${deps.config.baseUrl}${CALLBACK_PATH}?${options.query}`), {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    return refused(classify(error));
  }
  const idClaims = tokens.claims();
  if (!idClaims || idClaims.iss !== issuer || !tokens.id_token) return refused('foreignIssuer');
  const claims: Record<string, unknown> = { ...idClaims };
  // Keycloak names e-mail and groups in the ID token; other providers only at the userinfo endpoint.
  if (configuration.serverMetadata().userinfo_endpoint) {
    try {
      Object.assign(claims, await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub), { sub: idClaims.sub });
    } catch (error) {
      return refused(classify(error));
    }
  }
  const role = mappedRole(options.oidc, claims);

  const identity = await findIdentity(deps.db, issuer, idClaims.sub);
  if (identity) {
    const user = await findUserById(deps.db, identity.userId);
    if (!usable(user)) return refused('disabled');
    const roleOutcome = await deps.db.transaction(async (tx) => {
      await touchIdentity(tx, identity.id, new Date());
      await recordAudit(tx, user, 'sso.login', { type: 'user', id: user.id }, undefined, { issuer });
      return applyRole(tx, user, role);
    });
    return { kind: 'loggedIn', userId: user.id, idToken: tokens.id_token, returnTo: pending.returnTo, roleOutcome };
  }

  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email) return refused('noEmail');
  // Only an address the provider vouches for may lead to an existing account or a new one.
  if (claims.email_verified !== true) return refused('unverifiedEmail');
  const existing = await findUserByEmail(deps.db, email);
  if (existing) {
    if (!usable(existing)) return refused('disabled');
    const linkKey = randomToken();
    await insertPendingLink(deps.db, {
      keyHash: browserLinkHash(linkKey),
      userId: existing.id,
      issuer,
      subject: idClaims.sub,
      email,
      mappedRole: role ?? null,
    });
    return { kind: 'confirmLink', linkKey, idToken: tokens.id_token };
  }
  return {
    kind: 'newAccount',
    proposal: { issuer, subject: idClaims.sub, email, displayName: displayNameOf(claims, email), role, idToken: tokens.id_token },
  };
}

function usable(user: UserRow | undefined): user is UserRow {
  return !!user && !user.deletedAt && !user.disabledAt;
}

function displayNameOf(claims: Record<string, unknown>, email: string): string {
  const text = (key: string) => (typeof claims[key] === 'string' ? (claims[key] as string).trim() : '');
  const name =
    text('name') || [text('given_name'), text('family_name')].filter(Boolean).join(' ') || text('preferred_username') || email.split('@')[0] || email;
  return name.slice(0, 120);
}

/** What became of the role the claim maps to; `lastAdmin` is for the log, the login goes on. */
export type RoleOutcome = 'kept' | 'changed' | 'lastAdmin';

/**
 * Sets the role the claim maps to, with an audit entry when it changes; nothing when no role
 * claim is configured. The last active administrator keeps the role (as in the administration's
 * user page): a group removed at the provider by mistake must not leave the platform without
 * anyone who can manage it. The refusal is audited, and the caller logs a warning.
 */
export async function applyRole(tx: Executor, user: Pick<UserRow, 'id' | 'siteRole'>, role: SiteRole | undefined): Promise<RoleOutcome> {
  if (!role || role === user.siteRole) return 'kept';
  const subject = { type: 'user', id: user.id };
  if (user.siteRole === 'admin' && (await countUsersWithRole(tx, 'admin')) <= 1) {
    await recordAudit(tx, null, 'sso.role-change-refused', subject, { siteRole: user.siteRole }, { siteRole: role });
    return 'lastAdmin';
  }
  await updateUser(tx, user.id, { siteRole: role });
  await recordAudit(tx, null, 'sso.role-changed', subject, { siteRole: user.siteRole }, { siteRole: role });
  return 'changed';
}

function classify(error: unknown): RefusalReason {
  if (error instanceof oidc.ResponseBodyError) return error.error === 'invalid_grant' ? 'codeRejected' : 'invalidAnswer';
  if (error instanceof oidc.AuthorizationResponseError) return 'providerError';
  if (error instanceof oidc.ClientError && error.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
    // openid-client wraps oauth4webapi's error, whose cause names the claim
    const claim = (error.cause as { cause?: { claim?: string } } | undefined)?.cause?.claim;
    return claim === 'nonce' ? 'nonceMismatch' : claim === 'iss' ? 'foreignIssuer' : 'invalidAnswer';
  }
  // fetch failed: the provider went down between discovery and token request
  if (error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError'))
    throw new ProviderUnavailable('token request failed', { cause: error });
  return 'invalidAnswer';
}
