import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import { receiveForm, type FileType, type FormUpload, type StoredFileMeta } from '../../platform/files/index.ts';
import type { FieldError } from '../../platform/http/form.ts';
import type { Messages } from '../../platform/i18n/index.ts';
import type { AttachmentError } from './attachments.ts';
import type { ItemRow } from './repository.ts';

/** The megabytes of the upload limit, as the forms name it. */
export const maxMegabytes = (deps: AppDeps) => Math.floor(deps.config.uploadMaxBytes / (1024 * 1024));

/**
 * The body of a form that may carry files: multipart as the editor's forms send it, with the
 * files stored (and to be discarded if the form fails), or url-encoded from a client without
 * files, which the platform has parsed already.
 */
export async function readUploadForm(
  request: FastifyRequest,
  deps: AppDeps,
  files: Record<string, readonly FileType[]>,
): Promise<{ body: unknown; upload: FormUpload | undefined }> {
  if (!request.isMultipart()) return { body: request.body, upload: undefined };
  const upload = await receiveForm(request, deps.files, { createdBy: request.user?.id ?? null, maxBytes: deps.config.uploadMaxBytes, files });
  return { body: upload.fields, upload };
}

/** The ids of the files a form stored, by input name. */
export function uploadedIds(upload: FormUpload | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(upload?.files ?? {}).map(([name, file]) => [name, file.id]));
}

/** The names of the files that were accepted but not kept because the form failed: to be chosen again. */
export function chosenNames(upload: FormUpload | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(upload?.files ?? {}).map(([name, file]) => [name, file.originalName]));
}

/** One message per field: the first problem found wins, as in parseForm. */
function addError(errors: FieldError[], error: FieldError): void {
  if (!errors.some((e) => e.field === error.field)) errors.push(error);
}

/** The form's errors with those of refused files and broken file rules, one per field. */
export function withFileErrors(
  t: Messages,
  maxMb: number,
  formErrors: FieldError[],
  upload: FormUpload | undefined,
  rules: AttachmentError[] = [],
): FieldError[] {
  const v = t.knowledge.validation;
  const errors = [...formErrors];
  for (const [field, reason] of Object.entries(upload?.refused ?? {})) {
    const wrongType = v.wrongType[field as keyof typeof v.wrongType] ?? v.wrongType.file;
    addError(errors, { field, message: reason === 'tooLarge' ? v.tooLarge(maxMb) : reason === 'empty' ? v.empty : wrongType });
  }
  for (const rule of rules) addError(errors, { field: rule.field, message: v[rule.rule] });
  return errors;
}

/** 413 when a file was over the limit, else 400. */
export const failedStatus = (upload: FormUpload | undefined) => upload?.errorStatus ?? 400;

/** The stored files of an item, described for the editor's pages. */
export interface ItemFiles {
  file?: StoredFileMeta | undefined;
  videoFile?: StoredFileMeta | undefined;
  captionsFile?: StoredFileMeta | undefined;
}

export async function itemFiles(deps: AppDeps, item: Pick<ItemRow, 'fileId' | 'videoFileId' | 'captionsFileId'> | undefined): Promise<ItemFiles> {
  const info = (id: string | null | undefined) => (id ? deps.files.info(id) : undefined);
  return { file: await info(item?.fileId), videoFile: await info(item?.videoFileId), captionsFile: await info(item?.captionsFileId) };
}
