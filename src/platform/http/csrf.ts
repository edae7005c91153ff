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

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route's address carries a signed token that alone decides what it unsubscribes, so
     * that a mail program may POST `List-Unsubscribe=One-Click` to it (RFC 8058) without a
     * form, cookie or CSRF token. Any other body still needs the token.
     */
    oneClickUnsubscribe?: true;
    /**
     * The route reads no cookie: an `Authorization: Bearer` token alone says who writes (the
     * API's writes for integrations). A cross-site form cannot send that header, so a forged
     * request carries no credentials and the token stands in for the CSRF token.
     */
    bearerTokenOnly?: true;
  }
}

/**
 * Exactly the body RFC 8058 prescribes and nothing else, so that no form rides on the exemption.
 * Mail programs may send it as multipart/form-data, whose fields are read only in the handler:
 * on such a route the handler refuses any multipart body but that one.
 */
function isOneClickUnsubscribe(request: FastifyRequest, body: Record<string, unknown> | undefined): boolean {
  if (request.routeOptions.config.oneClickUnsubscribe !== true) return false;
  const type = String(request.headers['content-type'] ?? '');
  if (type.startsWith('multipart/form-data')) return true;
  if (!type.startsWith('application/x-www-form-urlencoded') || !body || typeof body !== 'object') return false;
  return Object.keys(body).length === 1 && body['List-Unsubscribe'] === 'One-Click';
}

/**
 * The handler's half of the exemption above: a multipart body on a one-click route is read here
 * and passes only as RFC 8058's single `List-Unsubscribe=One-Click` field, without any file.
 */
export async function isOneClickMultipartBody(request: FastifyRequest): Promise<boolean> {
  const fields: string[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        part.file.resume();
        return false;
      }
      fields.push(`${part.fieldname}=${String(part.value)}`);
    }
  } catch {
    // a body that is no multipart form at all (no boundary, cut short) is bad input, not a failure
    return false;
  }
  return fields.length === 1 && fields[0] === 'List-Unsubscribe=One-Click';
}

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
  if (SAFE_METHODS.has(request.method) || request.routeOptions.config.bearerTokenOnly === true) return;
  const body = request.body as Record<string, unknown> | undefined;
  // A forged one-click POST can only turn off the mails whose token the forger already holds.
  if (isOneClickUnsubscribe(request, body)) return;
  const query = request.query as Record<string, unknown> | undefined;
  const token = (body && typeof body === 'object' ? body[CSRF_FIELD] : undefined) ?? query?.[CSRF_FIELD] ?? request.headers['x-csrf-token'];
  if (isCrossSite(request) || !isValidCsrfToken(keyring, request, token)) throw new HttpError('csrf');
}
