import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { moveForm } from '../../../platform/editor/move.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmission } from '../../../platform/http/submissions.ts';
import { DIMENSIONS_EDITOR_PATH } from '../core/paths.ts';
import { archiveDimension } from './archive-dimension.ts';
import { archiveQuestion } from './archive-question.ts';
import { moveDimension } from './move-dimension.ts';
import { moveQuestion } from './move-question.ts';
import { NEW_DIMENSION_PATH } from './paths.ts';
import { findDimension, findQuestion, type DimensionRow } from './repository.ts';
import { saveDimension } from './save-dimension.ts';
import { saveQuestion } from './save-question.ts';
import { dimensionForm, idParam, questionForm } from './schema.ts';
import { getDimensionsForEditors } from './service.ts';
import { DimensionFormPage, DimensionsEditorPage, QuestionFormPage, dimensionValues, questionValues } from './views/editor-pages.tsx';

type DimensionRoute = { Params: { dimensionId: string } };
type QuestionRoute = { Params: { dimensionId: string; questionId: string } };

const D = `${DIMENSIONS_EDITOR_PATH}/:dimensionId`;
const Q = `${D}/fragen/:questionId`;
const typed = (body: unknown) => toValues(body as Record<string, unknown>);

/** The editors' maintenance of the questionnaire: dimensions and their questions, archived rather than deleted. */
export function editorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };

  /** A dimension by the id in the address; archived ones cannot be changed any more. */
  const requireDimension = async (id: string, options: { active: boolean }): Promise<DimensionRow> => {
    const dimension = idParam.safeParse(id).success ? await findDimension(deps.db, id) : undefined;
    if (!dimension || (options.active && dimension.archivedAt)) throw notFound();
    return dimension;
  };
  /** A question only under its own dimension. */
  const requireQuestion = async (dimension: DimensionRow, id: string) => {
    const question = idParam.safeParse(id).success ? await findQuestion(deps.db, dimension.id, id) : undefined;
    if (!question || question.archivedAt) throw notFound();
    return question;
  };

  app.get(DIMENSIONS_EDITOR_PATH, guard, async (request, reply) => {
    const notices = request.t.strategyAssessment.editor.notices;
    const notice = knownNotice(request, notices);
    const entries = await getDimensionsForEditors(deps.db);
    return reply.page(h(DimensionsEditorPage, { ctx: request.view(), entries, notice: notice && notices[notice.word] }));
  });

  app.get(NEW_DIMENSION_PATH, guard, async (request, reply) => reply.page(h(DimensionFormPage, { ctx: request.view(), submissionId: newSubmissionId() })));

  app.post(NEW_DIMENSION_PATH, guard, async (request, reply) => {
    const form = parseForm(dimensionForm, request.body, request.t);
    if (!form.ok) {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(DimensionFormPage, { ctx: request.view(), submissionId, values: form.values, errors: form.errors }), 400);
    }
    await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await saveDimension(tx, { actor: request.user!, input: form.data });
      return DIMENSIONS_EDITOR_PATH;
    });
    return redirectWithNotice(reply, DIMENSIONS_EDITOR_PATH, { word: 'created' });
  });

  app.get<DimensionRoute>(D, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: true });
    return reply.page(h(DimensionFormPage, { ctx: request.view(), dimension, values: dimensionValues(dimension) }));
  });

  app.post<DimensionRoute>(D, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: true });
    const form = parseForm(dimensionForm, request.body, request.t);
    if (!form.ok) return reply.page(h(DimensionFormPage, { ctx: request.view(), dimension, values: typed(request.body), errors: form.errors }), 400);
    const saved = await deps.db.transaction((tx) => saveDimension(tx, { actor: request.user!, dimensionId: dimension.id, input: form.data }));
    if (saved === 'notFound') throw notFound();
    return redirectWithNotice(reply, DIMENSIONS_EDITOR_PATH, { word: 'saved' });
  });

  app.post<DimensionRoute>(`${D}/archivieren`, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: false });
    await deps.db.transaction((tx) => archiveDimension(tx, { actor: request.user!, dimension }));
    return redirectWithNotice(reply, DIMENSIONS_EDITOR_PATH, { word: 'archived' });
  });

  app.post<DimensionRoute>(`${D}/verschieben`, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: true });
    const form = parseForm(moveForm, request.body, request.t);
    // the buttons send only "hoch" or "runter"; anything else is no person's mistake
    if (!form.ok) throw badRequest('direction');
    const moved = await deps.db.transaction((tx) => moveDimension(tx, { actor: request.user!, dimensionId: dimension.id, direction: form.data.direction }));
    if (moved === 'notFound') throw notFound();
    return redirectWithNotice(reply, DIMENSIONS_EDITOR_PATH, { word: 'moved' });
  });

  app.get<DimensionRoute>(`${D}/fragen/neu`, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: true });
    return reply.page(h(QuestionFormPage, { ctx: request.view(), dimension, submissionId: newSubmissionId() }));
  });

  app.post<DimensionRoute>(`${D}/fragen/neu`, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: true });
    const form = parseForm(questionForm, request.body, request.t);
    if (!form.ok) {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(QuestionFormPage, { ctx: request.view(), dimension, submissionId, values: form.values, errors: form.errors }), 400);
    }
    await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await saveQuestion(tx, { actor: request.user!, dimension, input: form.data });
      return DIMENSIONS_EDITOR_PATH;
    });
    return redirectWithNotice(reply, DIMENSIONS_EDITOR_PATH, { word: 'questionCreated' });
  });

  app.get<QuestionRoute>(Q, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: true });
    const question = await requireQuestion(dimension, request.params.questionId);
    return reply.page(h(QuestionFormPage, { ctx: request.view(), dimension, question, values: questionValues(question) }));
  });

  app.post<QuestionRoute>(Q, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: true });
    const question = await requireQuestion(dimension, request.params.questionId);
    const form = parseForm(questionForm, request.body, request.t);
    if (!form.ok) return reply.page(h(QuestionFormPage, { ctx: request.view(), dimension, question, values: typed(request.body), errors: form.errors }), 400);
    const saved = await deps.db.transaction((tx) => saveQuestion(tx, { actor: request.user!, dimension, questionId: question.id, input: form.data }));
    if (saved === 'notFound') throw notFound();
    return redirectWithNotice(reply, DIMENSIONS_EDITOR_PATH, { word: 'saved' });
  });

  app.post<QuestionRoute>(`${Q}/archivieren`, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: false });
    const question = await requireQuestion(dimension, request.params.questionId);
    await deps.db.transaction((tx) => archiveQuestion(tx, { actor: request.user!, question }));
    return redirectWithNotice(reply, DIMENSIONS_EDITOR_PATH, { word: 'archived' });
  });

  app.post<QuestionRoute>(`${Q}/verschieben`, guard, async (request, reply) => {
    const dimension = await requireDimension(request.params.dimensionId, { active: true });
    const question = await requireQuestion(dimension, request.params.questionId);
    const form = parseForm(moveForm, request.body, request.t);
    if (!form.ok) throw badRequest('direction');
    const moved = await deps.db.transaction((tx) =>
      moveQuestion(tx, { actor: request.user!, dimension, questionId: question.id, direction: form.data.direction }),
    );
    if (moved === 'notFound') throw notFound();
    return redirectWithNotice(reply, DIMENSIONS_EDITOR_PATH, { word: 'moved' });
  });
}
