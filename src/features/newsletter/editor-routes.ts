import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { sendExport } from '../../platform/exports/send.ts';
import { newSubmissionId, parseForm, type FieldError, type FormValues } from '../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../platform/http/notice.ts';
import { enforceLimits, type Limit } from '../../platform/http/rate-limit.ts';
import { runOncePerSubmission, runOncePerSubmissionUnlessRefused } from '../../platform/http/submissions.ts';
import { mailSite } from '../../platform/mail/site.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { MessagePage } from '../../platform/views/message-page.tsx';
import { exportSubscribers } from './export-subscribers.ts';
import { EDITOR_PATH, newsletterPath, SUBSCRIBERS_CSV_PATH, SUBSCRIBERS_PATH } from './paths.ts';
import type { NewsletterRow } from './repository.ts';
import { createNewsletter, updateNewsletter, type SaveNewsletterOutcome } from './save-newsletter.ts';
import { emptyForm, newsletterForm } from './schema.ts';
import { sendTestNewsletter } from './send-test.ts';
import { countSubscribersByStatus, findNewsletterById, listNewsletters, loadNewsletterOverview } from './service.ts';
import { startSending, type StartSendingOutcome } from './start-sending.ts';
import { NewsletterFormPage, NewsletterListPage, NewsletterOverviewPage, SendPage, SubscribersPage } from './views/editor.tsx';

