import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database, Executor } from '../db/client.ts';
import { randomToken, sha256 } from '../crypto.ts';
import type { CurrentUser } from './current-user.ts';
import { deleteSession, findSessionUser, insertSession, touchSession } from './session-repository.ts';

export const SESSION_COOKIE = 'dk_session';
const SESSION_DAYS = 14;
// Extending the expiry on every request would write on every page view.
const TOUCH_AFTER_MS = 10 * 60 * 1000;

function expiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
}

function cookieOptions(request: FastifyRequest) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    maxAge: SESSION_DAYS * 24 * 3600,
  };
}

/** The person behind the request's session cookie, or null for an unknown, expired or forged one. */
export async function loadSessionUser(db: Database, request: FastifyRequest): Promise<CurrentUser | null> {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw || raw.length > 100) return null;
  const idHash = sha256(raw);
  const now = new Date();
  const found = await findSessionUser(db, idHash, now);
  if (!found) return null;
  if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touchSession(db, idHash, expiry(now));
  const { lastSeenAt: _seen, ...user } = found;
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
  await insertSession(db, idHash, userId, expiry(new Date()));
  reply.setCookie(SESSION_COOKIE, raw, cookieOptions(request));
  return idHash;
}

export async function endSession(db: Executor, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.user) await deleteSession(db, request.user.sessionIdHash);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
