import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppDeps } from '../../platform/deps.ts';
import { PROJECT_ROOT } from '../../platform/paths.ts';
import { discardPictureFiles, findPictures, makePicture, type PreparedPicture } from '../../platform/pictures/index.ts';
import { findEventBySlug } from './core/event-repository.ts';

const PICTURES = path.join(PROJECT_ROOT, 'assets', 'demo', 'bilder');

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
 * Makes the pictures (by event slug) of the demo events that are not stored yet, through the same code as an
 * upload. Only for events the seed is about to create: a picture an editor removed from a demo
 * event stays removed.
 */
export async function makeDemoPictures(deps: AppDeps, sources: Record<string, DemoPictureSource>): Promise<Map<string, DemoPicture>> {
  const made = new Map<string, DemoPicture>();
  for (const [slug, demo] of Object.entries(sources)) {
    if ((await findEventBySlug(deps.db, slug)) || (await findPictures(deps.db, [demo.id])).has(demo.id)) continue;
    const bytes = await fs.readFile(path.join(PICTURES, demo.file));
    const prepared = await makePicture(deps.files, { bytes, name: demo.file, createdBy: null, id: demo.id });
    if (prepared === 'unreadable') throw new Error(`demo picture ${demo.file} cannot be read`);
    made.set(slug, { prepared, alt: demo.alt });
  }
  return made;
}

/** Removes the files of demo pictures that no event took (another process created the event first). */
export async function discardDemoPictures(deps: AppDeps, pictures: Iterable<DemoPicture>): Promise<void> {
  for (const { prepared } of pictures) await discardPictureFiles(deps.files, prepared.variants.map((v) => v.fileId));
}
