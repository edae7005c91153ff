import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { badRequest, notFound } from '../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues } from '../../platform/http/form.ts';
import { runOncePerSubmission } from '../../platform/http/submissions.ts';
import { listFieldsOfAction } from '../../platform/taxonomy/fields-of-action.ts';
import { IMAGE_FILE_TYPES, ITEM_FILE_INPUTS, NO_ATTACHMENTS, resolveAttachments } from './attachments.ts';
import { diffLines } from './diff.ts';
import { chosenNames, failedStatus, itemFiles, maxMegabytes, readUploadForm, uploadedIds, withFileErrors } from './editor-uploads.ts';
import { findVersion, listImages, listItemsForEditors, listVersions, type ItemRow } from './repository.ts';
import { compareQuery, editorQuery, imageForm, itemForm, restoreForm, transitionForm } from './schema.ts';
import {
  addImage,
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

const NOTICES = ['saved', 'notAllowed', 'imageAdded'] as const;
type Notice = (typeof NOTICES)[number];
const parseNotice = (v: unknown) => (NOTICES.includes(v as Notice) ? (v as Notice) : undefined);

/** Editors' pages (content:edit): list, create, edit with preview and files, pictures, status, versions. */
export function editorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const canEdit = requirePermission('content:edit');
  const maxMb = maxMegabytes(deps);

  async function overviewProps(request: FastifyRequest, item: ItemRow) {
    return {
      ctx: request.view(),
      item,
      versions: await listVersions(deps.db, item.id),
      transitions: allowedTransitions(item.status),
      files: await itemFiles(deps, item),
      images: await listImages(deps.db, item.id),
      maxMb,
    };
  }

  /**
   * Creates (no item) or saves an item from its form. Files are stored while the form is read,
   * before anything is known about the other fields; whenever the item is not saved with them
   * (errors, preview, a second submit of the same form) they are removed again.
   */
  async function saveItem(request: FastifyRequest, reply: FastifyReply, item: ItemRow | undefined) {
    const { body, upload } = await readUploadForm(request, deps, ITEM_FILE_INPUTS);
    let kept = false;
    try {
      const form = parseForm(itemForm, body, request.t);
      const submissionId = form.submissionId ?? newSubmissionId();
      const uploads = uploadedIds(upload);
      const rules = form.ok ? resolveAttachments(form.data, item ?? NO_ATTACHMENTS, uploads).errors : [];
      const errors = withFileErrors(request.t, maxMb, form.ok ? [] : form.errors, upload, rules);
      if (!form.ok || errors.length > 0 || form.data.action === 'preview') {
        await upload?.discard();
        const fields = await listFieldsOfAction(deps.db);
        const values = form.ok ? toValues(body as Record<string, unknown>) : form.values;
        const failed = errors.length > 0;
        const page = h(ItemFormPage, {
          ctx: request.view(),
          item,
          fields,
          files: await itemFiles(deps, item),
          maxMb,
          values,
          errors: failed ? errors : undefined,
          chooseAgain: chosenNames(upload),
          submissionId,
          preview: !failed,
        });
        return reply.page(page, failed ? failedStatus(upload) : 200);
      }
      let released: string[] = [];
      const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
        if (!item) return `${editorItemPath((await createItem(tx, request.user!, form.data, undefined, uploads)).id)}?hinweis=saved`;
        ({ released } = await updateItem(tx, request.user!, item.id, form.data, uploads));
        return `${editorItemPath(item.id)}?hinweis=saved`;
      });
      kept = !outcome.repeated;
      if (!kept) await upload?.discard();
      // Only now, with the save committed, may the files it replaced go.
      for (const id of released) await deps.files.delete(id);
      return reply.redirect(outcome.location, 303);
    } catch (error) {
      if (!kept) await upload?.discard();
      // The files changed under the form (another editor saved in between): the form is stale.
      if (error instanceof KnowledgeRuleError) throw badRequest(error.message);
      throw error;
    }
  }

  app.get(EDITOR_PATH, { preHandler: canEdit }, async (request, reply) => {
    const { status } = editorQuery.parse(request.query ?? {});
    const items = await listItemsForEditors(deps.db, status);
    return reply.page(h(EditorListPage, { ctx: request.view(), items, status }));
  });

  app.get(`${EDITOR_PATH}/neu`, { preHandler: canEdit }, async (request, reply) => {
    const fields = await listFieldsOfAction(deps.db);
    return reply.page(h(ItemFormPage, { ctx: request.view(), fields, files: {}, maxMb, submissionId: newSubmissionId() }));
  });

  app.post(`${EDITOR_PATH}/neu`, { preHandler: canEdit }, async (request, reply) => saveItem(request, reply, undefined));

  app.get<IdRoute>(`${EDITOR_PATH}/:id`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    return reply.page(h(ItemOverviewPage, { ...(await overviewProps(request, item)), notice: parseNotice(request.query.hinweis), imageSubmissionId: newSubmissionId() }));
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const fields = await listFieldsOfAction(deps.db);
    const files = await itemFiles(deps, item);
    return reply.page(h(ItemFormPage, { ctx: request.view(), item, fields, files, maxMb, values: itemValues(item), submissionId: newSubmissionId() }));
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    return saveItem(request, reply, item);
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/bilder`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    // The form is always multipart; anything else is a hand-made request.
    if (!request.isMultipart()) throw badRequest('picture form must be multipart');
    const { body, upload } = await readUploadForm(request, deps, { image: IMAGE_FILE_TYPES });
    let kept = false;
    try {
      const form = parseForm(imageForm, body, request.t);
      const image = upload?.files.image;
      const errors = withFileErrors(request.t, maxMb, form.ok ? [] : form.errors, upload);
      if (!image && !upload?.refused.image) errors.push({ field: 'image', message: request.t.knowledge.validation.imageRequired });
      if (!form.ok || !image || errors.length > 0) {
        await upload?.discard();
        const props = await overviewProps(request, item);
        const values = form.ok ? toValues(body as Record<string, unknown>) : form.values;
        return reply.page(h(ItemOverviewPage, { ...props, imageErrors: errors, imageValues: values, imageSubmissionId: form.submissionId ?? newSubmissionId() }), failedStatus(upload));
      }
      const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
        await addImage(tx, request.user!, item.id, image.id, form.data.alt);
        return `${editorItemPath(item.id)}?hinweis=imageAdded#bilder`;
      });
      kept = !outcome.repeated;
      if (!kept) await upload?.discard();
      return reply.redirect(outcome.location, 303);
    } catch (error) {
      if (!kept) await upload?.discard();
      throw error;
    }
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
