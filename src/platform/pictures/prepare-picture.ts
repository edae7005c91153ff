import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { FILE_TYPES, type FileStore, type StoredFileMeta } from '../files/index.ts';
import { renderVariants } from './render-variants.ts';
import type { PictureVariantRow } from './repository.ts';

/** A picture whose variants are in the file store and whose rows are not yet written. */
export interface PreparedPicture {
  id: string;
  width: number;
  height: number;
  variants: PictureVariantRow[];
}

export interface MakePictureOptions {
  bytes: Buffer;
  /** the name the picture came with; its variants are named after it */
  name: string;
  createdBy: string | null;
  /** a fixed id, so that demo content has stable addresses; its variants get the ids that follow it */
  id?: string;
}

/** The id after `id` by `step`: the last group of a UUID counted up as a hex number. */
function idAfter(id: string, step: number): string {
  const next = (BigInt(`0x${id.slice(24)}`) + BigInt(step)).toString(16).padStart(12, '0');
  return `${id.slice(0, 24)}${next}`;
}

/**
 * Makes the variants of a picture and stores them. Outside any transaction, as the file store
 * must be (see FileStore.put); the caller writes the rows with savePicture and, if that does not
 * happen, removes the variants with discardPictureFiles. Fixed ids replace what an interrupted
 * run left under them.
 */
export async function makePicture(files: FileStore, options: MakePictureOptions): Promise<PreparedPicture | 'unreadable'> {
  const rendered = await renderVariants(options.bytes);
  if (!rendered) return 'unreadable';
  const id = options.id ?? randomUUID();
  const base = options.name.replace(/\.[^.]*$/, '');
  const variants: PictureVariantRow[] = [];
  try {
    for (const [i, variant] of rendered.variants.entries()) {
      const fileId = options.id ? idAfter(options.id, i + 1) : undefined;
      if (fileId) await files.delete(fileId);
      const type = variant.format === 'webp' ? FILE_TYPES.webp : FILE_TYPES.jpeg;
      const name = `${base}-${variant.width}.${variant.format === 'webp' ? 'webp' : 'jpg'}`;
      const file = await files.put(variant.bytes, {
        id: fileId,
        originalName: name,
        createdBy: options.createdBy,
        allowedTypes: [type],
        maxBytes: variant.bytes.length,
      });
      variants.push({ fileId: file.id, format: variant.format, width: variant.width, height: variant.height });
    }
  } catch (error) {
    await discardPictureFiles(
      files,
      variants.map((v) => v.fileId),
    );
    throw error;
  }
  return { id, width: rendered.width, height: rendered.height, variants };
}

/**
 * Hands the bytes of an upload in the file store to `use`, then deletes the upload in every
 * case, so that nothing the camera wrote into it (the place, the device) stays.
 */
export async function consumeUpload<T>(files: FileStore, upload: StoredFileMeta, use: (bytes: Buffer) => Promise<T>): Promise<T | 'unreadable'> {
  try {
    const found = await files.get(upload.id);
    return found ? await use(await buffer(found.stream)) : 'unreadable';
  } finally {
    await files.delete(upload.id);
  }
}

/** Makes a picture from an upload in the file store, which is deleted (consumeUpload). */
export function preparePicture(files: FileStore, original: StoredFileMeta): Promise<PreparedPicture | 'unreadable'> {
  return consumeUpload(files, original, (bytes) => makePicture(files, { bytes, name: original.originalName, createdBy: original.createdBy }));
}

/** Removes variants from the store: of a picture whose rows were deleted, or never written. */
export async function discardPictureFiles(files: FileStore, fileIds: readonly string[]): Promise<void> {
  for (const id of fileIds) await files.delete(id);
}