const LIMITS = {
  // A test goes to the editor's own address only; a few dozen an hour is more than any draft needs.
  testSendPerEditor: { name: 'newsletter:test', max: 30, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

type IdRoute = { Params: { id: string } };

async function requireNewsletter(db: Executor, id: string): Promise<NewsletterRow> {
  const newsletter = isUuid(id) ? await findNewsletterById(db, id) : undefined;
  if (!newsletter) throw notFound();
  return newsletter;
}

/** Editors' pages (content:edit): list, write with preview, test send, send, subscribers and their export. */
export function editorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const editors = { preHandler: requirePermission('content:edit') };

  /** A newsletter whose sending has begun is read-only: 409 with the reason. */
  function readOnly(request: FastifyRequest, reply: FastifyReply, newsletter: NewsletterRow) {
    const m = request.t.newsletter.editor;
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.notDraftTitle, body: m.readOnly },
        h('p', { class: 'kern-body' }, h('a', { href: newsletterPath(newsletter.id) }, newsletter.subject)),
      ),
      409,
    );
  }

  function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    options: { newsletter?: NewsletterRow; values: FormValues; errors?: FieldError[]; submissionId?: string | undefined; preview?: boolean },
    status = 200,
  ) {
    const page = h(NewsletterFormPage, {
      ctx: request.view(),
      newsletter: options.newsletter,
      values: options.values,
      errors: options.errors,
      submissionId: options.submissionId ?? newSubmissionId(),
      preview: options.preview ?? false,
    });
    return reply.page(page, status);
  }

  async function save(request: FastifyRequest, reply: FastifyReply, newsletter: NewsletterRow | undefined) {
    const form = parseForm(newsletterForm, request.body, request.t);
    if (!form.ok)
      return showForm(
        request,
        reply,
        { ...(newsletter ? { newsletter } : {}), values: form.values, errors: form.errors, submissionId: form.submissionId },
        400,
      );
    if (form.data.action === 'preview') {
      return showForm(request, reply, {
        ...(newsletter ? { newsletter } : {}),
        values: { subject: form.data.subject, body: form.data.body },
        submissionId: form.submissionId,
        preview: true,
      });
    }
    const actor = request.user!;
    const outcome = await runOncePerSubmissionUnlessRefused<Exclude<SaveNewsletterOutcome, { kind: 'saved' }>>(deps.db, form.submissionId, async (tx) => {
      const now = new Date();
      const saved = newsletter
        ? await updateNewsletter(tx, { actor, newsletterId: newsletter.id, input: form.data, now })
        : await createNewsletter(tx, { actor, input: form.data, now });
      return saved.kind === 'saved' ? newsletterPath(saved.id) : { refused: saved };
    });
    if ('refused' in outcome) {
      if (outcome.refused.kind === 'notFound' || !newsletter) throw notFound();
      return readOnly(request, reply, newsletter);
    }
    return redirectWithNotice(reply, outcome.location, { word: 'saved' });
  }

  app.get(EDITOR_PATH, editors, async (request, reply) =>
    reply.page(h(NewsletterListPage, { ctx: request.view(), newsletters: await listNewsletters(deps.db) })),
  );

  app.get(`${EDITOR_PATH}/neu`, editors, async (request, reply) => showForm(request, reply, { values: {} }));
  app.post(`${EDITOR_PATH}/neu`, editors, async (request, reply) => save(request, reply, undefined));

  app.get(SUBSCRIBERS_PATH, editors, async (request, reply) =>
    reply.page(h(SubscribersPage, { ctx: request.view(), counts: await countSubscribersByStatus(deps.db) })),
  );

  app.get(SUBSCRIBERS_CSV_PATH, editors, async (request, reply) => {
    const table = await exportSubscribers(deps, { actor: request.user!, t: request.t, locale: request.locale });
    return sendExport(reply, table, 'csv', request.t.newsletter.subscribers.csv.fileName);
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id`, editors, async (request, reply) => {
    const newsletter = await requireNewsletter(deps.db, request.params.id);
    const notice = knownNotice(request, request.t.newsletter.editor.notices);
    const page = h(NewsletterOverviewPage, {
      ctx: request.view(),
      overview: await loadNewsletterOverview(deps.db, newsletter),
      notice: notice ? request.t.newsletter.editor.notices[notice.word] : undefined,
      editorEmail: request.user!.email,
      testSubmissionId: newSubmissionId(),
    });
    return reply.page(page);
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, editors, async (request, reply) => {
    const newsletter = await requireNewsletter(deps.db, request.params.id);
    if (newsletter.status !== 'draft') return readOnly(request, reply, newsletter);
    return showForm(request, reply, { newsletter, values: { subject: newsletter.subject, body: newsletter.body } });
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, editors, async (request, reply) => {
    const newsletter = await requireNewsletter(deps.db, request.params.id);
    if (newsletter.status !== 'draft') return readOnly(request, reply, newsletter);
    return save(request, reply, newsletter);
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/testversand`, editors, async (request, reply) => {
    const newsletter = await requireNewsletter(deps.db, request.params.id);
    const form = parseForm(emptyForm, request.body, request.t);
    await enforceLimits(deps, [{ limit: LIMITS.testSendPerEditor, subject: request.user!.id }]);
    const site = await mailSite(deps);
    const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await sendTestNewsletter(tx, { site, actor: request.user!, newsletter, locale: request.locale });
      return newsletterPath(newsletter.id);
    });
    return redirectWithNotice(reply, outcome.location, { word: 'testSent' });
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id/versenden`, editors, async (request, reply) => {
    const newsletter = await requireNewsletter(deps.db, request.params.id);
    if (newsletter.status !== 'draft') return readOnly(request, reply, newsletter);
    const overview = await loadNewsletterOverview(deps.db, newsletter);
    const page = h(SendPage, {
      ctx: request.view(),
      newsletter,
      recipients: overview.activeSubscribers,
      perMinute: deps.config.newsletter.mailsPerMinute,
      submissionId: newSubmissionId(),
    });
    return reply.page(page);
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/versenden`, editors, async (request, reply) => {
    const newsletter = await requireNewsletter(deps.db, request.params.id);
    const form = parseForm(emptyForm, request.body, request.t);
    const actor = request.user!;
    // A repeated submit finds its first result and goes there, though the newsletter is no draft by then.
    const outcome = await runOncePerSubmissionUnlessRefused<Exclude<StartSendingOutcome, { kind: 'started' }>>(deps.db, form.submissionId, async (tx) => {
      const started = await startSending(tx, { actor, newsletterId: newsletter.id, now: new Date() });
      return started.kind === 'started' ? newsletterPath(newsletter.id) : { refused: started };
    });
    if ('refused' in outcome) {
      if (outcome.refused.kind === 'notFound') throw notFound();
      if (outcome.refused.kind === 'notDraft') return readOnly(request, reply, newsletter);
      const m = request.t.newsletter.editor;
      return reply.page(h(MessagePage, { ctx: request.view(), title: m.sendTitle(newsletter.subject), body: m.noRecipients }), 409);
    }
    return redirectWithNotice(reply, outcome.location, { word: 'sending' });
  });
}
