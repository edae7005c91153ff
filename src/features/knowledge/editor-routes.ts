import { cleanStoredPicture, pictureRoutes } from '../../platform/pictures/index.ts';
import { itemPictures } from './item-pictures.ts';
import { removeItemPicture } from './remove-item-picture.ts';
import { setItemPicture } from './set-item-picture.ts';
import { ItemPicturePage } from './views/picture.tsx';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { Executor } from '../../platform/db/client.ts';
import { badRequest, notFound, type HttpError } from '../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError } from '../../platform/http/form.ts';
import { runOncePerSubmissionUnlessRefused } from '../../platform/http/submissions.ts';
import { knownNotice, redirectWithNotice } from '../../platform/http/notice.ts';
import { listFieldsOfAction } from '../../platform/taxonomy/fields-of-action.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { addImage } from './add-image.ts';
import { IMAGE_FILE_TYPES, ITEM_FILE_INPUTS, NO_ATTACHMENTS, resolveAttachments } from './attachments.ts';
import { createItem, updateItem, type CreateItemOutcome, type UpdateItemOutcome } from './edit-item.ts';
import { chosenNames, failedStatus, itemFiles, maxMegabytes, readUploadForm, uploadedIds, withFileErrors } from './editor-uploads.ts';
import { EDITOR_PATH, editorItemPath } from './paths.ts';
import { itemVersion, itemVersions, VERSIONED_FIELDS } from './item-versions.ts';
import { findItem, listImages, listItemsForEditors, type ItemRow } from './repository.ts';
import { restoreVersion } from './restore-version.ts';
import { comparedNumbers, compareVersions, restoreVersionForm } from '../versions/service.ts';
import { editorQuery, imageForm, itemForm, transitionForm } from './schema.ts';
import { allowedTransitions, transitionItem } from './transition-item.ts';
import { ComparePage, EditorListPage, ItemFormPage, ItemOverviewPage, itemValues } from './views/editor.tsx';

type IdRoute = { Params: { id: string } };

/** The item an editor's page is about; 404 when there is none. */
async function requireItem(db: Executor, id: string): Promise<ItemRow> {
  const item = isUuid(id) ? await findItem(db, id) : undefined;
  if (!item) throw notFound();
  return item;
}

type RefusedSave = Exclude<CreateItemOutcome | UpdateItemOutcome, { kind: 'created' | 'saved' }>;

/**
 * The answer to a save that the command refused. The form passed its schema and the route
 * checked its files, so only a hand-made request or a stale form gets here: the item's files
 * changed under it (another editor saved in between).
 */
function refusedSave(refusal: RefusedSave): HttpError {
  switch (refusal.kind) {
    case 'notFound':
      return notFound();
    case 'unknownField':
      return badRequest('unknown field of action');
    case 'slugTaken':
      return badRequest('slug taken');
    case 'filesChanged':
      return badRequest(`files: ${refusal.rules.join(', ')}`);
  }
}

/** The confirmations the item overview shows after a redirect. */
const OVERVIEW_NOTICES = { saved: true, notAllowed: true, imageAdded: true } as const;

