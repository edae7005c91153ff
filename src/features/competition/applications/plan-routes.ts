import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { checkUpload, FILE_TYPES, receiveForm, sendStoredFile, storedFileCaching, type FormUpload } from '../../../platform/files/index.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, type FieldError } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { applicationNotice } from './notices.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { getOrganisationById, getOrganisationChoices } from '../../organisations/service.ts';
import { APPLICATIONS_PATH, applicationPath } from '../core/paths.ts';
import { addAttachment, removeAttachment } from './edit-attachments.ts';
import { addBudgetItem, removeBudgetItem } from './edit-budget.ts';
import { answerInvitation, invitePartner, removePartner } from './edit-partners.ts';
import { answerDraftRefusal } from './refusals.ts';
import { requireInvitation, requireOwnApplication } from './require-application.ts';
import type { DraftRefusal } from './lock-draft.ts';
import { attachmentForm, budgetItemForm, invitationAnswerForm, partnerForm } from './schema.ts';
import { loadDossier, type ApplicationDossier } from './service.ts';
import { AttachmentsPage } from './views/attachments-page.tsx';
import { BudgetPage } from './views/budget-page.tsx';
import { InvitationPage, PartnersPage } from './views/partner-pages.tsx';

type IdRoute = { Params: { id: string } };
type ItemRoute = { Params: { id: string; itemId: string } };

/** Attachments are documents; the store checks the bytes, not the name. */
const ATTACHMENT_TYPES = [FILE_TYPES.pdf, FILE_TYPES.odt, FILE_TYPES.docx];

/** A refusal a form can name, or one that leaves the page (too late, submitted). */
type FormRefusal = { field: string; message: string } | DraftRefusal;

/**
 * The budget plan, the partners and the attachments of a draft, and the invited
 * organisation's answer. Adding is safe against a double submit (submission id); removing
 * something already removed answers 404.
 */
