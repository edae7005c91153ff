import type { FastifyRequest } from 'fastify';
import { knownNotice } from '../../../platform/http/notice.ts';

/** The confirmation a redirect left for an adoption's page, in the page's language. */
export function adoptionNotice(request: FastifyRequest): string | undefined {
  const texts = request.t.solutionsAdoptions.notices;
  const word = knownNotice(request, texts)?.word;
  return word ? texts[word] : undefined;
}
