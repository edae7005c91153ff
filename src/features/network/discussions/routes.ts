import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { enforceLimits, type Limit } from '../../../platform/http/rate-limit.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { postAnchor, threadPath } from '../core/paths.ts';
import { requireReadableGroup, type GroupInContext } from '../core/require-group.ts';
import { canModerate, canPost } from '../core/rules.ts';
import { editPost } from './edit-post.ts';
import { markAnswer } from './mark-answer.ts';
import { moderationRoutes } from './moderation-routes.ts';
import { discussionsPath, newThreadPath, postPath } from './paths.ts';
import { replyToThread, type ReplyOutcome } from './reply-to-thread.ts';
import { reportPost } from './report-post.ts';
import type { ThreadRow } from './repository.ts';
import { requirePost, requireThread } from './require-thread.ts';
import { canMarkAnswer, isAuthor, type ThreadViewer } from './rules.ts';
import { answerForm, editReplyForm, emptyForm, listQuery, replyForm, reportForm, threadForm, threadQuery } from './schema.ts';
import { startThread, type StartThreadOutcome } from './start-thread.ts';
import { threadListPage, threadPosts } from './thread-service.ts';
import { toggleHelpful } from './toggle-helpful.ts';
import { ThreadFormPage } from './views/thread-form-page.tsx';
import type { ThreadPageForm } from './views/thread-page.tsx';
import { ThreadPage } from './views/thread-page.tsx';
import { ThreadsPage } from './views/threads-page.tsx';

export const LIMITS = {
  // Every thread and reply notifies all members of the group. A lively day in a group is a
  // few dozen posts; a taken-over account must not turn a group into a way to mail everyone.
  postsPerPerson: { name: 'network-post:person', max: 60, windowSeconds: 60 * 60 },
  // Each report notifies the group's moderators.
  reportsPerPerson: { name: 'network-report:person', max: 30, windowSeconds: 24 * 60 * 60 },
} satisfies Record<string, Limit>;

type SlugRoute = { Params: { slug: string } };
type ThreadRoute = { Params: { slug: string; threadId: string } };
type PostRoute = { Params: { slug: string; threadId: string; postId: string } };

const GROUP = '/netzwerk/gruppen/:slug';
const THREAD = `${GROUP}/diskussionen/:threadId`;
const POST = `${THREAD}/beitraege/:postId`;

const NOTICE_WORDS = [
  'started',
  'replied',
  'edited',
  'reported',
  'alreadyReported',
  'answered',
  'postHidden',
  'postShown',
  'locked',
  'unlocked',
  'pinned',
  'unpinned',
  'threadHidden',
  'threadShown',
  'moved',
] as const;

/**
 * A group's discussions: reading follows the group's visibility (requireReadableGroup: 404 for
 * a hidden group's outsiders, 403 for a members-only group's), writing needs an active member,
 * and every thread and post is found only under its group and thread.
 */
