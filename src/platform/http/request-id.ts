import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a proxy's or load balancer's id may look like to be taken over: no spaces, no quotes, nothing long. */
const FOREIGN_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id of a request: the one the proxy in front sent as X-Request-Id, so that its logs and
 * ours name the same request, or a new random UUID. It is in every log line of the request
 * and in its answer.
 */
export function requestIdFor(request: IncomingMessage): string {
  const sent = request.headers['x-request-id'];
  return typeof sent === 'string' && FOREIGN_ID.test(sent) ? sent : randomUUID();
}
