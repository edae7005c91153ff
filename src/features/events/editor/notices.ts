import type { FastifyReply, FastifyRequest } from 'fastify';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { knownNotice } from '../../../platform/http/notice.ts';
import type { NoticeKey } from './views/shared.tsx';

/** Redirects (303) to an editor page, which confirms the action once. */
export function redirectToEditor(reply: FastifyReply, path: string, notice: NoticeKey): FastifyReply {
  return redirectWithNotice(reply, path, { word: notice });
}

/** The confirmation the redirect left for this editor page, if any. */
export function editorNotice(request: FastifyRequest): NoticeKey | undefined {
  return knownNotice(request, request.t.events.editor.notices)?.word;
}
