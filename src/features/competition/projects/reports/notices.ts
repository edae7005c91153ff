import type { FastifyRequest } from 'fastify';
import { knownNotice } from '../../../../platform/http/notice.ts';

/** The confirmation a redirect left for a page of the reports, in the page's language. */
export function reportNotice(request: FastifyRequest): string | undefined {
  const texts = request.t.competitionReports.notices;
  const word = knownNotice(request, texts)?.word;
  return word ? texts[word] : undefined;
}
