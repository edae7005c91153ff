import type { FastifyRequest } from 'fastify';
import { knownNotice } from '../../../../platform/http/notice.ts';

/** The confirmation a redirect left for the workspace, in the page's language. */
export function workspaceNotice(request: FastifyRequest): string | undefined {
  const texts = request.t.competitionProjects.notices;
  const word = knownNotice(request, texts)?.word;
  return word ? texts[word] : undefined;
}
