import { validateHeaderValue } from 'node:http';
import type { FastifyReply } from 'fastify';

/**
 * The names of the reply's headers whose value Node would refuse to send (a line break or
 * another control character, usually from the request itself, e.g. a decoded path segment in
 * a redirect). Node throws while writing the head, after every error handler, and the visitor
 * would get a bare 500; checking before the answer is sent lets the platform answer 400.
 */
export function unsendableHeaders(reply: FastifyReply): string[] {
  return Object.entries(reply.getHeaders()).flatMap(([name, value]) => {
    if (value === undefined) return [];
    try {
      for (const part of [value].flat()) validateHeaderValue(name, String(part));
      return [];
    } catch {
      return [name];
    }
  });
}
