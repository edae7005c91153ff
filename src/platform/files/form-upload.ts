import { PassThrough, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { badRequest, HttpError } from '../http/errors.ts';
import type { FileType } from './detect.ts';
import { FileRefusedError, type FileStore, type StoredFileMeta } from './store.ts';

export interface FormUploadOptions {
  createdBy: string | null;
  maxBytes: number;
  /** the form's file inputs and the types each accepts; a file under any other name is refused */
  files: Record<string, readonly FileType[]>;
}

/** A multipart form read whole: its text fields, the files it stored and the files it refused. */
export interface FormUpload {
  /** the text fields as a form body: repeated names (checkboxes) as lists */
  fields: Record<string, string | string[]>;
  /** the stored files by input name; empty inputs are left out */
  files: Record<string, StoredFileMeta>;
  /** why a file was refused, by input name */
  refused: Record<string, FileRefusedError['reason']>;
  /** 413 when a file was too large, else 400: the status of the form shown again */
  errorStatus: 400 | 413;
  /** removes this form's stored files again: the form failed, or it had been sent before */
  discard(): Promise<void>;
}

async function drain(stream: Readable): Promise<void> {
  stream.resume();
  // A stream destroyed on the way ends the whole form; the iteration then says so.
  await finished(stream).catch(() => undefined);
}

function addField(fields: FormUpload['fields'], name: string, value: string): void {
  const before = fields[name];
  fields[name] = before === undefined ? value : [before, value].flat();
}

/**
 * Reads a multipart form with several file inputs (e.g. a video and its captions) and stores
 * each chosen file through the store, which checks type and size by the bytes. Every part is
 * read, even after a refused file, so that the form can be shown again with all fields kept.
 * A malformed form is a 400; the route validates the fields and calls discard() on failure.
 */
export async function receiveForm(request: FastifyRequest, store: FileStore, options: FormUploadOptions): Promise<FormUpload> {
  const fields: FormUpload['fields'] = {};
  const files: FormUpload['files'] = {};
  const refused: FormUpload['refused'] = {};
  const discard = async () => {
    for (const file of Object.values(files)) await store.delete(file.id);
  };
  let storing = false;
  try {
    // The plugin reads throwFileSizeLimit here too, though its types name it only for file():
    // off, so that a file over the limit is cut and the store's meter refuses it as too large.
    const limits = {
      // One byte over the limit reaches the store, whose meter refuses it (see receiveUpload).
      limits: { fileSize: options.maxBytes + 1, files: Object.keys(options.files).length, fields: 200, parts: 220, fieldSize: 256 * 1024 },
      throwFileSizeLimit: false,
    };
    const parts = request.parts(limits);
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated || typeof part.value !== 'string') throw badRequest('form field too long');
        addField(fields, part.fieldname, part.value);
        continue;
      }
      const allowed = options.files[part.fieldname];
      if (!allowed || part.fieldname in files || part.fieldname in refused) {
        await drain(part.file);
        throw badRequest('unexpected file');
      }
      // An empty file input arrives as a part without a name.
      if (part.filename === '') {
        await drain(part.file);
        continue;
      }
      // The store reads a stream of its own: refusing a file then ends only that stream, and the
      // rest of busboy's is drained, whereas destroying busboy's stream would end the whole form.
      const own = new PassThrough();
      part.file.pipe(own);
      storing = true;
      try {
        files[part.fieldname] = await store.put(own, {
          originalName: part.filename,
          createdBy: options.createdBy,
          allowedTypes: allowed,
          maxBytes: options.maxBytes,
        });
      } catch (error) {
        if (!(error instanceof FileRefusedError)) throw error;
        refused[part.fieldname] = error.reason;
        part.file.unpipe(own);
        await drain(part.file);
      }
      storing = false;
    }
  } catch (error) {
    await discard();
    // The store's own failures (the database, the disk) are the server's; all else is the form's.
    throw storing || error instanceof HttpError ? error : badRequest('malformed multipart form');
  }
  const errorStatus = Object.values(refused).includes('tooLarge') ? 413 : 400;
  return { fields, files, refused, errorStatus, discard };
}
