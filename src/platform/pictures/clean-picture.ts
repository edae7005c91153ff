import { FILE_TYPES, type FileStore, type StoredFileMeta } from '../files/index.ts';
import { consumeUpload } from './prepare-picture.ts';
import { redrawPicture } from './render-variants.ts';

/**
 * Replaces an uploaded picture in the file store by one drawn anew (redrawPicture); the upload
 * itself is deleted (consumeUpload). Outside any transaction, as the file store must be; the
 * caller deletes the new file if nothing comes to refer to it.
 */
export function cleanStoredPicture(files: FileStore, upload: StoredFileMeta): Promise<StoredFileMeta | 'unreadable'> {
  return consumeUpload(files, upload, async (bytes) => {
    const redrawn = await redrawPicture(bytes);
    if (!redrawn) return 'unreadable';
    return files.put(redrawn.bytes, {
      originalName: upload.originalName,
      createdBy: upload.createdBy,
      allowedTypes: [FILE_TYPES[redrawn.format]],
      maxBytes: redrawn.bytes.length,
    });
  });
}
