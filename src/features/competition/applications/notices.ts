import type { FastifyRequest } from 'fastify';
import { knownNotice } from '../../../platform/http/notice.ts';

/** The confirmation a redirect left for a page of an application, in the page's language. */
export function applicationNotice(request: FastifyRequest): string | undefined {
  const texts = request.t.competitionApplications.notices;
  const word = knownNotice(request, texts)?.word;
  return word ? texts[word] : undefined;
}
