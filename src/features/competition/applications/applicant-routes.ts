import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { storedFileCaching, sendStoredFile } from '../../../platform/files/index.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { parseForm, toValues } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { applicationNotice } from './notices.ts';
import { getManagedOrganisations } from '../../organisations/service.ts';
import { answerLimit } from '../core/application-rules.ts';
import { canWithdraw } from '../core/application-states.ts';
import { APPLICATIONS_PATH, applicationPath, PUBLIC_PATH, SLUG } from '../core/paths.ts';
import { findPublishedCallBySlug } from '../core/repository.ts';
import { answerDraftRefusal } from './refusals.ts';
import { ensureReceiptFile } from './receipt-job.ts';
import { listApplicationsOfOrganisations, listInvitationsOfOrganisations } from './repository.ts';
import { listProjectsOfOrganisations } from '../projects/workspace/repository.ts';
import { requireOwnApplication } from './require-application.ts';
import { saveProject } from './save-project.ts';
import { saveSection } from './save-section.ts';
import { answerField, projectForm, replyForm, sectionForm, startForm, submitForm } from './schema.ts';
import { replyToQuery } from './screen-application.ts';
import { startApplication } from './start-application.ts';
import { submitApplication } from './submit-application.ts';
import { withdrawApplication } from './withdraw-application.ts';
import { ProjectPage, SectionPage, sectionValues } from './views/answer-pages.tsx';
import { CheckPage, SubmittedAnswersPage, SubmittedPage, WithdrawPage } from './views/check-page.tsx';
import { MyApplicationsPage } from './views/mine.tsx';
import { TaskListPage } from './views/task-list.tsx';

type IdRoute = { Params: { id: string } };
type SectionRoute = { Params: { id: string; sectionId: string } };
type SlugRoute = { Params: { slug: string } };

/**
 * The applicant's side: start from the call page, the list of the person's applications, the
 * task list with the project and the form's sections, the check page, submitting, the
 * receipt, withdrawing and the reply to a query. Every route needs a signed-in manager of the
 * applying organisation (requireOwnApplication answers 404 to anyone else).
 */
