import type { FastifyRequest } from 'fastify';
import { hmac, safeEqual, type Keyring } from '../crypto.ts';
import { HttpError } from './errors.ts';

/**
 * CSRF tokens without a cookie: the token is an HMAC over the session (or "anonymous")
 * and an expiry time. Anonymous visitors get no cookie at all (DSGVO: no cookies before
 * login); for them the Origin / Sec-Fetch-Site check below is what stops cross-site posts.
 */
const TTL_SECONDS = 12 * 3600;
export const CSRF_FIELD = '_csrf';

function binding(request: Pick<FastifyRequest, 'user'>): string {
  return request.user?.sessionIdHash ?? 'anonymous';
}

export function issueCsrfToken(keyring: Keyring, request: Pick<FastifyRequest, 'user'>, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + TTL_SECONDS;
  return `${expires}.${hmac(keyring.key('csrf'), `${binding(request)}|${expires}`)}`;
}

export function isValidCsrfToken(keyring: Keyring, request: FastifyRequest, token: unknown, now = Date.now()): boolean {
  if (typeof token !== 'string' || token.length > 200) return false;
  const [expiresText, mac] = token.split('.');
  const expires = Number(expiresText);
  if (!mac || !Number.isInteger(expires) || expires * 1000 < now) return false;
  return safeEqual(mac, hmac(keyring.key('csrf'), `${binding(request)}|${expires}`));
}

function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs as a preHandler, when the form body is parsed. Multipart forms carry the token in
 * the query string because their body is only read inside the handler.
 */
export function checkCsrf(keyring: Keyring, request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const body = request.body as Record<string, unknown> | undefined;
  const query = request.query as Record<string, unknown> | undefined;
  const token = (body && typeof body === 'object' ? body[CSRF_FIELD] : undefined) ?? query?.[CSRF_FIELD] ?? request.headers['x-csrf-token'];
  if (isCrossSite(request) || !isValidCsrfToken(keyring, request, token)) throw new HttpError('csrf');
}
