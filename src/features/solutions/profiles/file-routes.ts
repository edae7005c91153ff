import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { h } from 'preact';
import { loginRedirect, requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { checkUpload } from '../../../platform/files/check-upload.ts';
import { FILE_TYPES, receiveForm, sendStoredFile, storedFileCaching, type FormUpload } from '../../../platform/files/index.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { findPictures, pictureRoutes, pictureView, sendPictureFile } from '../../../platform/pictures/index.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { editSolutionPath } from '../core/paths.ts';
import type { SolutionRow } from '../core/repository.ts';
import { addDocument, removeDocument, type AddDocumentOutcome } from './edit-documents.ts';
import { ownerPicturePath } from './paths.ts';
import { findSolutionDocument, listSolutionDocuments } from './repository.ts';
import { requireOwnSolution, requireSolution, requireViewableSolution } from './require-solution.ts';
import { documentForm } from './schema.ts';
import { removeSolutionPicture, setSolutionPicture } from './title-picture.ts';
import { DocumentsPage, SolutionPicturePage, type DocumentNotice } from './views/documents.tsx';

type IdRoute = { Params: { id: string } };
type DocumentRoute = { Params: { id: string; documentId: string } };
type PictureFileRoute = { Params: { id: string; fileId: string } };

/** Documents people read and fill in; the store decides by the bytes, not by the name. */
const DOCUMENT_TYPES = [FILE_TYPES.pdf, FILE_TYPES.odt, FILE_TYPES.docx, FILE_TYPES.xlsx];

const NOTICES: Record<DocumentNotice, true> = { added: true, removed: true };

/** Runs `work`; when it throws (a hand-made form), the files the form brought are not kept. */
async function orDiscard<T>(upload: FormUpload, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await upload.discard();
    throw error;
  }
}

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
    state: { submissionId: string; notice?: DocumentNotice | undefined; values?: FormValues; errors?: FieldError[]; chooseAgain?: string | undefined },
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
    if (!request.isMultipart()) throw badRequest('document form must be multipart');
    const upload = await receiveForm(request, deps.files, {
      createdBy: request.user!.id,
      maxBytes: deps.config.uploadMaxBytes,
      files: { file: DOCUMENT_TYPES },
    });
    const e = request.t.solutionsProfiles.documents.errors;
    const chooseAgain = upload.files.file?.originalName;
    const form = await checkUpload(upload, documentForm, request.t, 'file', {
      required: e.fileRequired,
      empty: e.fileEmpty,
      type: e.fileType,
      tooLarge: e.fileTooLarge(maxMegabytes),
    });
    const submissionId = form.submissionId ?? newSubmissionId();
    const values = toValues(upload.fields);
    if (!form.ok) return showPage(request, reply, solution, { submissionId, values, errors: form.errors, chooseAgain }, form.status);
    const { file } = form;
    const outcome = await orDiscard(upload, () =>
      runOncePerSubmissionUnlessRefused<Exclude<AddDocumentOutcome, { kind: 'added' }>>(deps.db, form.submissionId, async (tx) => {
        const added = await addDocument(tx, { actor: request.user!, solutionId: solution.id, title: form.data.title, file });
        return added.kind === 'added' ? at.replace(':id', solution.id) : { refused: added };
      }),
    );
    if ('refused' in outcome) {
      await upload.discard();
      if (outcome.refused.kind === 'notFound') throw notFound();
      return showPage(request, reply, solution, { submissionId, values, errors: [{ field: 'file', message: e.duplicate(outcome.refused.title) }] }, 400);
    }
    // the same form sent twice: the first upload counts, this one's file goes
    if (outcome.repeated) await upload.discard();
    return redirectWithNotice(reply, outcome.location, { word: 'added' });
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
    load: (id) => requireSolution(deps.db, id),
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