export function discussionsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  function viewerOf(request: FastifyRequest, found: GroupInContext): ThreadViewer {
    return { userId: request.user?.id, canPost: canPost(found.standing), canModerate: canModerate(found.standing) };
  }

  function noticeOf(request: FastifyRequest): string | undefined {
    const texts = request.t.networkDiscussions.notices;
    const known = knownNotice(request, Object.fromEntries(NOTICE_WORDS.map((w) => [w, texts[w]])) as Record<(typeof NOTICE_WORDS)[number], string>);
    return known ? texts[known.word] : undefined;
  }

  async function showThread(
    request: FastifyRequest,
    reply: FastifyReply,
    found: GroupInContext,
    thread: ThreadRow,
    form: Partial<ThreadPageForm> = {},
    status: 200 | 400 | 409 = 200,
  ): Promise<FastifyReply> {
    const page = h(ThreadPage, {
      ctx: request.view(),
      group: found.group,
      standing: found.standing,
      thread,
      content: await threadPosts(deps.db, thread.id, request.user?.id),
      viewer: viewerOf(request, found),
      form: { ...form, submissionId: form.submissionId ?? newSubmissionId() },
      notice: status === 200 ? noticeOf(request) : undefined,
    });
    return reply.page(page, status);
  }

  function showNewThread(
    request: FastifyRequest,
    reply: FastifyReply,
    found: GroupInContext,
    form: { values?: FormValues; errors?: FieldError[]; submissionId?: string | undefined } = {},
    status: 200 | 400 = 200,
  ): FastifyReply {
    const slug = found.group.slug;
    const page = h(ThreadFormPage, {
      ctx: request.view(),
      group: found.group,
      standing: found.standing,
      mode: 'new',
      action: newThreadPath(slug),
      cancelHref: discussionsPath(slug),
      withTitle: true,
      values: form.values,
      errors: form.errors,
      submissionId: form.submissionId ?? newSubmissionId(),
    });
    return reply.page(page, status);
  }

  function mentionError(request: FastifyRequest, names: string[]): FieldError[] {
    return [{ field: 'body', message: request.t.networkDiscussions.errors.unknownMentions(names) }];
  }

  app.get<SlugRoute>(`${GROUP}/diskussionen`, async (request, reply) => {
    const found = await requireReadableGroup(deps.db, request.params.slug, request.user);
    const { seite } = listQuery.parse(request.query ?? {});
    const list = await threadListPage(deps.db, { groupId: found.group.id, withHidden: canModerate(found.standing), page: seite });
    return reply.page(
      h(ThreadsPage, {
        ctx: request.view(),
        group: found.group,
        standing: found.standing,
        list,
        canStart: canPost(found.standing),
        canModerate: canModerate(found.standing),
        notice: noticeOf(request),
      }),
    );
  });

  async function requireWritableGroup(request: FastifyRequest<SlugRoute>): Promise<GroupInContext> {
    const found = await requireReadableGroup(deps.db, request.params.slug, request.user);
    if (!canPost(found.standing)) throw forbidden();
    return found;
  }

  app.get<SlugRoute>(`${GROUP}/diskussionen/neu`, guard, async (request, reply) => {
    return showNewThread(request, reply, await requireWritableGroup(request));
  });

  app.post<SlugRoute>(`${GROUP}/diskussionen/neu`, guard, async (request, reply) => {
    const found = await requireWritableGroup(request);
    const form = parseForm(threadForm, request.body, request.t);
    if (!form.ok) return showNewThread(request, reply, found, form, 400);
    await enforceLimits(deps, [{ limit: LIMITS.postsPerPerson, subject: request.user!.id }]);
    const outcome = await runOncePerSubmissionUnlessRefused<Exclude<StartThreadOutcome, { kind: 'started' }>>(deps.db, form.submissionId, async (tx) => {
      const result = await startThread(tx, { actor: request.user!, group: found.group, title: form.data.title, body: form.data.body, at: new Date() });
      return result.kind === 'started' ? threadPath(found.group.slug, result.threadId) : { refused: result };
    });
    if (!('refused' in outcome)) return redirectWithNotice(reply, outcome.location, { word: 'started' });
    if (outcome.refused.kind === 'notMember') throw forbidden();
    return showNewThread(
      request,
      reply,
      found,
      { values: toValues(request.body as Record<string, unknown>), errors: mentionError(request, outcome.refused.names), submissionId: form.submissionId },
      400,
    );
  });

  app.get<ThreadRoute>(THREAD, async (request, reply) => {
    const found = await requireReadableGroup(deps.db, request.params.slug, request.user);
    const thread = await requireThread(deps.db, found, request.params.threadId);
    const { zitat } = threadQuery.parse(request.query ?? {});
    return showThread(request, reply, found, thread, { quotesPostId: zitat });
  });

  app.post<ThreadRoute>(`${THREAD}/antworten`, guard, async (request, reply) => {
    const found = await requireWritableGroup(request);
    const thread = await requireThread(deps.db, found, request.params.threadId);
    const form = parseForm(replyForm, request.body, request.t);
    const raw = request.body as Record<string, unknown>;
    const quotesPostId = typeof raw.quotesPostId === 'string' ? raw.quotesPostId : undefined;
    if (!form.ok) return showThread(request, reply, found, thread, { ...form, quotesPostId }, 400);
    await enforceLimits(deps, [{ limit: LIMITS.postsPerPerson, subject: request.user!.id }]);
    const outcome = await runOncePerSubmissionUnlessRefused<Exclude<ReplyOutcome, { kind: 'replied' }>>(deps.db, form.submissionId, async (tx) => {
      const result = await replyToThread(tx, {
        actor: request.user!,
        group: found.group,
        threadId: thread.id,
        body: form.data.body,
        quotesPostId: form.data.quotesPostId,
        at: new Date(),
      });
      return result.kind === 'replied' ? `${threadPath(found.group.slug, thread.id)}#${postAnchor(result.postId)}` : { refused: result };
    });
    if (!('refused' in outcome)) return redirectWithNotice(reply, outcome.location, { word: 'replied' });
    const e = request.t.networkDiscussions.errors;
    const kept = { values: toValues(raw), submissionId: form.submissionId, quotesPostId: form.data.quotesPostId };
    const refused = outcome.refused;
    switch (refused.kind) {
      case 'notFound':
        throw notFound();
      case 'notMember':
        throw forbidden();
      case 'locked':
      case 'hidden':
        // the state changed under the form: show the thread as it is now, with the reason on top
        return showThread(
          request,
          reply,
          found,
          await requireThread(deps.db, found, thread.id),
          { ...kept, errors: [{ field: 'body', message: e[refused.kind] }] },
          409,
        );
      case 'quoteNotInThread':
        return showThread(request, reply, found, thread, { ...kept, quotesPostId: undefined, errors: [{ field: 'body', message: e.quoteNotInThread }] }, 400);
      case 'unknownMentions':
        return showThread(request, reply, found, thread, { ...kept, errors: mentionError(request, refused.names) }, 400);
    }
  });

  async function requireOwnPost(request: FastifyRequest<PostRoute>) {
    const found = await requireWritableGroup(request);
    const thread = await requireThread(deps.db, found, request.params.threadId);
    const post = await requirePost(deps.db, found, thread, request.params.postId);
    if (!isAuthor(viewerOf(request, found), post) || post.hiddenAt) throw forbidden();
    return { found, thread, post };
  }

  function showEdit(
    request: FastifyRequest<PostRoute>,
    reply: FastifyReply,
    target: Awaited<ReturnType<typeof requireOwnPost>>,
    form: { values: FormValues; errors?: FieldError[] | undefined },
    status: 200 | 400 | 409 = 200,
  ): FastifyReply {
    const { found, thread, post } = target;
    const page = h(ThreadFormPage, {
      ctx: request.view(),
      group: found.group,
      standing: found.standing,
      mode: 'edit',
      action: postPath(found.group.slug, thread.id, post.id, 'bearbeiten'),
      cancelHref: `${threadPath(found.group.slug, thread.id)}#${postAnchor(post.id)}`,
      withTitle: post.opening,
      values: form.values,
      errors: form.errors,
    });
    return reply.page(page, status);
  }

  app.get<PostRoute>(`${POST}/bearbeiten`, guard, async (request, reply) => {
    const target = await requireOwnPost(request);
    const values = { title: target.thread.title, body: target.post.body };
    if (target.thread.lockedAt)
      return showEdit(request, reply, target, { values, errors: [{ field: 'body', message: request.t.networkDiscussions.errors.lockedEdit }] }, 409);
    return showEdit(request, reply, target, { values });
  });

  app.post<PostRoute>(`${POST}/bearbeiten`, guard, async (request, reply) => {
    const target = await requireOwnPost(request);
    const { found, thread, post } = target;
    const form = post.opening ? parseForm(threadForm, request.body, request.t) : parseForm(editReplyForm, request.body, request.t);
    if (!form.ok) return showEdit(request, reply, target, form, 400);
    const data: { title?: string; body: string } = form.data;
    const outcome = await editPost(deps.db, {
      actor: request.user!,
      group: found.group,
      threadId: thread.id,
      postId: post.id,
      title: data.title,
      body: data.body,
      at: new Date(),
    });
    const values = toValues(request.body as Record<string, unknown>);
    switch (outcome.kind) {
      case 'notFound':
        throw notFound();
      case 'notAuthor':
        throw forbidden();
      case 'locked':
        return showEdit(request, reply, target, { values, errors: [{ field: 'body', message: request.t.networkDiscussions.errors.lockedEdit }] }, 409);
      case 'unknownMentions':
        return showEdit(request, reply, target, { values, errors: mentionError(request, outcome.names) }, 400);
      case 'edited':
        return redirectWithNotice(reply, `${threadPath(found.group.slug, thread.id)}#${postAnchor(post.id)}`, { word: 'edited' });
    }
  });

  app.post<PostRoute>(`${POST}/hilfreich`, guard, async (request, reply) => {
    const found = await requireWritableGroup(request);
    const thread = await requireThread(deps.db, found, request.params.threadId);
    const post = await requirePost(deps.db, found, thread, request.params.postId);
    parseForm(emptyForm, request.body, request.t);
    if (post.hiddenAt) throw notFound();
    await toggleHelpful(deps.db, { actor: request.user!, postId: post.id });
    return reply.redirect(`${threadPath(found.group.slug, thread.id)}#${postAnchor(post.id)}`, 303);
  });

  app.post<ThreadRoute>(`${THREAD}/antwort`, guard, async (request, reply) => {
    const found = await requireReadableGroup(deps.db, request.params.slug, request.user);
    const thread = await requireThread(deps.db, found, request.params.threadId);
    const viewer = viewerOf(request, found);
    if (!canMarkAnswer(viewer, { authorId: thread.authorId, locked: thread.lockedAt !== null, answerPostId: thread.answerPostId })) throw forbidden();
    const form = parseForm(answerForm, request.body, request.t);
    // the id comes from a button of the page; one that names no reply of this thread is not there
    if (!form.ok) throw notFound();
    const post = await requirePost(deps.db, found, thread, form.data.postId);
    const outcome = await markAnswer(deps.db, { actor: request.user!, groupId: found.group.id, threadId: thread.id, postId: post.id });
    if (outcome.kind !== 'marked') throw notFound();
    return redirectWithNotice(reply, `${threadPath(found.group.slug, thread.id)}#${postAnchor(post.id)}`, { word: 'answered' });
  });

  app.post<PostRoute>(`${POST}/melden`, guard, async (request, reply) => {
    const found = await requireWritableGroup(request);
    const thread = await requireThread(deps.db, found, request.params.threadId);
    const post = await requirePost(deps.db, found, thread, request.params.postId);
    const form = parseForm(reportForm, request.body, request.t);
    if (!form.ok) {
      const errors = form.errors.map((e) => (e.field === 'reason' ? { ...e, field: `reason.${post.id}` } : e));
      return showThread(request, reply, found, thread, { values: form.values, errors, reportPostId: post.id }, 400);
    }
    await enforceLimits(deps, [{ limit: LIMITS.reportsPerPerson, subject: request.user!.id }]);
    const outcome = await reportPost(deps.db, {
      actor: request.user!,
      groupId: found.group.id,
      threadId: thread.id,
      postId: post.id,
      reason: form.data.reason,
    });
    if (outcome.kind === 'notFound') throw notFound();
    return redirectWithNotice(reply, `${threadPath(found.group.slug, thread.id)}#${postAnchor(post.id)}`, { word: outcome.kind });
  });

  moderationRoutes(app, deps);
}
