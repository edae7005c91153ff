import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { moveForm } from '../../../platform/editor/move.ts';
import { type DocumentFormState, receiveDocumentUpload } from '../../../platform/files/document-upload.ts';
import { sendStoredFile, storedFileCaching } from '../../../platform/files/index.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { callDocumentPath, editorDocumentsPath, SLUG } from '../core/paths.ts';
import { requireCall } from '../core/require-call.ts';
import type { CompetitionCallRow } from '../core/repository.ts';
import { addDocument, moveDocument, removeDocument } from './edit-documents.ts';
import { findCallDocument, findDocumentBySlug, listCallDocuments } from './repository.ts';
import { documentForm } from './schema.ts';
import { DocumentsPage } from './views/documents-page.tsx';
import type { DocumentNotice } from '../../../platform/views/components/documents.tsx';

type CallRoute = { Params: { id: string } };
type DocumentRoute = { Params: { id: string; documentId: string } };
type DownloadRoute = { Params: { slug: string; documentId: string } };

const NOTICES: Record<DocumentNotice, true> = { added: true, removed: true, moved: true };

/**
 * The documents of a call: the editors' list with upload, removing and moving, and the download
 * from the call's page. A document is found only under its own call: another call's id is 404.
 * A draft call's documents are downloaded only by editors, as only they see its page.
 */
export function callDocumentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };
  const maxMegabytes = Math.floor(deps.config.uploadMaxBytes / (1024 * 1024));
  const at = editorDocumentsPath(':id');

  async function showPage(
    request: FastifyRequest,
    reply: FastifyReply,
    call: CompetitionCallRow,
    state: DocumentFormState & { notice?: DocumentNotice | undefined },
    status = 200,
  ): Promise<FastifyReply> {
    const documents = await listCallDocuments(deps.db, call.id);
    return reply.page(h(DocumentsPage, { ctx: request.view(), call, documents, maxMegabytes, ...state }), status);
  }

  app.get<CallRoute>(at, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    return showPage(request, reply, call, { submissionId: newSubmissionId(), notice: knownNotice(request, NOTICES)?.word });
  });

  app.post<CallRoute>(at, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    return receiveDocumentUpload(request, reply, deps, {
      schema: documentForm,
      words: request.t.competitionDocuments.editor.errors,
      location: editorDocumentsPath(call.id),
      add: (tx, document) => addDocument(tx, { actor: request.user!, callId: call.id, ...document }),
      showPage: (state, status) => showPage(request, reply, call, state, status),
    });
  });

  app.post<DocumentRoute>(`${at}/:documentId/entfernen`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    if (!isUuid(request.params.documentId)) throw notFound();
    const outcome = await removeDocument(deps.db, { actor: request.user!, callId: call.id, documentId: request.params.documentId });
    // removed already (a second click) or another call's document
    if (outcome.kind === 'notFound') throw notFound();
    await deps.files.delete(outcome.fileId);
    return redirectWithNotice(reply, editorDocumentsPath(call.id), { word: 'removed' });
  });

  app.post<DocumentRoute>(`${at}/:documentId/verschieben`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const { documentId } = request.params;
    if (!isUuid(documentId) || !(await findCallDocument(deps.db, call.id, documentId))) throw notFound();
    const form = parseForm(moveForm, request.body, request.t);
    // Only the two buttons send this form; anything else is not a person's mistake.
    if (!form.ok) throw badRequest('unknown direction');
    const outcome = await moveDocument(deps.db, { actor: request.user!, callId: call.id, documentId, direction: form.data.direction });
    if (outcome === 'notFound') throw notFound();
    return redirectWithNotice(reply, editorDocumentsPath(call.id), { word: 'moved' });
  });

  // Files are sent as stored: compressing documents gains little, and ranges must count stored bytes.
  app.get<DownloadRoute>(callDocumentPath(':slug', ':documentId'), { compress: false }, async (request, reply) => {
    const { slug, documentId } = request.params;
    const found = SLUG.test(slug) && isUuid(documentId) ? await findDocumentBySlug(deps.db, slug, documentId) : undefined;
    if (!found || !(found.published || hasPermission(request.user, 'content:edit'))) throw notFound();
    reply.header('cache-control', storedFileCaching(found.published));
    return (await sendStoredFile(reply, deps.files, found.fileId)) ?? reply.callNotFound();
  });
}
