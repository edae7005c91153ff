import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, HttpError, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmission } from '../../../platform/http/submissions.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { listFundedProjectsOf } from '../../competition/service.ts';
import { getManagedOrganisations, getOrganisationById } from '../../organisations/service.ts';
import { listVersions } from '../../versions/service.ts';
import { editSolutionPath, MY_SOLUTIONS_PATH, NEW_SOLUTION_PATH } from '../core/paths.ts';
import type { SolutionRow } from '../core/repository.ts';
import { createSolution } from './create-solution.ts';
import { listSolutionDocuments, listSolutionsOfOrganisations } from './repository.ts';
import { requireOwnSolution } from './require-solution.ts';
import { newSolutionForm, solutionForm } from './schema.ts';
import { mailSite } from '../../../platform/mail/site.ts';
import { transitionSolution } from './transition-solution.ts';
import { writtenProfile } from './save-profile.ts';
import { SOLUTION_RECORD_KEY } from './text-versions.ts';
import { updateSolution } from './update-solution.ts';
import { MySolutionsPage, NewSolutionPage } from './views/mine.tsx';
import { SolutionFormPage, solutionValues } from './views/solution-form.tsx';

type IdRoute = { Params: { id: string } };

const NOTICES = { created: true, imported: true, saved: true, savedForReview: true, submitted: true, notAllowed: true } as const;

/** The owners' side: their organisations' solutions, a new draft, the whole profile, and submitting it for review. */
export function profileRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  async function managed(request: FastifyRequest) {
    return (await getManagedOrganisations(deps.db, request.user!.id)).map((o) => ({ id: o.id, name: o.name }));
  }

  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    solution: SolutionRow,
    state: { values: FormValues; errors?: FieldError[] | undefined },
    status = 200,
  ): Promise<FastifyReply> {
    const organisation = await getOrganisationById(deps.db, solution.ownerOrganisationId);
    const page = h(SolutionFormPage, {
      ctx: request.view(),
      solution,
      organisationName: organisation?.name ?? '',
      fields: await listFieldsOfAction(deps.db),
      projects: await listFundedProjectsOf(deps.db, solution.ownerOrganisationId),
      documents: (await listSolutionDocuments(deps.db, solution.id)).length,
      versions: (await listVersions(deps.db, SOLUTION_RECORD_KEY, solution.id)).length,
      notice: status === 200 ? knownNotice(request, NOTICES)?.word : undefined,
      ...state,
    });
    return reply.page(page, status);
  }

  app.get(MY_SOLUTIONS_PATH, guard, async (request, reply) => {
    const organisations = await managed(request);
    const solutions = await listSolutionsOfOrganisations(
      deps.db,
      organisations.map((o) => o.id),
    );
    return reply.page(h(MySolutionsPage, { ctx: request.view(), solutions, organisations }));
  });

  app.get(NEW_SOLUTION_PATH, guard, async (request, reply) => {
    const organisations = await managed(request);
    // only managers describe their organisation's solutions
    if (organisations.length === 0) throw new HttpError('forbidden');
    return reply.page(h(NewSolutionPage, { ctx: request.view(), organisations, submissionId: newSubmissionId() }));
  });

  app.post(NEW_SOLUTION_PATH, guard, async (request, reply) => {
    const organisations = await managed(request);
    if (organisations.length === 0) throw new HttpError('forbidden');
    const form = parseForm(newSolutionForm, request.body, request.t);
    const errors = form.ok ? [] : form.errors;
    // The choice offers only the person's organisations; another id is a stale or hand-made form.
    if (form.ok && !organisations.some((o) => o.id === form.data.organisationId)) {
      errors.push({ field: 'organisationId', message: request.t.solutionsProfiles.validation.organisation });
    }
    if (!form.ok || errors.length > 0) {
      const values = form.ok ? { organisationId: form.data.organisationId, title: form.data.title, summary: form.data.summary } : form.values;
      const page = h(NewSolutionPage, { ctx: request.view(), organisations, values, errors, submissionId: form.submissionId ?? newSubmissionId() });
      return reply.page(page, 400);
    }
    const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const solution = await createSolution(tx, { actor: request.user!, input: form.data });
      return editSolutionPath(solution.id);
    });
    return redirectWithNotice(reply, outcome.location, { word: 'created' });
  });

  app.get<IdRoute>(editSolutionPath(':id'), guard, async (request, reply) => {
    const solution = await requireOwnSolution(deps.db, request.user!.id, request.params.id);
    return formPage(request, reply, solution, { values: solutionValues(writtenProfile(solution)) });
  });

  app.post<IdRoute>(editSolutionPath(':id'), guard, async (request, reply) => {
    const solution = await requireOwnSolution(deps.db, request.user!.id, request.params.id);
    const form = parseForm(solutionForm, request.body, request.t);
    if (!form.ok) return formPage(request, reply, solution, { values: form.values, errors: form.errors }, 400);
    const outcome = await updateSolution(deps.db, { actor: request.user!, solutionId: solution.id, input: form.data });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'unknownField' || outcome.kind === 'unknownProject') {
      const v = request.t.solutionsProfiles.validation;
      const error = outcome.kind === 'unknownField' ? { field: 'fieldsOfAction', message: v.fieldOfAction } : { field: 'projectId', message: v.project };
      return formPage(request, reply, solution, { values: toValues(request.body as Record<string, unknown>), errors: [error] }, 400);
    }
    return redirectWithNotice(reply, editSolutionPath(solution.id), { word: outcome.pendingReview ? 'savedForReview' : 'saved' });
  });

  app.post<IdRoute>(editSolutionPath(':id', 'einreichen'), guard, async (request, reply) => {
    const solution = await requireOwnSolution(deps.db, request.user!.id, request.params.id);
    // the form has no fields; anything else is a hand-made request
    if (request.body && typeof request.body === 'object' && Object.keys(request.body).some((k) => !k.startsWith('_'))) throw badRequest('unknown field');
    const outcome = await transitionSolution(deps.db, { actor: request.user!, solutionId: solution.id, transition: 'submit', site: await mailSite(deps) });
    if (outcome.kind === 'notFound') throw notFound();
    // submitted already (a second click) or not a draft: the page says where it stands
    return redirectWithNotice(reply, editSolutionPath(solution.id), { word: outcome.kind === 'changed' ? 'submitted' : 'notAllowed' });
  });
}
