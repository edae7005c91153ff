import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { FILE_TYPES, receiveForm } from '../files/index.ts';
import { badRequest } from '../http/errors.ts';
import { parseForm, requiredText, type FieldError, type FormValues } from '../http/form.ts';
import { preparePicture, type PreparedPicture } from './prepare-picture.ts';

export const PICTURE_FILE_TYPES = [FILE_TYPES.png, FILE_TYPES.jpeg, FILE_TYPES.webp] as const;

export const pictureForm = z.strictObject({
  // what the picture shows, for people who cannot see it; becomes the alt attribute
  alt: requiredText(300, 'pictures.validation.altRequired'),
});

export type PictureFormOutcome =
  | {
      kind: 'invalid';
      errors: FieldError[];
      values: FormValues;
      /** 413 when the file was over the limit, else 400 */
      status: 400 | 413;
      submissionId: string | undefined;
      /** the name of an accepted file that was not kept and must be chosen again */
      chosenAgain: string | undefined;
    }
  | { kind: 'valid'; alt: string; submissionId: string | undefined; prepared: PreparedPicture | undefined };

// A phone's photo has 3 to 12 MB; the upload is read whole to be converted, so pictures get a
// lower limit than documents and videos where the installation allows more.
const PICTURE_MAX_BYTES = 20 * 1024 * 1024;
const maxBytes = (deps: AppDeps) => Math.min(deps.config.uploadMaxBytes, PICTURE_MAX_BYTES);

/** The megabytes of the upload limit, as the form names it. */
export const uploadMegabytes = (deps: AppDeps) => Math.floor(maxBytes(deps) / (1024 * 1024));

/**
 * Reads the picture form (a file and its text alternative) and, when both are right, makes the
 * picture's variants. The file may be left empty when the page has a picture already: then only
 * the text alternative changes. A picture without a text alternative is refused before any
 * variant is made.
 */
export async function receivePictureForm(request: FastifyRequest, deps: AppDeps, options: { hasPicture: boolean }): Promise<PictureFormOutcome> {
  // The form is always multipart; anything else is a hand-made request.
  if (!request.isMultipart()) throw badRequest('picture form must be multipart');
  const t = request.t.pictures.validation;
  const maxMb = uploadMegabytes(deps);
  const upload = await receiveForm(request, deps.files, {
    createdBy: request.user?.id ?? null,
    maxBytes: maxBytes(deps),
    files: { picture: PICTURE_FILE_TYPES },
  });
  const form = parseForm(pictureForm, upload.fields, request.t);
  const file = upload.files.picture;
  const refused = upload.refused.picture;
  const errors: FieldError[] = form.ok ? [] : [...form.errors];
  if (refused) errors.push({ field: 'picture', message: refused === 'tooLarge' ? t.tooLarge(maxMb) : refused === 'empty' ? t.empty : t.wrongType });
  else if (!file && !options.hasPicture) errors.push({ field: 'picture', message: t.fileRequired });
  const invalid = (status: 400 | 413, chosenAgain: string | undefined): PictureFormOutcome => ({
    kind: 'invalid',
    // the picture's error first: the field stands first in the form
    errors: errors.sort((a, b) => Number(b.field === 'picture') - Number(a.field === 'picture')),
    values: form.ok ? { alt: form.data.alt } : form.values,
    status,
    submissionId: form.submissionId,
    chosenAgain,
  });
  if (errors.length > 0 || !form.ok) {
    await upload.discard();
    return invalid(upload.errorStatus, file?.originalName);
  }
  if (!file) return { kind: 'valid', alt: form.data.alt, submissionId: form.submissionId, prepared: undefined };
  const prepared = await preparePicture(deps.files, file);
  if (prepared === 'unreadable') {
    errors.push({ field: 'picture', message: t.unreadable });
    return invalid(400, undefined);
  }
  return { kind: 'valid', alt: form.data.alt, submissionId: form.submissionId, prepared };
}
