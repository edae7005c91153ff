import type { FastifyRequest } from 'fastify';
import { knownNotice } from '../../../platform/http/notice.ts';

/** The confirmation a redirect left for the list or the settings, in the page's language. */
export function notificationsNotice(request: FastifyRequest): string | undefined {
  const texts = request.t.networkNotifications.notices;
  const word = knownNotice(request, texts)?.word;
  return word ? texts[word] : undefined;
}
