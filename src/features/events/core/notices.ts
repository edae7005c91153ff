import type { FastifyRequest } from 'fastify';

/** A confirmation a page of this feature knows, as the redirect before it left it. */
export interface KnownNotice<W extends string> {
  word: W;
  /** what the confirmation is about: a registration's reference or id */
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
