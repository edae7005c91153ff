import type { FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import type { AppDeps } from '../../platform/deps.ts';
import { clearSsoCookie, readSsoCookie, sealFor, setSsoCookie, unsealFrom } from './cookies.ts';
import { AFTER_LOGOUT_PATH, providerConfiguration } from './provider-client.ts';

interface LogoutTicket {
  idToken: string;
  /** the session the ID token belongs to: another session in the same browser must not log out at the provider */
  session: string;
}

/** Keeps what the logout at the provider needs, for the session just started by single sign-on. */
export function rememberProviderSession(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { idToken: string; sessionIdHash: string },
): void {
  const ticket: LogoutTicket = { idToken: options.idToken, session: options.sessionIdHash };
  setSsoCookie(request, reply, 'logout', sealFor(deps.keyring, 'logout', ticket));
}

/**
 * Where the logout goes next: the provider's end_session_endpoint when the ending session came
 * from single sign-on, else undefined (the platform's own page). Call it before the session
 * ends; it clears the cookie either way. A provider that is down gets no say: the local logout
 * has happened, and the person is sent to the local page.
 */
export async function providerLogoutUrl(deps: AppDeps, request: FastifyRequest, reply: FastifyReply): Promise<string | undefined> {
  const raw = readSsoCookie(request, 'logout');
  clearSsoCookie(request, reply, 'logout');
  const config = deps.config.oidc;
  if (!config || !raw || !request.user) return undefined;
  const ticket = unsealFrom(deps.keyring, 'logout', raw) as LogoutTicket | undefined;
  if (!ticket || typeof ticket.idToken !== 'string' || ticket.session !== request.user.sessionIdHash) return undefined;
  try {
    const configuration = await providerConfiguration(config);
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(configuration, {
      id_token_hint: ticket.idToken,
      post_logout_redirect_uri: `${deps.config.baseUrl}${AFTER_LOGOUT_PATH}`,
    }).href;
  } catch {
    return undefined;
  }
}
