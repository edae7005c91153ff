import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { badRequest, notFound } from '../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues } from '../../platform/http/form.ts';
import { runOncePerSubmission } from '../../platform/http/submissions.ts';
import { listFieldsOfAction } from '../../platform/taxonomy/fields-of-action.ts';
import { diffLines } from './diff.ts';
import { findVersion, listItemsForEditors, listVersions } from './repository.ts';
import { compareQuery, editorQuery, itemForm, restoreForm, transitionForm } from './schema.ts';
import {
  allowedTransitions,
  createItem,
  EDITOR_PATH,
  editorItemPath,
  KnowledgeRuleError,
  requireItem,
  restoreVersion,
  transitionItem,
  updateItem,
} from './service.ts';
import { ComparePage, EditorListPage, ItemFormPage, ItemOverviewPage, itemValues } from './views/editor.tsx';

type IdRoute = { Params: { id: string }; Querystring: { hinweis?: string } };

const NOTICES = new Set(['saved', 'notAllowed'] as const);
const parseNotice = (v: unknown) => (NOTICES.has(v as 'saved') ? (v as 'saved' | 'notAllowed') : undefined);

/** Editors' pages (content:edit): list, create, edit with preview, status, versions. */
export function editorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const canEdit = requirePermission('content:edit');

  app.get(EDITOR_PATH, { preHandler: canEdit }, async (request, reply) => {
    const { status } = editorQuery.parse(request.query ?? {});
    const items = await listItemsForEditors(deps.db, status);
    return reply.page(h(EditorListPage, { ctx: request.view(), items, status }));
  });

  app.get(`${EDITOR_PATH}/neu`, { preHandler: canEdit }, async (request, reply) => {
    const fields = await listFieldsOfAction(deps.db);
    return reply.page(h(ItemFormPage, { ctx: request.view(), fields, submissionId: newSubmissionId() }));
  });

  app.post(`${EDITOR_PATH}/neu`, { preHandler: canEdit }, async (request, reply) => {
    const form = parseForm(itemForm, request.body, request.t);
    const submissionId = form.submissionId ?? newSubmissionId();
    if (!form.ok || form.data.action === 'preview') {
      const fields = await listFieldsOfAction(deps.db);
      const values = form.ok ? toValues(request.body as Record<string, unknown>) : form.values;
      const errors = form.ok ? undefined : form.errors;
      return reply.page(h(ItemFormPage, { ctx: request.view(), fields, values, errors, submissionId, preview: form.ok }), form.ok ? 200 : 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const item = await createItem(tx, request.user!, form.data);
      return `${editorItemPath(item.id)}?hinweis=saved`;
    });
    return reply.redirect(location, 303);
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const versions = await listVersions(deps.db, item.id);
    const notice = parseNotice(request.query.hinweis);
    return reply.page(h(ItemOverviewPage, { ctx: request.view(), item, versions, transitions: allowedTransitions(item.status), notice }));
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const fields = await listFieldsOfAction(deps.db);
    return reply.page(h(ItemFormPage, { ctx: request.view(), item, fields, values: itemValues(item), submissionId: newSubmissionId() }));
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const form = parseForm(itemForm, request.body, request.t);
    const submissionId = form.submissionId ?? newSubmissionId();
    if (!form.ok || form.data.action === 'preview') {
      const fields = await listFieldsOfAction(deps.db);
      const values = form.ok ? toValues(request.body as Record<string, unknown>) : form.values;
      const errors = form.ok ? undefined : form.errors;
      return reply.page(h(ItemFormPage, { ctx: request.view(), item, fields, values, errors, submissionId, preview: form.ok }), form.ok ? 200 : 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await updateItem(tx, request.user!, item.id, form.data);
      return `${editorItemPath(item.id)}?hinweis=saved`;
    });
    return reply.redirect(location, 303);
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/status`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const form = parseForm(transitionForm, request.body, request.t);
    // The buttons always send a valid value; anything else is a hand-made request.
    if (!form.ok) throw badRequest('transition');
    try {
      const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
        await transitionItem(tx, request.user!, item.id, form.data.transition);
        return `${editorItemPath(item.id)}?hinweis=saved`;
      });
      return reply.redirect(location, 303);
    } catch (error) {
      if (!(error instanceof KnowledgeRuleError)) throw error;
      return reply.redirect(`${editorItemPath(item.id)}?hinweis=notAllowed`, 303);
    }
  });

  app.get<IdRoute & { Querystring: { von?: string; bis?: string } }>(`${EDITOR_PATH}/:id/versionen`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const versions = await listVersions(deps.db, item.id);
    const q = compareQuery.parse(request.query ?? {});
    const to = q.bis ?? versions[0]?.number ?? 1;
    const from = q.von ?? Math.max(1, to - 1);
    const [older, newer] = [await findVersion(deps.db, item.id, from), await findVersion(deps.db, item.id, to)];
    if (!older || !newer) throw notFound();
    const diffs = {
      title: diffLines(older.title, newer.title),
      summary: diffLines(older.summary, newer.summary),
      body: diffLines(older.body, newer.body),
    };
    return reply.page(h(ComparePage, { ctx: request.view(), item, from, to, diffs }));
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/wiederherstellen`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const form = parseForm(restoreForm, request.body, request.t);
    if (!form.ok) throw badRequest('version');
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await restoreVersion(tx, request.user!, item.id, form.data.version);
      return `${editorItemPath(item.id)}?hinweis=saved`;
    });
    return reply.redirect(location, 303);
  });
}
