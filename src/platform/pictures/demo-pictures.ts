import fs from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../db/client.ts';
import type { AppDeps } from '../deps.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { discardPictureFiles, makePicture, type PreparedPicture } from './prepare-picture.ts';
import { findPictures } from './repository.ts';
import { replacePicture } from './save-picture.ts';

const DRAWINGS = path.join(PROJECT_ROOT, 'assets', 'demo', 'bilder');

/** A demo picture: a drawing made for the project (assets/demo/README.md) with a fixed id. */
export interface DemoPictureSource {
  id: string;
  file: string;
  alt: string;
}

export interface DemoPicture {
  prepared: PreparedPicture;
  alt: string;
}

/**
 * Makes the pictures (by the slug of what shows them) that are not stored yet, through the same
 * code as an upload. Only for content the seed is about to create (`exists` says which is
 * there already): a picture an editor removed from demo content stays removed.
 */
export async function makeDemoPictures(
  deps: AppDeps,
  sources: Record<string, DemoPictureSource>,
  exists: (slug: string) => Promise<boolean>,
): Promise<Map<string, DemoPicture>> {
  const made = new Map<string, DemoPicture>();
  for (const [slug, demo] of Object.entries(sources)) {
    if ((await exists(slug)) || (await findPictures(deps.db, [demo.id])).has(demo.id)) continue;
    const bytes = await fs.readFile(path.join(DRAWINGS, demo.file));
    const prepared = await makePicture(deps.files, { bytes, name: demo.file, createdBy: null, id: demo.id });
    if (prepared === 'unreadable') throw new Error(`demo picture ${demo.file} cannot be read`);
    made.set(slug, { prepared, alt: demo.alt });
  }
  return made;
}

/** Removes the files of demo pictures that nothing took (another process created the content first). */
export async function discardDemoPictures(deps: AppDeps, pictures: Iterable<DemoPicture>): Promise<void> {
  for (const { prepared } of pictures)
    await discardPictureFiles(
      deps.files,
      prepared.variants.map((v) => v.fileId),
    );
}

/** Gives newly created demo content its picture, inside the content's transaction. */
export async function attachDemoPicture(tx: Executor, picture: DemoPicture, attach: (pictureId: string | null) => Promise<void>): Promise<void> {
  await replacePicture(tx, { current: null, prepared: picture.prepared, alt: picture.alt, createdBy: null, attach });
}
