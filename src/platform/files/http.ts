import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isInline, type FileType } from './detect.ts';
import { FileRefusedError, type ByteRange, type FileStore, type StoredFileMeta } from './store.ts';

export type UploadError = 'missing' | 'tooLarge' | 'wrongType' | 'empty' | 'notMultipart';

/** What a route gets back: the stored file and the form's other fields, or why the upload was refused. */
export type UploadResult =
  | { ok: true; file: StoredFileMeta; fields: Record<string, string> }
  | { ok: false; status: 400 | 413; error: UploadError; fields: Record<string, string> };

// The fields sent before the file, as plain strings. Forms put their text fields first for this.
function fieldsOf(part: MultipartFile | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part?.fields ?? {})) {
    const one = Array.isArray(value) ? value[0] : value;
    if (one && one.type === 'field' && typeof one.value === 'string') fields[name] = one.value;
  }
  return fields;
}

/**
 * Reads the one file of a multipart form into the store. The route renders its form again with
 * the error summary and the status on failure: 413 for a file over the limit, else 400.
 * Needs @fastify/multipart registered; the CSRF token travels in the query string (see csrf.ts).
 */
export async function receiveUpload(
  request: FastifyRequest,
  store: FileStore,
  options: { createdBy: string | null; allowedTypes: readonly FileType[]; maxBytes: number },
): Promise<UploadResult> {
  let part: MultipartFile | undefined;
  try {
    // One byte over the limit reaches the store, whose meter refuses it before anything is kept;
    // at exactly the limit Busboy would cut the file short silently.
    part = await request.file({ limits: { fileSize: options.maxBytes + 1, files: 1, fields: 20, fieldSize: 100_000 } });
  } catch {
    return { ok: false, status: 400, error: 'notMultipart', fields: {} };
  }
  const fields = fieldsOf(part);
  if (!part || part.filename === '') {
    part?.file.resume();
    return { ok: false, status: 400, error: 'missing', fields };
  }
  try {
    const file = await store.put(part.file, { originalName: part.filename, ...options });
    return { ok: true, file, fields };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || (error instanceof FileRefusedError && error.reason === 'tooLarge')) {
      return { ok: false, status: 413, error: 'tooLarge', fields };
    }
    if (error instanceof FileRefusedError) return { ok: false, status: 400, error: error.reason, fields };
    throw error;
  }
}

/** RFC 6266/5987: an ASCII fallback name and the real name percent-encoded as UTF-8. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_') || 'download';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The one byte range a Range header asks for, inclusive; undefined when the whole file is to be
 * sent (no header, an unreadable one, or several ranges, which RFC 9110 lets a server ignore).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  const match = header === undefined ? null : /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    // "bytes=-500": the last 500 bytes
    const suffix = Number(match[2]);
    return suffix === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  return end < start ? undefined : { start, end };
}

/**
 * A stored file's bytes never change (a new upload gets a new id), but the page that shows it
 * can be withdrawn: a day in shared caches for a public file, nothing kept of the others.
 */
export function storedFileCaching(shared: boolean): string {
  return shared ? 'public, max-age=86400' : 'private, no-store';
}

/**
 * Sends a stored file with the detected type; documents as downloads, media shown in place.
 * Answers Range requests with 206 and the asked bytes, so that players can seek in a video.
 */
export async function sendStoredFile(reply: FastifyReply, store: FileStore, id: string): Promise<FastifyReply | undefined> {
  const meta = await store.info(id);
  if (!meta) return undefined;
  const etag = `"${meta.sha256}"`;
  const headers = reply.request.headers;
  // If-Range: a range of a file that changed since is no use, the whole file is.
  const range = headers['if-range'] === undefined || headers['if-range'] === etag ? parseRange(headers.range, meta.size) : undefined;
  reply
    .header('accept-ranges', 'bytes')
    .header('etag', etag)
    .header('content-type', meta.contentType)
    .header('content-disposition', contentDisposition(isInline(meta.contentType) ? 'inline' : 'attachment', meta.originalName))
    .header('x-content-type-options', 'nosniff');
  if (range === 'unsatisfiable') return reply.code(416).header('content-range', `bytes */${meta.size}`).send();
  const found = await store.get(id, range);
  if (!found) return undefined;
  if (!range) return reply.header('content-length', String(meta.size)).send(found.stream);
  return reply
    .code(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${meta.size}`)
    .header('content-length', String(range.end - range.start + 1))
    .send(found.stream);
}
