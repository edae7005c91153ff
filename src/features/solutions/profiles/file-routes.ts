import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { h } from 'preact';
import { loginRedirect, requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { type DocumentFormState, receiveDocumentUpload } from '../../../platform/files/document-upload.ts';
import { sendStoredFile, storedFileCaching } from '../../../platform/files/index.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { moveForm } from '../../../platform/editor/move.ts';
import { newSubmissionId, parseForm } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { findPictures, pictureRoutes, pictureView, sendPictureFile } from '../../../platform/pictures/index.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { editSolutionPath } from '../core/paths.ts';
import type { SolutionRow } from '../core/repository.ts';
import { addDocument, moveDocument, removeDocument } from './edit-documents.ts';
import { ownerPicturePath } from './paths.ts';
import { findSolutionDocument, listSolutionDocuments } from './repository.ts';
import { requireOwnSolution, requireSolution, requireViewableSolution } from './require-solution.ts';
import { documentForm } from './schema.ts';
import { removeSolutionPicture, setSolutionPicture } from './title-picture.ts';
import { DocumentsPage, SolutionPicturePage } from './views/documents.tsx';
import type { DocumentNotice } from '../../../platform/views/components/documents.tsx';

type IdRoute = { Params: { id: string } };
type DocumentRoute = { Params: { id: string; documentId: string } };
type PictureFileRoute = { Params: { id: string; fileId: string } };

const NOTICES: Record<DocumentNotice, true> = { added: true, removed: true, moved: true };

/**
 * A solution's documents and title picture, as its owners' managers add them; the downloads
 * also answer the editors, who review the solution before anyone else sees it.
 */
export function profileFileRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };
  const maxMegabytes = Math.floor(deps.config.uploadMaxBytes / (1024 * 1024));
  const at = editSolutionPath(':id', 'dokumente');

  // The picture routes load their owner by id alone; whose solution it is is checked first, here.
  const ownersOnly: preHandlerHookHandler = (request, reply, done) => {
    if (!request.user) {
      reply.redirect(loginRedirect(request), 303);
      return;
    }
    requireOwnSolution(deps.db, request.user.id, (request.params as { id: string }).id).then(() => done(), done);
  };

  async function showPage(
    request: FastifyRequest,
    reply: FastifyReply,
    solution: SolutionRow,
    state: DocumentFormState & { notice?: DocumentNotice | undefined },
    status = 200,
  ): Promise<FastifyReply> {
    const documents = await listSolutionDocuments(deps.db, solution.id);
    return reply.page(h(DocumentsPage, { ctx: request.view(), solution, documents, maxMegabytes, ...state }), status);
  }

  app.get<IdRoute>(at, guard, async (request, reply) => {
    const solution = await requireOwnSolution(deps.db, request.user!.id, request.params.id);
    return showPage(request, reply, solution, { submissionId: newSubmissionId(), notice: knownNotice(request, NOTICES)?.word });
  });

  app.post<IdRoute>(at, guard, async (request, reply) => {
    const solution = await requireOwnSolution(deps.db, request.user!.id, request.params.id);
    return receiveDocumentUpload(request, reply, deps, {
      schema: documentForm,
      words: request.t.solutionsProfiles.documents.errors,
      location: editSolutionPath(solution.id, 'dokumente'),
      add: (tx, document) => addDocument(tx, { actor: request.user!, solutionId: solution.id, ...document }),
      showPage: (state, status) => showPage(request, reply, solution, state, status),
    });
  });

  app.post<DocumentRoute>(`${at}/:documentId/verschieben`, guard, async (request, reply) => {
    const solution = await requireOwnSolution(deps.db, request.user!.id, request.params.id);
    const { documentId } = request.params;
    if (!isUuid(documentId) || !(await findSolutionDocument(deps.db, solution.id, documentId))) throw notFound();
    const form = parseForm(moveForm, request.body, request.t);
    // Only the two buttons send this form; anything else is not a person's mistake.
    if (!form.ok) throw badRequest('unknown direction');
    const outcome = await moveDocument(deps.db, { actor: request.user!, solutionId: solution.id, documentId, direction: form.data.direction });
    if (outcome === 'notFound') throw notFound();
    return redirectWithNotice(reply, at.replace(':id', solution.id), { word: 'moved' });
  });

  app.post<DocumentRoute>(`${at}/:documentId/entfernen`, guard, async (request, reply) => {
    const solution = await requireOwnSolution(deps.db, request.user!.id, request.params.id);
    if (!isUuid(request.params.documentId)) throw notFound();
    const outcome = await removeDocument(deps.db, { actor: request.user!, solutionId: solution.id, documentId: request.params.documentId });
    // removed already (a second click) or another solution's document
    if (outcome.kind === 'notFound') throw notFound();
    await deps.files.delete(outcome.fileId);
    return redirectWithNotice(reply, at.replace(':id', solution.id), { word: 'removed' });
  });

  // Files are sent as stored: compressing documents gains little, and ranges must count stored bytes.
  app.get<DocumentRoute>(`${at}/:documentId`, { ...guard, compress: false }, async (request, reply) => {
    const solution = await requireViewableSolution(deps.db, request.user!, request.params.id);
    const document = isUuid(request.params.documentId) ? await findSolutionDocument(deps.db, solution.id, request.params.documentId) : undefined;
    if (!document) throw notFound();
    reply.header('cache-control', storedFileCaching(false));
    return (await sendStoredFile(reply, deps.files, document.fileId)) ?? reply.callNotFound();
  });

  pictureRoutes<SolutionRow>(app, deps, {
    path: editSolutionPath(':id', 'bild'),
    preHandler: ownersOnly,
    load: (request) => requireSolution(deps.db, request.params.id ?? ''),
    pictureOf: (solution) => solution.pictureId,
    set: (tx, { actor, owner, prepared, alt }) => setSolutionPicture(tx, { actor, solutionId: owner.id, prepared, alt }),
    remove: (tx, { actor, owner }) => removeSolutionPicture(tx, { actor, solutionId: owner.id }),
    page: async (request, solution, props) => {
      const found = solution.pictureId ? (await findPictures(deps.db, [solution.pictureId])).get(solution.pictureId) : undefined;
      const picture = found ? pictureView(found, (fileId) => ownerPicturePath(solution.id, fileId)) : undefined;
      return h(SolutionPicturePage, { ctx: request.view(), solution, picture, ...props });
    },
  });

  app.get<PictureFileRoute>(ownerPicturePath(':id', ':fileId'), { ...guard, compress: false }, async (request, reply) => {
    const solution = await requireViewableSolution(deps.db, request.user!, request.params.id);
    if (!isUuid(request.params.fileId)) throw notFound();
    const sent = await sendPictureFile(reply, deps, { pictureId: solution.pictureId, fileId: request.params.fileId, shared: false });
    return sent ?? reply.callNotFound();
  });
}
