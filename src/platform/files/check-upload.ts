import type { z } from 'zod';
import { parseForm, type FieldError } from '../http/form.ts';
import type { Messages } from '../i18n/index.ts';
import type { FormUpload } from './form-upload.ts';
import type { StoredFileMeta } from './store.ts';

/** What a form with one file says when the file is missing or refused, in the page's words. */
export interface FileFieldWords {
  required: string;
  empty: string;
  type: string;
  tooLarge: string;
}

export type CheckedUpload<T> =
  | { ok: true; data: T; file: StoredFileMeta; submissionId: string | undefined }
  | { ok: false; errors: FieldError[]; submissionId: string | undefined; status: 400 | 413 };

/**
 * Checks an upload form with one file: its fields against the schema and the file against its
 * input's types. When anything is wrong – also a hand-made form that parseForm answers with
 * 400 – the files the form brought are removed again before the answer, so that nothing is
 * kept of a form that was refused.
 */
export async function checkUpload<S extends z.ZodType>(
  upload: FormUpload,
  schema: S,
  t: Messages,
  fileField: string,
  words: FileFieldWords,
): Promise<CheckedUpload<z.output<S>>> {
  let form: ReturnType<typeof parseForm<S>>;
  try {
    form = parseForm(schema, upload.fields, t);
  } catch (error) {
    await upload.discard();
    throw error;
  }
  const errors: FieldError[] = form.ok ? [] : [...form.errors];
  const refused = upload.refused[fileField];
  const file = upload.files[fileField];
  if (refused) errors.push({ field: fileField, message: words[refused === 'tooLarge' ? 'tooLarge' : refused === 'empty' ? 'empty' : 'type'] });
  else if (!file) errors.push({ field: fileField, message: words.required });
  if (!form.ok || errors.length > 0 || !file) {
    await upload.discard();
    return { ok: false, errors, submissionId: form.submissionId, status: upload.errorStatus };
  }
  return { ok: true, data: form.data, file, submissionId: form.submissionId };
}
