import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Keyring } from '../../platform/crypto.ts';
import { SESSION_ABSOLUTE_HOURS } from '../../platform/auth/session-lifetime.ts';
import { LINK_MINUTES, LOGIN_MINUTES } from './lifetimes.ts';

/**
 * The short-lived cookies of single sign-on. Each holds a random key or a sealed value, never
 * state, nonce or verifier; they exist only while a login is under way, and the logout cookie
 * as long as the session it belongs to.
 */
const COOKIES = {
  // the key of the pending login (sso_logins)
  login: { name: 'dk_sso_anmeldung', path: '/anmelden/sso', seconds: LOGIN_MINUTES * 60 },
  // sealed: the key of the pending link (sso_pending_links) and the ID token for the logout
  link: { name: 'dk_sso_verknuepfung', path: '/anmelden/sso', seconds: LINK_MINUTES * 60 },
  // sealed: what the provider said about a person without an account, until they agree
  newAccount: { name: 'dk_sso_neu', path: '/anmelden/sso', seconds: LINK_MINUTES * 60 },
  // sealed: the ID token for the logout at the provider, bound to the session (the sessions table has no column for it)
  logout: { name: 'dk_sso_abmeldung', path: '/', seconds: Math.max(...Object.values(SESSION_ABSOLUTE_HOURS)) * 3600 },
} as const;

export type SsoCookie = keyof typeof COOKIES;

function options(request: FastifyRequest, cookie: (typeof COOKIES)[SsoCookie]) {
  return { path: cookie.path, httpOnly: true, sameSite: 'lax' as const, secure: request.server.sessionCookie.secure || request.protocol === 'https' };
}

export function setSsoCookie(request: FastifyRequest, reply: FastifyReply, which: SsoCookie, value: string): void {
  const cookie = COOKIES[which];
  reply.setCookie(cookie.name, value, { ...options(request, cookie), maxAge: cookie.seconds });
}

export function readSsoCookie(request: FastifyRequest, which: SsoCookie): string | undefined {
  const value = request.cookies[COOKIES[which].name];
  return value && value.length <= 4096 ? value : undefined;
}

export function clearSsoCookie(request: FastifyRequest, reply: FastifyReply, which: SsoCookie): void {
  if (request.cookies[COOKIES[which].name] === undefined) return;
  reply.clearCookie(COOKIES[which].name, options(request, COOKIES[which]));
}

/** Seals a value for one of the cookies: encrypted and authenticated, expiring with the cookie. */
export function sealFor(keyring: Keyring, which: SsoCookie, value: unknown): string {
  return keyring.seal(`sso:${which}`, value, COOKIES[which].seconds);
}

export function unsealFrom(keyring: Keyring, which: SsoCookie, token: string | undefined): unknown {
  return token ? keyring.unseal(`sso:${which}`, token) : undefined;
}
