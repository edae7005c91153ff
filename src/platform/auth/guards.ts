import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors.ts';
import { hasPermission, type Permission } from './policy.ts';

/**
 * preHandlers for routes. Anonymous people are sent to the login page and come back
 * afterwards; signed-in people without the right get 403.
 */
export function requireUser(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if (!request.user) {
    reply.redirect(loginRedirect(request), 303);
    return;
  }
  done();
}

export function requirePermission(permission: Permission) {
  return function guard(request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void): void {
    if (!request.user) {
      reply.redirect(loginRedirect(request), 303);
      return;
    }
    if (!hasPermission(request.user, permission)) {
      done(new HttpError('forbidden'));
      return;
    }
    done();
  };
}

export function loginRedirect(request: FastifyRequest): string {
  const next = request.method === 'GET' ? request.url : '/konto';
  return `/anmelden?weiter=${encodeURIComponent(next)}`;
}

const SAME_SITE_BASE = 'http://same-site.invalid';

/**
 * Where to go after a form or a language switch: only a path on this site, never another host.
 * Browsers drop tabs and line breaks from URLs and read a backslash as a slash, so
 * "/\t/evil.example" or "/\\evil.example" would lead to //evil.example; these characters are
 * removed before the path is judged, and the path is judged as a browser would resolve it.
 */
export function safeNext(value: unknown, fallback = '/konto'): string {
  if (typeof value !== 'string' || value.length > 500) return fallback;
  const cleaned = value.replace(/[\u0000-\u001f\u007f\\]/g, '');
  if (!cleaned.startsWith('/') || cleaned.startsWith('//')) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(cleaned, SAME_SITE_BASE);
  } catch {
    return fallback;
  }
  if (resolved.origin !== SAME_SITE_BASE) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
