import type { Executor } from '../db/client.ts';
import type { PreparedPicture } from './prepare-picture.ts';
import { deletePicture, insertPicture, updatePictureAlt } from './repository.ts';

export interface ReplacePictureOptions {
  /** the picture the page has now, if any */
  current: string | null;
  /** a new picture, or undefined when only the text alternative changes */
  prepared: PreparedPicture | undefined;
  alt: string;
  createdBy: string | null;
  /** points the page at its new picture (the feature's column) */
  attach(pictureId: string | null): Promise<void>;
}

/** What a change left: the picture shown now, and the old picture's files to remove after commit. */
export interface PictureChange {
  pictureId: string | null;
  obsoleteFiles: string[];
}

/**
 * Gives a page a new picture, or its picture a new text alternative, inside the caller's
 * transaction; the old picture's rows go with it. 'noPicture' when only the text was to change
 * and the picture has gone meanwhile.
 */
export async function replacePicture(tx: Executor, options: ReplacePictureOptions): Promise<PictureChange | 'noPicture'> {
  const { current, prepared, alt, createdBy } = options;
  if (!prepared) {
    if (!current) return 'noPicture';
    await updatePictureAlt(tx, current, alt);
    return { pictureId: current, obsoleteFiles: [] };
  }
  await insertPicture(tx, { id: prepared.id, alt, width: prepared.width, height: prepared.height, createdBy }, prepared.variants);
  await options.attach(prepared.id);
  return { pictureId: prepared.id, obsoleteFiles: current ? await deletePicture(tx, current) : [] };
}

/** Takes the picture off a page and deletes its rows; 'noPicture' when it had none. */
export async function removePicture(
  tx: Executor,
  options: { current: string | null; attach(pictureId: null): Promise<void> },
): Promise<PictureChange | 'noPicture'> {
  if (!options.current) return 'noPicture';
  await options.attach(null);
  return { pictureId: null, obsoleteFiles: await deletePicture(tx, options.current) };
}
