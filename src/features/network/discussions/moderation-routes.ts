import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { postAnchor, threadPath } from '../core/paths.ts';
import { requireModeratedGroup, type GroupInContext } from '../core/require-group.ts';
import { changeThreadState, type ThreadStateChange } from './change-thread-state.ts';
import { closeReport } from './close-report.ts';
import { moveThread } from './move-thread.ts';
import { reportsPath } from './paths.ts';
import type { ThreadRow } from './repository.ts';
import { requirePost, requireThread } from './require-thread.ts';
import { emptyForm, isUuid, moveForm } from './schema.ts';
import { setPostVisibility } from './set-post-visibility.ts';
import { moveTargets, openReports } from './thread-service.ts';
import { MovePage } from './views/move-page.tsx';
import { ReportsPage } from './views/reports-page.tsx';

type SlugRoute = { Params: { slug: string } };
type ThreadRoute = { Params: { slug: string; threadId: string } };
type PostRoute = { Params: { slug: string; threadId: string; postId: string } };
type ReportRoute = { Params: { slug: string; reportId: string } };

const GROUP = '/netzwerk/gruppen/:slug';
const THREAD = `${GROUP}/diskussionen/:threadId`;
const POST = `${THREAD}/beitraege/:postId`;

/** The address of each thread action, what it changes and the confirmation it leaves. */
const THREAD_ACTIONS: { page: string; change: ThreadStateChange; notice: string }[] = [
  { page: 'sperren', change: 'lock', notice: 'locked' },
  { page: 'entsperren', change: 'unlock', notice: 'unlocked' },
  { page: 'anpinnen', change: 'pin', notice: 'pinned' },
  { page: 'loesen', change: 'unpin', notice: 'unpinned' },
  { page: 'ausblenden', change: 'hide', notice: 'threadHidden' },
  { page: 'einblenden', change: 'unhide', notice: 'threadShown' },
];

/**
 * What the group's owners and moderators do with its discussions: hide and show posts, lock,
 * pin, hide and move threads, and deal with reports. requireModeratedGroup answers 403 to the
 * other members and 404 to outsiders of a hidden group; every action is audited by its command.
 */
export function moderationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  async function moderatedThread(request: FastifyRequest<ThreadRoute>): Promise<{ found: GroupInContext; thread: ThreadRow }> {
    const found = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
    return { found, thread: await requireThread(deps.db, found, request.params.threadId) };
  }

  for (const hidden of [true, false]) {
    app.post<PostRoute>(`${POST}/${hidden ? 'ausblenden' : 'einblenden'}`, guard, async (request, reply) => {
      const { found, thread } = await moderatedThread(request);
      const post = await requirePost(deps.db, found, thread, request.params.postId);
      parseForm(emptyForm, request.body, request.t);
      const outcome = await setPostVisibility(deps.db, {
        actor: request.user!,
        group: found.group,
        threadId: thread.id,
        postId: post.id,
        hidden,
        at: new Date(),
      });
      if (outcome.kind === 'notFound') throw notFound();
      return redirectWithNotice(reply, `${threadPath(found.group.slug, thread.id)}#${postAnchor(post.id)}`, { word: hidden ? 'postHidden' : 'postShown' });
    });
  }

  for (const action of THREAD_ACTIONS) {
    app.post<ThreadRoute>(`${THREAD}/${action.page}`, guard, async (request, reply) => {
      const { found, thread } = await moderatedThread(request);
      parseForm(emptyForm, request.body, request.t);
      const outcome = await changeThreadState(deps.db, {
        actor: request.user!,
        group: found.group,
        threadId: thread.id,
        change: action.change,
        at: new Date(),
      });
      if (outcome.kind === 'notFound') throw notFound();
      return redirectWithNotice(reply, threadPath(found.group.slug, thread.id), { word: action.notice });
    });
  }

  async function showMove(
    request: FastifyRequest<ThreadRoute>,
    reply: FastifyReply,
    target: { found: GroupInContext; thread: ThreadRow },
    form: { values?: FormValues; errors?: FieldError[] } = {},
    status: 200 | 400 = 200,
  ): Promise<FastifyReply> {
    const page = h(MovePage, {
      ctx: request.view(),
      group: target.found.group,
      standing: target.found.standing,
      thread: target.thread,
      targets: await moveTargets(deps.db, request.user!.id, target.found.group.id),
      values: form.values,
      errors: form.errors,
    });
    return reply.page(page, status);
  }

  app.get<ThreadRoute>(`${THREAD}/verschieben`, guard, async (request, reply) => {
    return showMove(request, reply, await moderatedThread(request));
  });

  app.post<ThreadRoute>(`${THREAD}/verschieben`, guard, async (request, reply) => {
    const target = await moderatedThread(request);
    const form = parseForm(moveForm, request.body, request.t);
    if (!form.ok) return showMove(request, reply, target, form, 400);
    const outcome = await moveThread(deps.db, { actor: request.user!, from: target.found.group, threadId: target.thread.id, targetGroupId: form.data.groupId });
    switch (outcome.kind) {
      case 'notFound':
        throw notFound();
      case 'notModerated':
        return showMove(
          request,
          reply,
          target,
          { values: { groupId: form.data.groupId }, errors: [{ field: 'groupId', message: request.t.networkDiscussions.errors.targetNotModerated }] },
          400,
        );
      case 'moved':
        return redirectWithNotice(reply, threadPath(outcome.target.slug, target.thread.id), { word: 'moved' });
    }
  });

  app.get<SlugRoute>(`${GROUP}/meldungen`, guard, async (request, reply) => {
    const found = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
    const texts = request.t.networkDiscussions.notices;
    const notice = knownNotice(request, { reportClosed: texts.reportClosed, reportHidden: texts.reportHidden });
    return reply.page(
      h(ReportsPage, {
        ctx: request.view(),
        group: found.group,
        standing: found.standing,
        reports: await openReports(deps.db, found.group.id),
        notice: notice ? texts[notice.word] : undefined,
      }),
    );
  });

  for (const hidePost of [false, true]) {
    app.post<ReportRoute>(`${GROUP}/meldungen/:reportId/${hidePost ? 'ausblenden' : 'erledigt'}`, guard, async (request, reply) => {
      const found = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
      if (!isUuid(request.params.reportId)) throw notFound();
      parseForm(emptyForm, request.body, request.t);
      const outcome = await closeReport(deps.db, { actor: request.user!, group: found.group, reportId: request.params.reportId, hidePost, at: new Date() });
      if (outcome.kind === 'notFound') throw notFound();
      return redirectWithNotice(reply, reportsPath(found.group.slug), { word: outcome.kind === 'hidden' ? 'reportHidden' : 'reportClosed' });
    });
  }
}
