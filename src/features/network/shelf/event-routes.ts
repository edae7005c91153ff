import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import type { GroupRow } from '../core/repository.ts';
import { type GroupInContext, requireModeratedGroup, requireReadableGroup } from '../core/require-group.ts';
import { markGroupEvent } from './mark-group-event.ts';
import { groupEventRemovePath, groupEventsPath } from './paths.ts';
import { canArrangeShelf } from './rules.ts';
import { markEventForm } from './schema.ts';
import { listEventChoices, listGroupEvents } from './service.ts';
import { unmarkGroupEvent } from './unmark-group-event.ts';
import { type GroupEventNotice, GroupEventsPage } from './views/events-page.tsx';

type SlugRoute = { Params: { slug: string } };
type EventRoute = { Params: { slug: string; eventId: string } };

const NOTICES: Record<GroupEventNotice, true> = { marked: true, unmarked: true };

/**
 * The events marked as a group's. The events are public, but the group's page follows the
 * group's rules; its moderators mark coming events and take marks away.
 */
export function shelfEventRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };
  const at = groupEventsPath(':slug');

  async function showPage(
    request: FastifyRequest,
    reply: FastifyReply,
    found: GroupInContext,
    form: { submissionId?: string; values?: FormValues; errors?: FieldError[] },
    status = 200,
  ): Promise<FastifyReply> {
    const { group, standing } = found;
    const now = new Date();
    const { upcoming, past } = await listGroupEvents(deps.db, group.id, now);
    const mark = canArrangeShelf(standing)
      ? {
          choices: await listEventChoices(deps.db, group.id, now),
          submissionId: form.submissionId ?? newSubmissionId(),
          values: form.values,
          errors: form.errors,
        }
      : undefined;
    const notice = status === 200 ? knownNotice(request, NOTICES)?.word : undefined;
    return reply.page(h(GroupEventsPage, { ctx: request.view(), group, standing, upcoming, past, mark, notice }), status);
  }

  const backToList = (reply: FastifyReply, group: GroupRow, word: GroupEventNotice) => redirectWithNotice(reply, groupEventsPath(group.slug), { word });

  app.get<SlugRoute>(at, async (request, reply) => {
    const found = await requireReadableGroup(deps.db, request.params.slug, request.user);
    return showPage(request, reply, found, {});
  });

  app.post<SlugRoute>(at, guard, async (request, reply) => {
    const found = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
    const { group } = found;
    const form = parseForm(markEventForm, request.body, request.t);
    if (!form.ok)
      return showPage(
        request,
        reply,
        found,
        { ...(form.submissionId ? { submissionId: form.submissionId } : {}), values: form.values, errors: form.errors },
        400,
      );
    const outcome = await runOncePerSubmissionUnlessRefused<'notUpcoming'>(deps.db, form.submissionId, async (tx) => {
      const marked = await markGroupEvent(tx, { actor: request.user!, groupId: group.id, eventId: form.data.eventId, now: new Date() });
      return marked === 'notUpcoming' ? { refused: marked } : groupEventsPath(group.slug);
    });
    if ('refused' in outcome) {
      const errors = [{ field: 'eventId', message: request.t.networkShelf.events.errors.notUpcoming }];
      return showPage(
        request,
        reply,
        found,
        { ...(form.submissionId ? { submissionId: form.submissionId } : {}), values: toValues(request.body as Record<string, unknown>), errors },
        400,
      );
    }
    return backToList(reply, group, 'marked');
  });

  app.post<EventRoute>(groupEventRemovePath(':slug', ':eventId'), guard, async (request, reply) => {
    const { group } = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
    if (!isUuid(request.params.eventId)) throw notFound();
    const outcome = await unmarkGroupEvent(deps.db, { actor: request.user!, groupId: group.id, eventId: request.params.eventId });
    // never marked, or taken away already (a second click)
    if (outcome === 'notFound') throw notFound();
    return backToList(reply, group, 'unmarked');
  });
}
