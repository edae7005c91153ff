import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { badRequest, HttpError } from '../../../platform/http/errors.ts';

/** The chosen publiccode.yml, read into memory: it is read once and never kept, so it never reaches the file store. */
export interface ReceivedFile {
  name: string;
  bytes: Buffer;
  /** more than the limit came; `bytes` holds only the start */
  tooLarge: boolean;
}

/** The import form read whole: its text fields as a form body, the file if one was chosen, and whether the pasted text was cut. */
export interface ImportFormBody {
  fields: Record<string, string | string[]>;
  file: ReceivedFile | undefined;
  textTooLarge: boolean;
}

/** The file input and the textarea of the import form (views/import-page.tsx). */
export const FILE_FIELD = 'file';
export const TEXT_FIELD = 'text';

async function drain(stream: Readable): Promise<void> {
  stream.resume();
  await finished(stream).catch(() => undefined);
}

/**
 * Reads the multipart import form: the pasted text and the one file, each up to `maxBytes`. A
 * part beyond that is cut and marked, so that the form can say "too large" instead of failing.
 * A malformed form, a second file or a file under another name is a 400.
 */
export async function receiveImportForm(request: FastifyRequest, maxBytes: number): Promise<ImportFormBody> {
  const fields: ImportFormBody['fields'] = {};
  let file: ReceivedFile | undefined;
  let textTooLarge = false;
  try {
    // The plugin reads throwFileSizeLimit here too, though its types name it only for file():
    // off, so that a file over the limit is cut and marked truncated rather than thrown.
    const options = { limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12, fieldSize: maxBytes }, throwFileSizeLimit: false };
    for await (const part of request.parts(options)) {
      if (part.type === 'field') {
        if (typeof part.value !== 'string') throw badRequest('form field is no text');
        if (part.valueTruncated) {
          if (part.fieldname !== TEXT_FIELD) throw badRequest('form field too long');
          textTooLarge = true;
        }
        const before = fields[part.fieldname];
        fields[part.fieldname] = before === undefined ? part.value : [before, part.value].flat();
        continue;
      }
      if (part.fieldname !== FILE_FIELD || file) {
        await drain(part.file);
        throw badRequest('unexpected file');
      }
      // An empty file input arrives as a part without a name.
      if (part.filename === '') {
        await drain(part.file);
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      file = { name: part.filename, bytes: Buffer.concat(chunks), tooLarge: part.file.truncated };
    }
  } catch (error) {
    throw error instanceof HttpError ? error : badRequest('malformed multipart form');
  }
  return { fields, file, textTooLarge };
}
