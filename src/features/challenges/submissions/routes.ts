import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { DOCUMENT_TYPES } from '../../../platform/files/document-upload.ts';
import { checkUpload, receiveForm, sendStoredFile, storedFileCaching } from '../../../platform/files/index.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { formatDateTime } from '../../../platform/i18n/dates.ts';
import { mailSite } from '../../../platform/mail/site.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import { getOrganisationById } from '../../organisations/service.ts';
import { startSubmissionPath, SUBMISSIONS_PATH, submissionPath } from '../core/paths.ts';
import type { ChallengeRow, SubmissionRow } from '../core/repository.ts';
import { requireChallenge, requireOwnSubmission } from '../core/require-challenge.ts';
import { eligibleAs, submissionOpen } from '../core/rules.ts';
import { addAttachment, MAX_ATTACHMENTS } from './add-attachment.ts';
import type { DraftRefusal } from './lock-draft.ts';
import { removeAttachment } from './remove-attachment.ts';
import { findAttachment, listSubmissionsOfSubmitter } from './repository.ts';
import { saveDraft } from './save-draft.ts';
import { attachmentForm, draftForm, startForm } from './schema.ts';
import { getStartPage, getSubmissionPage } from './service.ts';
import { startSubmission, type StartOutcome } from './start-submission.ts';
import { submitSubmission } from './submit-submission.ts';
import { withdrawSubmission } from './withdraw-submission.ts';
import { ClosedPage } from './views/closed-page.tsx';
import { submissionCrumbs } from './views/crumbs.ts';
import { MySubmissionsPage } from './views/mine.tsx';
import { StartPage } from './views/start-page.tsx';
import { SubmissionPage, type SubmissionFormState } from './views/submission-page.tsx';

type SlugRoute = { Params: { slug: string } };
type IdRoute = { Params: { id: string } };
type AttachmentRoute = { Params: { id: string; fileId: string } };

const guard = { preHandler: requireUser };

/**
 * The submitter's side of the Call for Solutions: starting a draft for an organisation or on
 * one's own, the list of one's submissions, the draft with its attachments, submitting before
 * the deadline with the receipt, withdrawing until it. Every route needs a signed-in person;
 * a submission is found only by its submitter (requireOwnSubmission answers 404 to anyone else).
 */
