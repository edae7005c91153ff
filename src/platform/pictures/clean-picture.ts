import { buffer } from 'node:stream/consumers';
import { FILE_TYPES, type FileStore, type StoredFileMeta } from '../files/index.ts';
import { redrawPicture } from './render-variants.ts';

/**
 * Replaces an uploaded picture in the file store by one drawn anew (redrawPicture), and deletes
 * the upload in every case, so that nothing the camera wrote into it (the place, the device)
 * stays. Outside any transaction, as the file store must be; the caller deletes the new file if
 * nothing comes to refer to it.
 */
export async function cleanStoredPicture(files: FileStore, upload: StoredFileMeta): Promise<StoredFileMeta | 'unreadable'> {
  try {
    const found = await files.get(upload.id);
    const redrawn = found && (await redrawPicture(await buffer(found.stream)));
    if (!redrawn) return 'unreadable';
    return await files.put(redrawn.bytes, {
      originalName: upload.originalName,
      createdBy: upload.createdBy,
      allowedTypes: [FILE_TYPES[redrawn.format]],
      maxBytes: redrawn.bytes.length,
    });
  } finally {
    await files.delete(upload.id);
  }
}
