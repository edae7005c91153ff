import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database, Executor } from '../db/client.ts';
import type { SiteRole } from '../db/tables.ts';
import { randomToken, sha256 } from '../crypto.ts';
import type { CurrentUser } from './current-user.ts';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_HOURS } from './session-lifetime.ts';
import { deleteSession, findSessionUser, insertSession, touchSession } from './session-repository.ts';

const HOUR = 3600 * 1000;
// Extending the expiry on every request would write on every page view.
const TOUCH_AFTER_MS = 10 * 60 * 1000;

/** How the session cookie is named and sent; decided once from BASE_URL (see registerPlatform). */
export interface SessionCookiePolicy {
  name: string;
  /** sent only over https, whatever protocol the request arrived with (TLS may end at a proxy) */
  secure: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    sessionCookie: SessionCookiePolicy;
  }
}

/**
 * On an https site the cookie carries the __Host- prefix: browsers then accept it only with
 * Secure, Path=/ and no Domain, so neither a subdomain nor a plain-http page can set or
 * overwrite it. A plain-http site (a laptop) cannot use the prefix.
 */
export function sessionCookiePolicy(baseUrl: string): SessionCookiePolicy {
  const https = baseUrl.startsWith('https:');
  return { name: https ? '__Host-dk_session' : 'dk_session', secure: https };
}

function idleExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_IDLE_HOURS * HOUR);
}

function absoluteEnd(createdAt: Date, role: SiteRole): Date {
  return new Date(createdAt.getTime() + SESSION_ABSOLUTE_HOURS[role] * HOUR);
}

function cookieOptions(request: FastifyRequest) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.server.sessionCookie.secure || request.protocol === 'https',
    maxAge: SESSION_IDLE_HOURS * 3600,
  };
}

/** The raw session id the request came with, if any. */
export function sessionCookieValue(request: FastifyRequest): string | undefined {
  return request.cookies[request.server.sessionCookie.name];
}

/** The person behind the request's session cookie, or null for an unknown, expired or forged one. */
export async function loadSessionUser(db: Database, request: FastifyRequest): Promise<CurrentUser | null> {
  const raw = sessionCookieValue(request);
  if (!raw || raw.length > 100) return null;
  const idHash = sha256(raw);
  const now = new Date();
  const found = await findSessionUser(db, idHash, now);
  if (!found) return null;
  const { lastSeenAt, createdAt, ...user } = found;
  const end = absoluteEnd(createdAt, user.siteRole);
  if (end <= now) {
    await deleteSession(db, idHash);
    return null;
  }
  if (now.getTime() - lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    const idle = idleExpiry(now);
    await touchSession(db, idHash, idle < end ? idle : end);
  }
  return user;
}

/**
 * Starts a fresh session for a person and sets its cookie. Any session the request came
 * with is ended first, so a session id planted before login is worthless afterwards.
 */
export async function startSession(db: Executor, request: FastifyRequest, reply: FastifyReply, userId: string): Promise<string> {
  if (request.user) await deleteSession(db, request.user.sessionIdHash);
  const raw = randomToken();
  const idHash = sha256(raw);
  await insertSession(db, idHash, userId, idleExpiry(new Date()));
  reply.setCookie(request.server.sessionCookie.name, raw, cookieOptions(request));
  return idHash;
}

export async function endSession(db: Executor, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.user) await deleteSession(db, request.user.sessionIdHash);
  reply.clearCookie(request.server.sessionCookie.name, { path: '/', secure: cookieOptions(request).secure });
}