/** Editors' pages (content:edit): list, create, edit with preview and files, pictures, status, versions. */
export function editorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const canEdit = requirePermission('content:edit');
  const maxMb = maxMegabytes(deps);

  async function overviewProps(request: FastifyRequest, item: ItemRow) {
    return {
      ctx: request.view(),
      item,
      versions: await itemVersions(deps.db, item.id),
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
      const actor = request.user!;
      const outcome = await runOncePerSubmissionUnlessRefused<RefusedSave>(deps.db, form.submissionId, async (tx) => {
        if (!item) {
          const created = await createItem(tx, { actor, input: form.data, uploads });
          return created.kind === 'created' ? editorItemPath(created.item.id) : { refused: created };
        }
        const saved = await updateItem(tx, { actor, itemId: item.id, input: form.data, uploads });
        if (saved.kind !== 'saved') return { refused: saved };
        released = saved.released;
        return editorItemPath(item.id);
      });
      if ('refused' in outcome) throw refusedSave(outcome.refused);
      kept = !outcome.repeated;
      if (!kept) await upload?.discard();
      // Only now, with the save committed, may the files it replaced go.
      for (const id of released) await deps.files.delete(id);
      return redirectWithNotice(reply, outcome.location, { word: 'saved' });
    } catch (error) {
      if (!kept) await upload?.discard();
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
    return reply.page(
      h(ItemOverviewPage, {
        ...(await overviewProps(request, item)),
        notice: knownNotice(request, OVERVIEW_NOTICES)?.word,
        imageSubmissionId: newSubmissionId(),
      }),
    );
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
    const form = parseForm(imageForm, body, request.t);
    const refuse = async (errors: FieldError[], status: number) => {
      const values = form.ok ? toValues(body as Record<string, unknown>) : form.values;
      const props = await overviewProps(request, item);
      return reply.page(
        h(ItemOverviewPage, { ...props, imageErrors: errors, imageValues: values, imageSubmissionId: form.submissionId ?? newSubmissionId() }),
        status,
      );
    };
    const image = upload?.files.image;
    const errors = withFileErrors(request.t, maxMb, form.ok ? [] : form.errors, upload);
    if (!image && !upload?.refused.image) errors.push({ field: 'image', message: request.t.knowledge.validation.imageRequired });
    if (!form.ok || !image || errors.length > 0) {
      await upload?.discard();
      return refuse(errors, failedStatus(upload));
    }
    // Drawn anew before it is shown: a photo carries the place it was taken and the camera's number.
    const cleaned = await cleanStoredPicture(deps.files, image);
    if (cleaned === 'unreadable') return refuse([{ field: 'image', message: request.t.pictures.validation.unreadable }], 400);
    let kept = false;
    try {
      const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
        const added = await addImage(tx, { actor: request.user!, itemId: item.id, fileId: cleaned.id, alt: form.data.alt });
        return added.kind === 'added' ? `${editorItemPath(item.id)}#bilder` : { refused: added };
      });
      if ('refused' in outcome) throw notFound();
      kept = !outcome.repeated;
      return redirectWithNotice(reply, outcome.location, { word: 'imageAdded' });
    } finally {
      if (!kept) await deps.files.delete(cleaned.id);
    }
  });

  pictureRoutes<ItemRow>(app, deps, {
    path: `${EDITOR_PATH}/:id/bild`,
    preHandler: canEdit,
    load: (request) => requireItem(deps.db, request.params.id ?? ''),
    pictureOf: (item) => item.pictureId,
    set: (tx, { actor, owner, prepared, alt }) => setItemPicture(tx, { actor, itemId: owner.id, prepared, alt }),
    remove: (tx, { actor, owner }) => removeItemPicture(tx, { actor, itemId: owner.id }),
    page: async (request, item, props) =>
      h(ItemPicturePage, { ctx: request.view(), item, picture: (await itemPictures(deps.db, [item])).get(item.id), ...props }),
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/status`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const form = parseForm(transitionForm, request.body, request.t);
    // The buttons always send a valid value; anything else is a hand-made request.
    if (!form.ok) throw badRequest('transition');
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const changed = await transitionItem(tx, { actor: request.user!, itemId: item.id, transition: form.data.transition });
      return changed.kind === 'changed' ? editorItemPath(item.id) : { refused: changed };
    });
    if (!('refused' in outcome)) return redirectWithNotice(reply, outcome.location, { word: 'saved' });
    if (outcome.refused.kind === 'notFound') throw notFound();
    return redirectWithNotice(reply, editorItemPath(item.id), { word: 'notAllowed' });
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id/versionen`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const versions = await itemVersions(deps.db, item.id);
    const { from, to } = comparedNumbers(versions, request.query);
    const [older, newer] = [await itemVersion(deps.db, item.id, from), await itemVersion(deps.db, item.id, to)];
    if (!older || !newer) throw notFound();
    const diffs = compareVersions(older, newer, VERSIONED_FIELDS);
    return reply.page(h(ComparePage, { ctx: request.view(), item, from, to, diffs }));
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/wiederherstellen`, { preHandler: canEdit }, async (request, reply) => {
    const item = await requireItem(deps.db, request.params.id);
    const form = parseForm(restoreVersionForm, request.body, request.t);
    if (!form.ok) throw badRequest('version');
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const restored = await restoreVersion(tx, { actor: request.user!, itemId: item.id, version: form.data.version });
      return restored.kind === 'restored' ? editorItemPath(item.id) : { refused: restored };
    });
    if ('refused' in outcome) throw notFound();
    return redirectWithNotice(reply, outcome.location, { word: 'saved' });
  });
}
