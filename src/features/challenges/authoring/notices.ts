import type { FastifyReply, FastifyRequest } from 'fastify';
import type { challengesAuthoring } from '../../../messages/de/challenges-authoring.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';

export type AuthoringNotice = keyof typeof challengesAuthoring.notices;

/** Redirects (303) to an authoring page, which confirms the action once. */
export function redirectWithAuthoringNotice(reply: FastifyReply, path: string, notice: AuthoringNotice): FastifyReply {
  return redirectWithNotice(reply, path, { word: notice });
}

/** The confirmation the redirect left for this page, in words. */
export function authoringNotice(request: FastifyRequest): string | undefined {
  const notice = knownNotice(request, request.t.challengesAuthoring.notices)?.word;
  return notice ? request.t.challengesAuthoring.notices[notice] : undefined;
}
