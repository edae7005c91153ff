import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { pictures, pictureVariants, type PictureFormat } from './tables.ts';

export interface PictureVariantRow {
  fileId: string;
  format: PictureFormat;
  width: number;
  height: number;
}

/** A picture with its variants, smallest first. */
export interface PictureRecord {
  id: string;
  alt: string;
  width: number;
  height: number;
  variants: PictureVariantRow[];
}

export async function insertPicture(
  db: Executor,
  picture: Omit<PictureRecord, 'variants'> & { createdBy: string | null },
  variants: PictureVariantRow[],
): Promise<void> {
  await db.insert(pictures).values(picture);
  await db.insert(pictureVariants).values(variants.map((v) => ({ ...v, pictureId: picture.id })));
}

export async function updatePictureAlt(db: Executor, id: string, alt: string): Promise<void> {
  await db.update(pictures).set({ alt }).where(eq(pictures.id, id));
}

/** Deletes the picture and its variants' rows; returns the variants' file ids, to be removed from the store after commit. */
export async function deletePicture(db: Executor, id: string): Promise<string[]> {
  const files = await db.select({ fileId: pictureVariants.fileId }).from(pictureVariants).where(eq(pictureVariants.pictureId, id));
  await db.delete(pictures).where(eq(pictures.id, id));
  return files.map((f) => f.fileId);
}

/** The pictures of these ids with their variants; ids without a picture are left out. */
export async function findPictures(db: Executor, ids: readonly string[]): Promise<Map<string, PictureRecord>> {
  const found = new Map<string, PictureRecord>();
  if (ids.length === 0) return found;
  const rows = await db
    .select({
      picture: { id: pictures.id, alt: pictures.alt, width: pictures.width, height: pictures.height },
      variant: { fileId: pictureVariants.fileId, format: pictureVariants.format, width: pictureVariants.width, height: pictureVariants.height },
    })
    .from(pictures)
    .innerJoin(pictureVariants, eq(pictureVariants.pictureId, pictures.id))
    .where(inArray(pictures.id, [...new Set(ids)]))
    .orderBy(asc(pictureVariants.width));
  for (const { picture, variant } of rows) {
    const record = found.get(picture.id) ?? { ...picture, variants: [] };
    record.variants.push(variant);
    found.set(picture.id, record);
  }
  return found;
}

/** The picture a variant's file belongs to. */
export async function findPictureOfFile(db: Executor, fileId: string): Promise<string | undefined> {
  const [row] = await db.select({ pictureId: pictureVariants.pictureId }).from(pictureVariants).where(eq(pictureVariants.fileId, fileId));
  return row?.pictureId;
}