export function planRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };
  const maxMegabytes = Math.floor(deps.config.uploadMaxBytes / (1024 * 1024));

  /** Runs an add command once per submission and turns its refusal into the form's error or a refusal page. */
  async function addOnce(
    request: FastifyRequest,
    reply: FastifyReply,
    dossier: ApplicationDossier,
    word: 'added' | 'invited',
    submissionId: string | undefined,
    work: Parameters<typeof runOncePerSubmissionUnlessRefused<FormRefusal>>[2],
    showForm: (errors: FieldError[]) => FastifyReply,
  ): Promise<FastifyReply> {
    const outcome = await runOncePerSubmissionUnlessRefused<FormRefusal>(deps.db, submissionId, work);
    if ('refused' in outcome) {
      const refused = outcome.refused;
      if ('field' in refused) return showForm([refused]);
      return answerDraftRefusal(request, reply, dossier.application.id, refused);
    }
    return redirectWithNotice(reply, outcome.location, { word });
  }

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id/finanzplan`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    return reply.page(h(BudgetPage, { ctx: request.view(), dossier, submissionId: newSubmissionId(), notice: applicationNotice(request) }));
  });

  app.post<IdRoute>(`${APPLICATIONS_PATH}/:id/finanzplan`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    const form = parseForm(budgetItemForm, request.body, request.t);
    const submissionId = form.submissionId ?? newSubmissionId();
    const values = form.ok ? (request.body as Record<string, string>) : form.values;
    const show = (errors: FieldError[]) => reply.page(h(BudgetPage, { ctx: request.view(), dossier, submissionId, values, errors }), 400);
    if (!form.ok) return show(form.errors);
    return addOnce(
      request,
      reply,
      dossier,
      'added',
      form.submissionId,
      async (tx) => {
        const outcome = await addBudgetItem(tx, { applicationId: dossier.application.id, input: form.data, now: new Date() });
        if (outcome.kind === 'added') return applicationPath(dossier.application.id, 'finanzplan');
        if (outcome.kind === 'yearOutside') return { refused: { field: 'year', message: request.t.competitionApplications.errors.yearOutside } };
        return { refused: outcome };
      },
      show,
    );
  });

  app.post<ItemRoute>(`${APPLICATIONS_PATH}/:id/finanzplan/:itemId/entfernen`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (!isUuid(request.params.itemId)) throw notFound();
    const outcome = await removeBudgetItem(deps.db, { applicationId: dossier.application.id, itemId: request.params.itemId, now: new Date() });
    if (outcome.kind !== 'removed') return answerDraftRefusal(request, reply, dossier.application.id, outcome);
    return redirectWithNotice(reply, applicationPath(dossier.application.id, 'finanzplan'), { word: 'removed' });
  });

  async function partnerChoices(dossier: ApplicationDossier) {
    return getOrganisationChoices(deps.db, dossier.call.eligibleTypes);
  }

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id/partner`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (!dossier.call.jointApplications) throw notFound();
    const choices = await partnerChoices(dossier);
    return reply.page(h(PartnersPage, { ctx: request.view(), dossier, choices, submissionId: newSubmissionId(), notice: applicationNotice(request) }));
  });

  app.post<IdRoute>(`${APPLICATIONS_PATH}/:id/partner`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (!dossier.call.jointApplications) throw notFound();
    const form = parseForm(partnerForm, request.body, request.t);
    const submissionId = form.submissionId ?? newSubmissionId();
    const values = form.ok ? (request.body as Record<string, string>) : form.values;
    const choices = await partnerChoices(dossier);
    const show = (errors: FieldError[]) => reply.page(h(PartnersPage, { ctx: request.view(), dossier, choices, submissionId, values, errors }), 400);
    if (!form.ok) return show(form.errors);
    const partner = await getOrganisationById(deps.db, form.data.organisationId);
    if (!partner) return show([{ field: 'organisationId', message: request.t.competitionApplications.errors.organisation }]);
    const e = request.t.competitionApplications.errors;
    return addOnce(
      request,
      reply,
      dossier,
      'invited',
      form.submissionId,
      async (tx) => {
        const outcome = await invitePartner(tx, {
          actor: request.user!,
          applicationId: dossier.application.id,
          partner,
          part: form.data.part,
          now: new Date(),
        });
        if (outcome.kind === 'invited') return applicationPath(dossier.application.id, 'partner');
        if (outcome.kind === 'self' || outcome.kind === 'already' || outcome.kind === 'notJoint') {
          return { refused: { field: 'organisationId', message: e[outcome.kind] } };
        }
        return { refused: outcome };
      },
      show,
    );
  });

  app.post<{ Params: { id: string; organisationId: string } }>(`${APPLICATIONS_PATH}/:id/partner/:organisationId/entfernen`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (!isUuid(request.params.organisationId)) throw notFound();
    const outcome = await removePartner(deps.db, {
      actor: request.user!,
      applicationId: dossier.application.id,
      organisationId: request.params.organisationId,
      now: new Date(),
    });
    if (outcome.kind !== 'removed') return answerDraftRefusal(request, reply, dossier.application.id, outcome);
    return redirectWithNotice(reply, applicationPath(dossier.application.id, 'partner'), { word: 'removed' });
  });

  type InvitationRoute = { Params: { id: string; organisationId: string } };

  app.get<InvitationRoute>(`${APPLICATIONS_PATH}/:id/einladung/:organisationId`, guard, async (request, reply) => {
    const { application, partner } = await requireInvitation(deps, request, request.params.id, request.params.organisationId);
    const dossier = await loadDossier(deps.db, application);
    return reply.page(h(InvitationPage, { ctx: request.view(), dossier, partner, notice: applicationNotice(request) }));
  });

  app.post<InvitationRoute>(`${APPLICATIONS_PATH}/:id/einladung/:organisationId`, guard, async (request, reply) => {
    const { application, partner } = await requireInvitation(deps, request, request.params.id, request.params.organisationId);
    const form = parseForm(invitationAnswerForm, request.body, request.t);
    // Only the two buttons send this form.
    if (!form.ok) throw badRequest('unknown answer');
    const here = applicationPath(application.id, `einladung/${partner.organisationId}`);
    const outcome = await answerInvitation(deps.db, {
      actor: request.user!,
      applicationId: application.id,
      organisationId: partner.organisationId,
      answer: form.data.answer,
    });
    if (outcome.kind === 'notFound') throw notFound();
    // answered before (a double click) or no longer a draft: the page says where it stands
    if (outcome.kind !== 'answered') return reply.redirect(here, 303);
    return redirectWithNotice(reply, here, { word: 'answered' });
  });

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id/anlagen`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    return reply.page(h(AttachmentsPage, { ctx: request.view(), dossier, maxMegabytes, submissionId: newSubmissionId(), notice: applicationNotice(request) }));
  });

  app.post<IdRoute>(`${APPLICATIONS_PATH}/:id/anlagen`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (!request.isMultipart()) throw badRequest('attachment form must be multipart');
    const upload: FormUpload = await receiveForm(request, deps.files, {
      createdBy: request.user!.id,
      maxBytes: deps.config.uploadMaxBytes,
      files: { file: ATTACHMENT_TYPES },
    });
    const e = request.t.competitionApplications.errors;
    const form = await checkUpload(upload, attachmentForm, request.t, 'file', {
      required: e.fileRequired,
      empty: e.fileEmpty,
      type: e.fileType,
      tooLarge: e.fileTooLarge(maxMegabytes),
    });
    const submissionId = form.submissionId ?? newSubmissionId();
    const values = Object.fromEntries(Object.entries(upload.fields).filter(([k]) => k === 'kind'));
    if (!form.ok) return reply.page(h(AttachmentsPage, { ctx: request.view(), dossier, maxMegabytes, submissionId, values, errors: form.errors }), form.status);
    const { file } = form;
    const outcome = await runOncePerSubmissionUnlessRefused<DraftRefusal>(deps.db, form.submissionId, async (tx) => {
      const added = await addAttachment(tx, { applicationId: dossier.application.id, kind: form.data.kind, fileId: file.id, now: new Date() });
      return added.kind === 'added' ? applicationPath(dossier.application.id, 'anlagen') : { refused: added };
    });
    if ('refused' in outcome) {
      await upload.discard();
      return answerDraftRefusal(request, reply, dossier.application.id, outcome.refused);
    }
    // the same form sent twice: the first upload counts, this one's file goes
    if (outcome.repeated) await upload.discard();
    return redirectWithNotice(reply, outcome.location, { word: 'added' });
  });

  app.get<ItemRoute>(`${APPLICATIONS_PATH}/:id/anlagen/:itemId`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    const attachment = dossier.attachments.find((a) => a.id === request.params.itemId);
    if (!attachment) throw notFound();
    reply.header('cache-control', storedFileCaching(false));
    return (await sendStoredFile(reply, deps.files, attachment.fileId)) ?? reply.callNotFound();
  });

  app.post<ItemRoute>(`${APPLICATIONS_PATH}/:id/anlagen/:itemId/entfernen`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (!isUuid(request.params.itemId)) throw notFound();
    const outcome = await removeAttachment(deps.db, { applicationId: dossier.application.id, attachmentId: request.params.itemId, now: new Date() });
    if (outcome.kind !== 'removed') return answerDraftRefusal(request, reply, dossier.application.id, outcome);
    await deps.files.delete(outcome.fileId);
    return redirectWithNotice(reply, applicationPath(dossier.application.id, 'anlagen'), { word: 'removed' });
  });
}
