import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import type { Tx } from '../db/client.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { newSubmissionId, toValues, type FieldError, type FormValues } from '../http/form.ts';
import { redirectWithNotice } from '../http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../http/submissions.ts';
import { checkUpload } from './check-upload.ts';
import { FILE_TYPES } from './detect.ts';
import { receiveForm } from './form-upload.ts';
import type { StoredFileMeta } from './store.ts';

/** Documents people read and fill in; the store decides by the bytes, not by the name. */
export const DOCUMENT_TYPES = [FILE_TYPES.pdf, FILE_TYPES.odt, FILE_TYPES.docx, FILE_TYPES.xlsx];

/** What the form says when the file is missing, refused or already there, in the page's words. */
export interface DocumentUploadWords {
  fileRequired: string;
  fileEmpty: string;
  fileType: string;
  fileTooLarge: (megabytes: number) => string;
  duplicate: (title: string) => string;
}

/** The page again, with what the person sent and why it was refused. */
export interface DocumentFormState {
  submissionId: string;
  values?: FormValues;
  errors?: FieldError[];
  /** the name of the file the person chose, which a browser cannot keep in the form */
  chooseAgain?: string | undefined;
}

export type AddDocumentResult = { kind: 'added' } | { kind: 'notFound' } | { kind: 'duplicate'; title: string };

/**
 * Receives a form with a document's title and its file (`file`), as the call documents and the
 * solution documents have it: refused forms come back with their errors and keep nothing,
 * `add` runs once per submission in its own transaction, a second send of the same form
 * discards its file, and success goes to `location` with the notice "added".
 */
export async function receiveDocumentUpload<S extends z.ZodType<{ title: string }>>(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  options: {
    schema: S;
    words: DocumentUploadWords;
    location: string;
    add: (tx: Tx, document: { title: string; file: StoredFileMeta }) => Promise<AddDocumentResult>;
    showPage: (state: DocumentFormState, status: number) => Promise<FastifyReply>;
  },
): Promise<FastifyReply> {
  if (!request.isMultipart()) throw badRequest('document form must be multipart');
  const maxMegabytes = Math.floor(deps.config.uploadMaxBytes / (1024 * 1024));
  const upload = await receiveForm(request, deps.files, { createdBy: request.user!.id, maxBytes: deps.config.uploadMaxBytes, files: { file: DOCUMENT_TYPES } });
  const e = options.words;
  const chooseAgain = upload.files.file?.originalName;
  const form = await checkUpload(upload, options.schema, request.t, 'file', {
    required: e.fileRequired,
    empty: e.fileEmpty,
    type: e.fileType,
    tooLarge: e.fileTooLarge(maxMegabytes),
  });
  const submissionId = form.submissionId ?? newSubmissionId();
  const values = toValues(upload.fields);
  if (!form.ok) return options.showPage({ submissionId, values, errors: form.errors, chooseAgain }, form.status);
  const { file } = form;
  let outcome: Awaited<ReturnType<typeof runOncePerSubmissionUnlessRefused<Exclude<AddDocumentResult, { kind: 'added' }>>>>;
  try {
    outcome = await runOncePerSubmissionUnlessRefused<Exclude<AddDocumentResult, { kind: 'added' }>>(deps.db, form.submissionId, async (tx) => {
      const added = await options.add(tx, { title: form.data.title, file });
      return added.kind === 'added' ? options.location : { refused: added };
    });
  } catch (error) {
    // a hand-made form (no submission id) or a failure: the file it brought is not kept
    await upload.discard();
    throw error;
  }
  if ('refused' in outcome) {
    await upload.discard();
    if (outcome.refused.kind === 'notFound') throw notFound();
    return options.showPage({ submissionId, values, errors: [{ field: 'file', message: e.duplicate(outcome.refused.title) }] }, 400);
  }
  // the same form sent twice: the first upload counts, this one's file goes
  if (outcome.repeated) await upload.discard();
  return redirectWithNotice(reply, outcome.location, { word: 'added' });
}
