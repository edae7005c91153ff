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

/** Only same-site relative paths are followed after login, never another host. */
export function safeNext(value: unknown, fallback = '/konto'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value.length > 500 ? fallback : value;
}
