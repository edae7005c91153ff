import * as oidc from 'openid-client';
import { randomToken, sha256 } from '../../platform/crypto.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { OidcConfig } from '../../platform/config.ts';
import { CALLBACK_PATH, providerConfiguration } from './provider-client.ts';
import { insertPendingLogin } from './repository.ts';

/**
 * Starts a login at the provider: state, nonce and PKCE verifier stay in sso_logins; the
 * browser gets only the row's key. Returns the key for the cookie and the provider's address.
 * Throws ProviderUnavailable when the provider cannot be discovered.
 */
export async function startLogin(deps: AppDeps, options: { oidc: OidcConfig; returnTo: string }): Promise<{ key: string; location: string }> {
  const configuration = await providerConfiguration(options.oidc);
  const key = randomToken();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await insertPendingLogin(deps.db, { keyHash: sha256(key), state, nonce, codeVerifier, returnTo: options.returnTo });
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: `${deps.config.baseUrl}${CALLBACK_PATH}`,
    scope: options.oidc.scopes,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { key, location: url.href };
}
