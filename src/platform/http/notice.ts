import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The confirmation a page shows once after a redirect ("Gespeichert", "Abgemeldet"). It
 * travels in a cookie that lives a minute and is cleared by the next page, so a reload or a
 * bookmark does not show it again and the address stays clean (docs/decisions/0016).
 */
export const NOTICE_COOKIE = 'dk_hinweis';
const NOTICE_SECONDS = 60;
const WORD = /^[a-zA-Z][a-zA-Z0-9-]{0,39}$/;
const MAX_DETAIL = 100;

export interface Notice {
  /** which confirmation, e.g. "saved"; each page knows the words it shows */
  word: string;
  /** what it is about, e.g. a registration's reference */
  detail?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** the confirmation the previous request left for this page, if any */
    notice: Notice | undefined;
  }
}

function encode(notice: Notice): string {
  if (!WORD.test(notice.word)) throw new Error(`not a notice word: ${notice.word}`);
  const detail = notice.detail?.slice(0, MAX_DETAIL);
  return detail ? `${notice.word}:${encodeURIComponent(detail)}` : notice.word;
}

export function decodeNotice(value: string | undefined): Notice | undefined {
  if (!value) return undefined;
  const split = value.indexOf(':');
  const word = split === -1 ? value : value.slice(0, split);
  if (!WORD.test(word)) return undefined;
  if (split === -1) return { word };
  try {
    return { word, detail: decodeURIComponent(value.slice(split + 1)).slice(0, MAX_DETAIL) };
  } catch {
    return { word };
  }
}

function cookieOptions(request: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: request.server.sessionCookie.secure || request.protocol === 'https' };
}

/** Redirects (303) to `path`, whose page will show `notice` once. */
export function redirectWithNotice(reply: FastifyReply, path: string, notice: Notice): FastifyReply {
  reply.setCookie(NOTICE_COOKIE, encode(notice), { ...cookieOptions(reply.request), maxAge: NOTICE_SECONDS });
  return reply.redirect(path, 303);
}

/** Reads the notice the request brings and clears it, so that it is shown this once. */
export function takeNotice(request: FastifyRequest, reply: FastifyReply): void {
  const raw = request.cookies[NOTICE_COOKIE];
  if (raw === undefined) return;
  request.notice = decodeNotice(raw);
  reply.clearCookie(NOTICE_COOKIE, cookieOptions(request));
}

/** A confirmation the page knows, as the redirect before it left it. */
export interface KnownNotice<W extends string> {
  word: W;
  /** what the confirmation is about, e.g. a registration's reference */
  detail: string | undefined;
}

/**
 * The notice this request brings (docs/decisions/0016) if `texts` has a text for its word.
 * Each page passes the texts it shows, so a word meant for another page, or a cookie made up
 * by hand, shows nothing.
 */
export function knownNotice<W extends string>(request: FastifyRequest, texts: Readonly<Record<W, unknown>>): KnownNotice<W> | undefined {
  const notice = request.notice;
  if (!notice || !Object.hasOwn(texts, notice.word)) return undefined;
  return { word: notice.word as W, detail: notice.detail };
}
