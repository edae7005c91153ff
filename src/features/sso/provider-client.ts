import * as oidc from 'openid-client';
import type { OidcConfig } from '../../platform/config.ts';

/** The path the provider sends the person back to; registered at the provider as redirect URI. */
export const CALLBACK_PATH = '/anmelden/sso/rueckkehr';
/** Where the provider sends the person after logging out there; registered as post-logout redirect URI. */
export const AFTER_LOGOUT_PATH = '/anmelden';

/** The provider could not be asked (down, unreachable, answering nonsense to the discovery). */
export class ProviderUnavailable extends Error {}

// One discovery per issuer and process: the metadata and keys change rarely, and a provider
// that is down must not be asked on every page view, only when someone wants to log in.
const discovered = new Map<string, Promise<oidc.Configuration>>();

/**
 * A plain-http issuer is accepted only on this machine (the tests' provider, a developer's
 * Keycloak); anywhere else tokens would travel unencrypted.
 */
function isLocal(issuer: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
}

/** The provider's configuration, discovered on first use and kept; a failed discovery is tried again next time. */
export function providerConfiguration(config: OidcConfig): Promise<oidc.Configuration> {
  const key = `${config.issuer} ${config.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(config.issuer);
    found = oidc
      .discovery(
        issuer,
        config.clientId,
        config.clientSecret,
        config.clientSecret ? undefined : oidc.None(),
        issuer.protocol === 'http:' && isLocal(issuer) ? { execute: [oidc.allowInsecureRequests], timeout: 5 } : { timeout: 5 },
      )
      .catch((error: unknown) => {
        discovered.delete(key);
        throw new ProviderUnavailable('discovery failed', { cause: error });
      });
    discovered.set(key, found);
  }
  return found;
}
