import type { FastifyRequest } from 'fastify';
import { knownNotice } from '../../../platform/http/notice.ts';

/** The notice of a plan page after a redirect, in the plan's words. */
export function noticeText(request: FastifyRequest): string | undefined {
  const notice = knownNotice(request, request.t.strategyPlan.notices);
  return notice ? request.t.strategyPlan.notices[notice.word] : undefined;
}
