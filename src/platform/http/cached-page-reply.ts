import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedPage } from './page-cache.ts';
import { sendHtml } from './request-context.ts';

/** Brotli at a low quality costs little CPU and still beats gzip on text; the compress plugin uses the same. */
export const BROTLI_OPTIONS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

type Encoding = 'br' | 'gzip';

/** Brotli, else gzip, else none, as the request's Accept-Encoding allows (`;q=0` refuses). */
export function chooseEncoding(header: string | undefined): Encoding | undefined {
  const accepted = new Set(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => q === undefined || !/^\s*q=0(\.0*)?\s*$/.test(q))
      .map(([name]) => name!.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

/**
 * Sends a kept page compressed once per encoding rather than once per request: compressing
 * the HTML would otherwise be most of what a reused page costs.
 */
export function sendCachedPage(request: FastifyRequest, reply: FastifyReply, page: CachedPage): FastifyReply {
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  reply.header('vary', 'accept-encoding');
  if (encoding === undefined) return sendHtml(reply, page.html);
  let body = page.encoded.get(encoding);
  if (!body) {
    body = encoding === 'br' ? zlib.brotliCompressSync(page.html, BROTLI_OPTIONS) : zlib.gzipSync(page.html);
    page.encoded.set(encoding, body);
  }
  // With Content-Encoding set, the compress plugin leaves the body as it is.
  reply.header('content-encoding', encoding);
  return sendHtml(reply, body);
}
