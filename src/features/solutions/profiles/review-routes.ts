import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { findFundedProject } from '../../competition/service.ts';
import { getOrganisationById } from '../../organisations/service.ts';
import { EDITOR_PATH } from '../core/paths.ts';
import type { SolutionRow } from '../core/repository.ts';
import { listSolutionDocuments, listSolutionsForEditors } from './repository.ts';
import { requireSolution } from './require-solution.ts';
import { reviewForm } from './schema.ts';
import { mailSite } from '../../../platform/mail/site.ts';
import { allowedReviewTransitions, transitionSolution } from './transition-solution.ts';
import { ReviewListPage, ReviewPage } from './views/review.tsx';

type IdRoute = { Params: { id: string } };

const NOTICES = { published: true, archived: true, draft: true, publishChanges: true, returnChanges: true, notAllowed: true } as const;
const DONE = { publish: 'published', archive: 'archived', draft: 'draft', publishChanges: 'publishChanges', returnChanges: 'returnChanges' } as const;

/** The editors' review (content:edit): the queue and one solution's page with the decision. */
export function reviewRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };

  /** The funded projects the profile and its pending changes link to. */
  async function projectsNamedBy(solution: SolutionRow) {
    const projects = new Map<string, { title: string; href: string | undefined }>();
    for (const id of new Set([solution.projectId, solution.pendingChanges?.projectId])) {
      const project = id ? await findFundedProject(deps.db, id) : undefined;
      if (project) projects.set(project.id, project);
    }
    return projects;
  }

  async function reviewPage(
    request: FastifyRequest,
    reply: FastifyReply,
    solution: SolutionRow,
    state: { values?: FormValues; errors?: FieldError[] } = {},
    status = 200,
  ): Promise<FastifyReply> {
    const page = h(ReviewPage, {
      ctx: request.view(),
      solution,
      organisationName: (await getOrganisationById(deps.db, solution.ownerOrganisationId))?.name ?? '',
      fields: await listFieldsOfAction(deps.db),
      projects: await projectsNamedBy(solution),
      documents: await listSolutionDocuments(deps.db, solution.id),
      transitions: allowedReviewTransitions(solution),
      notice: status === 200 ? knownNotice(request, NOTICES)?.word : undefined,
      ...state,
    });
    return reply.page(page, status);
  }

  app.get(EDITOR_PATH, guard, async (request, reply) => {
    const solutions = await listSolutionsForEditors(deps.db);
    const names = new Map<string, string>();
    for (const id of new Set(solutions.map((s) => s.ownerOrganisationId))) names.set(id, (await getOrganisationById(deps.db, id))?.name ?? '');
    return reply.page(h(ReviewListPage, { ctx: request.view(), solutions, names }));
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id`, guard, async (request, reply) => {
    return reviewPage(request, reply, await requireSolution(deps.db, request.params.id));
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id`, guard, async (request, reply) => {
    const solution = await requireSolution(deps.db, request.params.id);
    const form = parseForm(reviewForm, request.body, request.t);
    if (!form.ok) {
      // Only the buttons send a transition; a missing note is the editor's to add.
      if (!form.errors.every((e) => e.field === 'note')) throw badRequest('unknown transition');
      return reviewPage(request, reply, solution, { values: form.values, errors: form.errors }, 400);
    }
    const { transition, note } = form.data;
    const outcome = await transitionSolution(deps.db, { actor: request.user!, solutionId: solution.id, transition, note, site: await mailSite(deps) });
    if (outcome.kind === 'notFound') throw notFound();
    // decided already (a second click, another editor): the page shows where it stands
    return redirectWithNotice(reply, `${EDITOR_PATH}/${solution.id}`, { word: outcome.kind === 'changed' ? DONE[transition] : 'notAllowed' });
  });
}
