import type { FastifyReply, FastifyRequest } from 'fastify';
import { knownNotice, redirectWithNotice } from '../../../../platform/http/notice.ts';
import { formatClock, formatDay } from '../../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { SessionRow } from '../../core/repository.ts';
import type { seminarsEditor } from '../../../../messages/de/seminars-editor.ts';

export type EditorNotice = keyof typeof seminarsEditor.notices;

/** Redirects (303) to an editors' page, which confirms the action once. */
export function redirectToEditor(reply: FastifyReply, path: string, notice: EditorNotice): FastifyReply {
  return redirectWithNotice(reply, path, { word: notice });
}

/** The confirmation the redirect left for this page, in words. */
export function editorNotice(request: FastifyRequest): string | undefined {
  const notice = knownNotice(request, request.t.seminarsEditor.notices)?.word;
  return notice ? request.t.seminarsEditor.notices[notice] : undefined;
}

/** "Mi., 12. Mai 2027, 10:00–16:00" */
export function sessionWhen(ctx: ViewContext, session: Pick<SessionRow, 'startsAt' | 'endsAt'>): string {
  return `${formatDay(ctx.locale, session.startsAt)}, ${formatClock(ctx.locale, session.startsAt)}–${formatClock(ctx.locale, session.endsAt)}`;
}

/** "Online" or "Kommunal-Akademie, Mayen" */
export function sessionWhere(ctx: ViewContext, session: Pick<SessionRow, 'online' | 'venue' | 'town'>): string {
  const place = [session.venue, session.town].filter(Boolean).join(', ');
  return session.online ? [ctx.t.seminars.online, session.venue].filter(Boolean).join(': ') : place;
}