export function submissionsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const maxMegabytes = Math.floor(deps.config.uploadMaxBytes / (1024 * 1024));

  function closed(request: FastifyRequest, reply: FastifyReply, challenge: ChallengeRow, extra: { reason?: string; submissionId?: string } = {}) {
    return reply.page(h(ClosedPage, { ctx: request.view(), challenge, now: new Date(), ...extra }), 409);
  }

  async function showSubmission(
    request: FastifyRequest,
    reply: FastifyReply,
    submission: SubmissionRow,
    state: Partial<SubmissionFormState> = {},
    status = 200,
  ) {
    const data = await getSubmissionPage(deps.db, submission);
    const notice = knownNotice(request, request.t.challengesSubmissions.notices);
    return reply.page(
      h(SubmissionPage, {
        ctx: request.view(),
        data,
        now: new Date(),
        maxMegabytes,
        notice: notice ? request.t.challengesSubmissions.notices[notice.word] : undefined,
        uploadSubmissionId: newSubmissionId(),
        ...state,
      }),
      status,
    );
  }

  /** A draft that could not be changed: gone, no longer a draft, or its window shut. */
  async function refused(request: FastifyRequest, reply: FastifyReply, submissionId: string, outcome: DraftRefusal) {
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'notDraft') {
      const data = await getSubmissionPage(deps.db, outcome.submission);
      return closed(request, reply, data.challenge, { reason: request.t.challengesSubmissions.closed.notDraft, submissionId });
    }
    return closed(request, reply, outcome.challenge, { submissionId });
  }

  async function showStart(
    request: FastifyRequest,
    reply: FastifyReply,
    challenge: ChallengeRow,
    form: { submissionId?: string | undefined; values?: FormValues; errors?: FieldError[] },
    status = 200,
  ) {
    const page = await getStartPage(deps.db, request.user!.id, challenge);
    return reply.page(h(StartPage, { ctx: request.view(), challenge, ...page, ...form, submissionId: form.submissionId ?? newSubmissionId() }), status);
  }

  app.get<SlugRoute>(startSubmissionPath(':slug'), guard, async (request, reply) => {
    const challenge = await requireChallenge(deps.db, request.params.slug, request.user);
    if (!submissionOpen(challenge, new Date())) return closed(request, reply, challenge);
    return showStart(request, reply, challenge, {});
  });

  app.post<SlugRoute>(startSubmissionPath(':slug'), guard, async (request, reply) => {
    const challenge = await requireChallenge(deps.db, request.params.slug, request.user);
    const now = new Date();
    if (!submissionOpen(challenge, now)) return closed(request, reply, challenge);
    const form = parseForm(startForm, request.body, request.t);
    if (!form.ok) return showStart(request, reply, challenge, form, 400);
    const e = request.t.challengesSubmissions.errors;
    const values = toValues(form.data);
    const choices = (await getStartPage(deps.db, request.user!.id, challenge)).choices;
    const asPerson = form.data.submitAs === 'person';
    // A choice the page did not offer: the challenge excludes that kind, or the organisation is not the person's.
    if (!eligibleAs(challenge.eligibility, asPerson ? 'person' : 'organisation')) {
      return showStart(request, reply, challenge, { submissionId: form.submissionId, values, errors: [{ field: 'submitAs', message: e.notEligible }] }, 400);
    }
    const organisation = asPerson ? null : choices.organisations.find((o) => o.id === form.data.submitAs);
    if (organisation === undefined) {
      return showStart(
        request,
        reply,
        challenge,
        { submissionId: form.submissionId, values, errors: [{ field: 'submitAs', message: e.forgedOrganisation }] },
        400,
      );
    }
    const outcome = await runOncePerSubmissionUnlessRefused<Exclude<StartOutcome, { kind: 'started' }>>(deps.db, form.submissionId, async (tx) => {
      const started = await startSubmission(tx, { actor: request.user!, challengeId: challenge.id, organisation, title: form.data.title, now });
      return started.kind === 'started' ? submissionPath(started.submission.id) : { refused: started };
    });
    if (!('refused' in outcome)) return redirectWithNotice(reply, outcome.location, { word: 'started' });
    const refusal = outcome.refused;
    if (refusal.kind === 'exists') return redirectWithNotice(reply, submissionPath(refusal.submission.id), { word: 'exists' });
    if (refusal.kind === 'closed') return closed(request, reply, refusal.challenge);
    const m = request.t.challengesSubmissions.taken;
    const name = organisation ? organisation.name : ((await getOrganisationById(deps.db, form.data.submitAs))?.name ?? '');
    return reply.page(
      h(MessagePage, {
        ctx: request.view(),
        title: m.title,
        body: [m.body(name), request.t.challengesSubmissions.closed.nothingChanged],
        breadcrumbs: submissionCrumbs(request.view(), { label: m.title }),
      }),
      409,
    );
  });

  app.get(SUBMISSIONS_PATH, guard, async (request, reply) => {
    const submissions = await listSubmissionsOfSubmitter(deps.db, request.user!.id);
    return reply.page(h(MySubmissionsPage, { ctx: request.view(), submissions }));
  });

  app.get<IdRoute>(submissionPath(':id'), guard, async (request, reply) => {
    const submission = await requireOwnSubmission(deps.db, request.user!, request.params.id);
    return showSubmission(request, reply, submission);
  });

  app.post<IdRoute>(submissionPath(':id'), guard, async (request, reply) => {
    const submission = await requireOwnSubmission(deps.db, request.user!, request.params.id);
    const form = parseForm(draftForm, request.body, request.t);
    if (!form.ok) return showSubmission(request, reply, submission, { values: form.values, errors: form.errors }, 400);
    const outcome = await saveDraft(deps.db, { actor: request.user!, submissionId: submission.id, input: form.data, now: new Date() });
    if (outcome.kind !== 'saved') return refused(request, reply, submission.id, outcome);
    return redirectWithNotice(reply, submissionPath(submission.id), { word: 'saved' });
  });

  app.post<IdRoute>(submissionPath(':id', 'anhaenge'), guard, async (request, reply) => {
    const submission = await requireOwnSubmission(deps.db, request.user!, request.params.id);
    if (!request.isMultipart()) throw badRequest('attachment form must be multipart');
    const e = request.t.challengesSubmissions.errors;
    const upload = await receiveForm(request, deps.files, {
      createdBy: request.user!.id,
      maxBytes: deps.config.uploadMaxBytes,
      files: { attachment: DOCUMENT_TYPES },
    });
    const chooseAgain = upload.files.attachment?.originalName;
    const form = await checkUpload(upload, attachmentForm, request.t, 'attachment', {
      required: e.fileRequired,
      empty: e.fileEmpty,
      type: e.fileType,
      tooLarge: e.fileTooLarge(maxMegabytes),
    });
    const uploadSubmissionId = form.submissionId ?? newSubmissionId();
    const values = toValues(upload.fields);
    if (!form.ok) return showSubmission(request, reply, submission, { values, errors: form.errors, uploadSubmissionId, chooseAgain }, form.status);
    const { file } = form;
    let outcome: Awaited<ReturnType<typeof runOncePerSubmissionUnlessRefused<Exclude<Awaited<ReturnType<typeof addAttachment>>, { kind: 'added' }>>>>;
    try {
      outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
        const added = await addAttachment(tx, { actor: request.user!, submissionId: submission.id, title: form.data.attachmentTitle, file, now: new Date() });
        return added.kind === 'added' ? submissionPath(submission.id) : { refused: added };
      });
    } catch (error) {
      // a hand-made form (no submission id) or a failure: the file it brought is not kept
      await upload.discard();
      throw error;
    }
    if ('refused' in outcome) {
      await upload.discard();
      if (outcome.refused.kind !== 'tooMany') return refused(request, reply, submission.id, outcome.refused);
      const errors = [{ field: 'attachment', message: e.tooManyFiles(MAX_ATTACHMENTS) }];
      return showSubmission(request, reply, submission, { values, errors, uploadSubmissionId, chooseAgain }, 400);
    }
    // the same form sent twice: the first upload counts, this one's file goes
    if (outcome.repeated) await upload.discard();
    return redirectWithNotice(reply, outcome.location, { word: 'added' });
  });

  app.post<AttachmentRoute>(submissionPath(':id', 'anhaenge/:fileId/entfernen'), guard, async (request, reply) => {
    const submission = await requireOwnSubmission(deps.db, request.user!, request.params.id);
    if (!isUuid(request.params.fileId)) throw notFound();
    const outcome = await removeAttachment(deps.db, {
      actor: request.user!,
      submissionId: submission.id,
      attachmentId: request.params.fileId,
      now: new Date(),
    });
    // removed already (a second click) or an attachment of another submission
    if (outcome.kind === 'noAttachment') throw notFound();
    if (outcome.kind !== 'removed') return refused(request, reply, submission.id, outcome);
    await deps.files.delete(outcome.fileId);
    return redirectWithNotice(reply, submissionPath(submission.id), { word: 'removed' });
  });

  // Files are sent as stored: compressing documents gains little, and ranges must count stored bytes.
  app.get<AttachmentRoute>(submissionPath(':id', 'anhaenge/:fileId'), { ...guard, compress: false }, async (request, reply) => {
    const submission = await requireOwnSubmission(deps.db, request.user!, request.params.id);
    const attachment = isUuid(request.params.fileId) ? await findAttachment(deps.db, submission.id, request.params.fileId) : undefined;
    if (!attachment) throw notFound();
    reply.header('cache-control', storedFileCaching(false));
    return (await sendStoredFile(reply, deps.files, attachment.fileId)) ?? reply.callNotFound();
  });

  app.post<IdRoute>(submissionPath(':id', 'einreichen'), guard, async (request, reply) => {
    const submission = await requireOwnSubmission(deps.db, request.user!, request.params.id);
    // the server's clock as the request came: one second after the deadline is late
    const now = new Date();
    const outcome = await submitSubmission(deps.db, { actor: request.user!, submissionId: submission.id, now, site: await mailSite(deps) });
    if (outcome.kind === 'submitted') return redirectWithNotice(reply, submissionPath(submission.id), { word: 'submitted' });
    if (outcome.kind === 'incomplete') {
      const e = request.t.challengesSubmissions.errors;
      const words = { title: e.titleRequired, summary: e.summaryRequired, description: e.descriptionRequired, team: e.teamRequired };
      const errors = outcome.missing.map((field) => ({ field, message: words[field] }));
      return showSubmission(request, reply, submission, { errors }, 400);
    }
    // a second click after the first went through: the page as it is now, one receipt
    if (outcome.kind === 'notDraft' && outcome.submission.status === 'submitted') return reply.redirect(submissionPath(submission.id), 303);
    return refused(request, reply, submission.id, outcome);
  });

  app.post<IdRoute>(submissionPath(':id', 'zurueckziehen'), guard, async (request, reply) => {
    const submission = await requireOwnSubmission(deps.db, request.user!, request.params.id);
    const outcome = await withdrawSubmission(deps.db, { actor: request.user!, submissionId: submission.id, now: new Date() });
    if (outcome.kind === 'notFound') throw notFound();
    // withdrawn already, as the person wanted
    if (outcome.kind === 'already') return reply.redirect(submissionPath(submission.id), 303);
    if (outcome.kind === 'closed') {
      const reason = request.t.challengesSubmissions.closed.notWithdrawable(formatDateTime(request.locale, outcome.challenge.submissionClosesAt));
      return closed(request, reply, outcome.challenge, { reason, submissionId: submission.id });
    }
    return redirectWithNotice(reply, submissionPath(submission.id), { word: 'withdrawn' });
  });
}