export function applicantRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  app.post<SlugRoute>(`${PUBLIC_PATH}/:slug/bewerbung`, guard, async (request, reply) => {
    const call = SLUG.test(request.params.slug) ? await findPublishedCallBySlug(deps.db, request.params.slug) : undefined;
    if (!call) throw notFound();
    const form = parseForm(startForm, request.body, request.t);
    if (!form.ok) throw badRequest('organisation missing');
    const organisation = (await getManagedOrganisations(deps.db, request.user!.id)).find((o) => o.id === form.data.organisationId);
    if (!organisation) throw notFound();
    const outcome = await startApplication(deps.db, { actor: request.user!, call, organisation, now: new Date() });
    if (outcome.kind === 'started') return redirectWithNotice(reply, applicationPath(outcome.application.id), { word: 'started' });
    if (outcome.kind === 'exists') return reply.redirect(applicationPath(outcome.application.id), 303);
    // The call page offers the button only to eligible organisations while the call is open.
    throw badRequest(outcome.kind === 'closed' ? 'call not open' : 'organisation not eligible');
  });

  app.get(APPLICATIONS_PATH, guard, async (request, reply) => {
    const managed = await getManagedOrganisations(deps.db, request.user!.id);
    const ids = managed.map((o) => o.id);
    const page = h(MyApplicationsPage, {
      ctx: request.view(),
      managesOrganisations: managed.length > 0,
      applications: await listApplicationsOfOrganisations(deps.db, ids),
      invitations: await listInvitationsOfOrganisations(deps.db, ids),
      projects: await listProjectsOfOrganisations(deps.db, ids),
      notice: applicationNotice(request),
    });
    return reply.page(page);
  });

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    return reply.page(h(TaskListPage, { ctx: request.view(), dossier, now: new Date(), notice: applicationNotice(request) }));
  });

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id/vorhaben`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    const { title, summary } = dossier.application;
    return reply.page(h(ProjectPage, { ctx: request.view(), dossier, values: { title, summary } }));
  });

  app.post<IdRoute>(`${APPLICATIONS_PATH}/:id/vorhaben`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    const form = parseForm(projectForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ProjectPage, { ctx: request.view(), dossier, values: form.values, errors: form.errors }), 400);
    const outcome = await saveProject(deps.db, { applicationId: dossier.application.id, input: form.data, now: new Date() });
    if (outcome.kind !== 'saved') return answerDraftRefusal(request, reply, dossier.application.id, outcome);
    const complete = form.data.title !== '' && form.data.summary !== '';
    return redirectWithNotice(reply, applicationPath(dossier.application.id), { word: complete ? 'saved' : 'incomplete' });
  });

  app.get<SectionRoute>(`${APPLICATIONS_PATH}/:id/abschnitt/:sectionId`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    const section = dossier.form.find((s) => s.id === request.params.sectionId);
    if (!section) throw notFound();
    return reply.page(h(SectionPage, { ctx: request.view(), dossier, section, values: sectionValues(section, dossier.answers) }));
  });

  app.post<SectionRoute>(`${APPLICATIONS_PATH}/:id/abschnitt/:sectionId`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    const section = dossier.form.find((s) => s.id === request.params.sectionId);
    if (!section) throw notFound();
    const form = parseForm(sectionForm(section), request.body, request.t);
    if (!form.ok) return reply.page(h(SectionPage, { ctx: request.view(), dossier, section, values: form.values, errors: form.errors }), 400);
    const values = new Map(section.questions.map((q) => [q.id, form.data[answerField(q.id)] ?? '']));
    const outcome = await saveSection(deps.db, { applicationId: dossier.application.id, section, values, now: new Date() });
    if (outcome.kind === 'invalid') {
      const e = request.t.competitionApplications.errors;
      const errors = outcome.problems.map((p) => {
        const question = section.questions.find((q) => q.id === p.questionId)!;
        const message = p.problem === 'tooLong' ? e.answerTooLong(answerLimit(question)) : p.problem === 'choice' ? e.answerChoice : e.answerRequired;
        return { field: answerField(p.questionId), message };
      });
      return reply.page(h(SectionPage, { ctx: request.view(), dossier, section, values: toValues(form.data as Record<string, unknown>), errors }), 400);
    }
    if (outcome.kind !== 'saved') return answerDraftRefusal(request, reply, dossier.application.id, outcome);
    return redirectWithNotice(reply, applicationPath(dossier.application.id), { word: outcome.complete ? 'saved' : 'incomplete' });
  });

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id/pruefen`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (dossier.application.status !== 'draft') return reply.redirect(applicationPath(dossier.application.id), 303);
    return reply.page(h(CheckPage, { ctx: request.view(), dossier }));
  });

  app.post<IdRoute>(`${APPLICATIONS_PATH}/:id/absenden`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    // A second click after the first went through: the confirmation again, nothing twice.
    if (dossier.application.status === 'submitted' && dossier.application.submittedBy === request.user!.id) {
      return reply.redirect(applicationPath(dossier.application.id, 'eingereicht'), 303);
    }
    const form = parseForm(submitForm, request.body, request.t);
    if (!form.ok) return reply.page(h(CheckPage, { ctx: request.view(), dossier, errors: form.errors }), 400);
    const outcome = await submitApplication(deps.db, { actor: request.user!, applicationId: dossier.application.id, now: new Date(), locale: request.locale });
    if (outcome.kind === 'incomplete') {
      const fresh = await requireOwnApplication(deps, request, dossier.application.id);
      return reply.page(h(CheckPage, { ctx: request.view(), dossier: fresh }), 409);
    }
    if (outcome.kind !== 'submitted') return answerDraftRefusal(request, reply, dossier.application.id, outcome);
    return reply.redirect(applicationPath(dossier.application.id, 'eingereicht'), 303);
  });

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id/eingereicht`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (!dossier.application.reference) return reply.redirect(applicationPath(dossier.application.id), 303);
    return reply.page(h(SubmittedPage, { ctx: request.view(), dossier }));
  });

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id/angaben`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (!dossier.application.reference) return reply.redirect(applicationPath(dossier.application.id, 'pruefen'), 303);
    return reply.page(h(SubmittedAnswersPage, { ctx: request.view(), dossier }));
  });

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id/eingangsbestaetigung.pdf`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    const receipt = await ensureReceiptFile(deps, dossier.application.id, request.locale);
    if (!receipt) throw notFound();
    reply.header('cache-control', storedFileCaching(false));
    return (await sendStoredFile(reply, deps.files, receipt.fileId)) ?? reply.callNotFound();
  });

  app.get<IdRoute>(`${APPLICATIONS_PATH}/:id/zurueckziehen`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    if (!canWithdraw(dossier.application.status, dossier.call.decisionsReleasedAt !== null))
      return reply.redirect(applicationPath(dossier.application.id), 303);
    return reply.page(h(WithdrawPage, { ctx: request.view(), dossier }));
  });

  app.post<IdRoute>(`${APPLICATIONS_PATH}/:id/zurueckziehen`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    // A second click: withdrawn already, as the person wanted.
    if (dossier.application.status === 'withdrawn') return reply.redirect(applicationPath(dossier.application.id), 303);
    const outcome = await withdrawApplication(deps.db, { actor: request.user!, applicationId: dossier.application.id, now: new Date() });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'notAllowed') {
      const errors = [{ field: 'form', message: request.t.competitionApplications.errors.withdrawNotAllowed }];
      return reply.page(h(TaskListPage, { ctx: request.view(), dossier, now: new Date(), errors }), 409);
    }
    return redirectWithNotice(reply, applicationPath(dossier.application.id), { word: 'withdrawn' });
  });

  app.post<IdRoute>(`${APPLICATIONS_PATH}/:id/rueckfrage`, guard, async (request, reply) => {
    const dossier = await requireOwnApplication(deps, request, request.params.id);
    const form = parseForm(replyForm, request.body, request.t);
    if (!form.ok) return reply.page(h(TaskListPage, { ctx: request.view(), dossier, now: new Date(), values: form.values, errors: form.errors }), 400);
    const outcome = await replyToQuery(deps.db, { actor: request.user!, applicationId: dossier.application.id, reply: form.data.reply });
    if (outcome.kind === 'notFound') throw notFound();
    // answered already (a double submit) or no longer queried: the page shows where it stands
    if (outcome.kind === 'notAllowed') return reply.redirect(applicationPath(dossier.application.id), 303);
    return redirectWithNotice(reply, applicationPath(dossier.application.id), { word: 'replied' });
  });
}
