import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { STRATEGY_PATH, workbenchPath } from '../core/paths.ts';
import { requireEditableWorkbench, requireWorkbench, type Workbench } from '../core/require-strategy.ts';
import { editorRoutes } from './editor-routes.ts';
import { findDimensionBySlug } from './repository.ts';
import type { AnswerProblem } from './save-answers.ts';
import { saveAnswers } from './save-answers.ts';
import { answersForm } from './schema.ts';
import { getAssessment } from './service.ts';
import { AssessmentPage, dimensionField, type AssessmentPageProps } from './views/assessment-page.tsx';

type StepRoute = { Params: { org: string } };
type DimensionRoute = { Params: { org: string; dimension: string } };

const STEP = `${STRATEGY_PATH}/:org/werkstatt/reifegrad`;
const DIMENSION_SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

function problemErrors(problems: AnswerProblem[], dimensionSlug: string, t: Messages): FieldError[] {
  return problems.map((p) =>
    p.kind === 'unknownQuestion'
      ? { field: dimensionField(dimensionSlug), message: t.strategyAssessment.validation.unknownQuestion }
      : { field: `q-${p.questionId}`, message: t.strategyAssessment.validation.outOfRange(p.levels) },
  );
}

/** The step "Reifegrad" of the workbench: the questionnaire, saved one dimension at a time, and its result. */
export function assessmentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const page = async (workbench: Workbench, ctx: AssessmentPageProps['ctx'], extra: Pick<AssessmentPageProps, 'saved' | 'failed'>) => {
    const assessment = await getAssessment(deps.db, workbench);
    const submissionIds = Object.fromEntries(assessment.dimensions.map((e) => [e.dimension.id, newSubmissionId()]));
    return h(AssessmentPage, { ctx, workbench, assessment, submissionIds, ...extra });
  };

  app.get<StepRoute>(STEP, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireWorkbench(deps.db, request.params.org, request.user);
    // the notice names the dimension saved, so that its section can say "gespeichert"
    const notice = knownNotice(request, { saved: true });
    return reply.page(await page(workbench, request.view(), { saved: notice?.detail }));
  });

  app.post<DimensionRoute>(`${STEP}/:dimension`, { preHandler: requireUser }, async (request, reply) => {
    // Authorise before reading the form, so that nobody else learns anything from the answer.
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const dimension = DIMENSION_SLUG.test(request.params.dimension) ? await findDimensionBySlug(deps.db, request.params.dimension) : undefined;
    if (!dimension || dimension.archivedAt) throw notFound();
    const form = parseForm(answersForm, request.body, request.t);
    const fail = async (errors: FieldError[]) =>
      reply.page(
        await page(workbench, request.view(), { failed: { slug: dimension.slug, values: toValues(request.body as Record<string, unknown>), errors } }),
        400,
      );
    if (!form.ok) return fail(form.errors.map((e) => ({ ...e, field: dimensionField(dimension.slug) })));
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const saved = await saveAnswers(tx, { actor: request.user!, organisationId: workbench.organisation.id, dimension, fields: form.data });
      return saved === 'saved' ? workbenchPath(workbench.organisation.slug, 'assessment') : saved;
    });
    if ('refused' in outcome) return fail(problemErrors(outcome.refused, dimension.slug, request.t));
    return redirectWithNotice(reply, outcome.location, { word: 'saved', detail: dimension.slug });
  });

  editorRoutes(app, deps);
}
