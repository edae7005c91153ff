import { pictureVariants } from '../../platform/pictures/tables.ts';
import { and, arrayContains, arrayOverlaps, asc, desc, eq, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { knowledgeImages, knowledgeItems, type Audience, type KnowledgeStatus, type KnowledgeType } from './tables.ts';

export type ItemRow = typeof knowledgeItems.$inferSelect;
export type ItemValues = typeof knowledgeItems.$inferInsert;
export type ImageRow = typeof knowledgeImages.$inferSelect;

export async function insertItem(tx: Executor, values: ItemValues): Promise<ItemRow | undefined> {
  const [row] = await tx.insert(knowledgeItems).values(values).onConflictDoNothing({ target: knowledgeItems.slug }).returning();
  return row;
}

export async function updateItemRow(tx: Executor, id: string, values: Partial<ItemValues>): Promise<ItemRow> {
  const [row] = await tx.update(knowledgeItems).set(values).where(eq(knowledgeItems.id, id)).returning();
  return row!;
}

export async function findItem(db: Executor, id: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(knowledgeItems).where(eq(knowledgeItems.id, id));
  return row;
}

export async function lockItem(tx: Executor, id: string): Promise<ItemRow | undefined> {
  const [row] = await tx.select().from(knowledgeItems).where(eq(knowledgeItems.id, id)).for('update');
  return row;
}

export async function findItemBySlug(db: Executor, slug: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(knowledgeItems).where(eq(knowledgeItems.slug, slug));
  return row;
}

export async function slugTaken(db: Executor, slug: string): Promise<boolean> {
  return (await findItemBySlug(db, slug)) !== undefined;
}

export async function listItemsForEditors(db: Executor, status: KnowledgeStatus | undefined): Promise<ItemRow[]> {
  return db
    .select()
    .from(knowledgeItems)
    .where(status ? eq(knowledgeItems.status, status) : undefined)
    .orderBy(desc(knowledgeItems.updatedAt))
    .limit(500);
}

export interface PublicFilter {
  type?: KnowledgeType | undefined;
  field?: string | undefined;
  audience?: Audience | undefined;
  excludeType?: KnowledgeType;
}

function publicWhere(f: PublicFilter) {
  return and(
    eq(knowledgeItems.status, 'published'),
    f.type ? eq(knowledgeItems.type, f.type) : undefined,
    f.excludeType ? ne(knowledgeItems.type, f.excludeType) : undefined,
    f.field ? arrayContains(knowledgeItems.fieldsOfAction, [f.field]) : undefined,
    f.audience ? arrayContains(knowledgeItems.audiences, [f.audience]) : undefined,
  );
}

export async function listPublished(db: Executor, f: PublicFilter, limit: number, offset = 0): Promise<ItemRow[]> {
  return db.select().from(knowledgeItems).where(publicWhere(f)).orderBy(desc(knowledgeItems.publishedAt), knowledgeItems.title).limit(limit).offset(offset);
}

export async function countPublished(db: Executor, f: PublicFilter): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(knowledgeItems).where(publicWhere(f));
  return row?.n ?? 0;
}

/** In-review items whose scheduled moment has come, locked so two sweeps publish each once. */
export async function lockDueItems(tx: Executor, now: Date): Promise<ItemRow[]> {
  return tx
    .select()
    .from(knowledgeItems)
    .where(and(eq(knowledgeItems.status, 'in_review'), lte(knowledgeItems.publishAt, now)))
    .for('update', { skipLocked: true });
}

/** One more public download of a document; counted in the database, so parallel downloads all count. */
export async function incrementDownloads(db: Executor, id: string): Promise<void> {
  await db
    .update(knowledgeItems)
    .set({ downloadCount: sql`${knowledgeItems.downloadCount} + 1` })
    .where(eq(knowledgeItems.id, id));
}

export async function insertImage(tx: Executor, values: typeof knowledgeImages.$inferInsert): Promise<void> {
  await tx.insert(knowledgeImages).values(values);
}

export async function listImages(db: Executor, itemId: string): Promise<ImageRow[]> {
  return db.select().from(knowledgeImages).where(eq(knowledgeImages.itemId, itemId)).orderBy(knowledgeImages.createdAt);
}

/**
 * The statuses of the items that show a stored file in their page: a video, its captions, a
 * picture in the text or a size of the title picture. Documents are not among them; they are downloaded through their item.
 */
export async function mediaFileStatuses(db: Executor, fileId: string): Promise<KnowledgeStatus[]> {
  const asMedia = await db
    .select({ status: knowledgeItems.status })
    .from(knowledgeItems)
    .where(or(eq(knowledgeItems.videoFileId, fileId), eq(knowledgeItems.captionsFileId, fileId)));
  const asImage = await db
    .select({ status: knowledgeItems.status })
    .from(knowledgeImages)
    .innerJoin(knowledgeItems, eq(knowledgeItems.id, knowledgeImages.itemId))
    .where(eq(knowledgeImages.fileId, fileId));
  const asTitlePicture = await db
    .select({ status: knowledgeItems.status })
    .from(pictureVariants)
    .innerJoin(knowledgeItems, eq(knowledgeItems.pictureId, pictureVariants.pictureId))
    .where(eq(pictureVariants.fileId, fileId));
  return [...asMedia, ...asImage, ...asTitlePicture].map((r) => r.status);
}

/** Published guides, documents, videos and FAQ entries (not news) by title, for a form's choice. */
export async function listPublishedChoices(db: Executor): Promise<{ id: string; title: string; type: KnowledgeType; slug: string }[]> {
  return db
    .select({ id: knowledgeItems.id, title: knowledgeItems.title, type: knowledgeItems.type, slug: knowledgeItems.slug })
    .from(knowledgeItems)
    .where(and(eq(knowledgeItems.status, 'published'), ne(knowledgeItems.type, 'news')))
    .orderBy(asc(sql`lower(${knowledgeItems.title})`), asc(knowledgeItems.id));
}

/** Published items (not news) carrying at least one of the tags, the newest first. */
export async function listPublishedWithTags(db: Executor, tags: string[], limit: number): Promise<ItemRow[]> {
  if (tags.length === 0) return [];
  return db
    .select()
    .from(knowledgeItems)
    .where(and(eq(knowledgeItems.status, 'published'), ne(knowledgeItems.type, 'news'), arrayOverlaps(knowledgeItems.tags, tags)))
    .orderBy(desc(knowledgeItems.publishedAt), asc(knowledgeItems.title))
    .limit(limit);
}

/** Guides, documents and videos that are not archived, by title: a choice of materials for other features. */
export async function listMaterialChoiceRows(db: Executor): Promise<{ id: string; title: string; type: KnowledgeType; status: KnowledgeStatus }[]> {
  return db
    .select({ id: knowledgeItems.id, title: knowledgeItems.title, type: knowledgeItems.type, status: knowledgeItems.status })
    .from(knowledgeItems)
    .where(and(inArray(knowledgeItems.type, ['guide', 'document', 'video']), ne(knowledgeItems.status, 'archived')))
    .orderBy(asc(sql`lower(${knowledgeItems.title})`), asc(knowledgeItems.id));
}

export async function findItemsByIds(db: Executor, ids: string[]): Promise<ItemRow[]> {
  return db.select().from(knowledgeItems).where(inArray(knowledgeItems.id, ids));
}
