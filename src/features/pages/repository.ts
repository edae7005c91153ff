import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { contentPages } from './tables.ts';

export type ContentPageRow = typeof contentPages.$inferSelect;

export async function findContentPage(db: Executor, slug: string): Promise<ContentPageRow | undefined> {
  const rows = await db.select().from(contentPages).where(eq(contentPages.slug, slug));
  return rows[0];
}

export async function listContentPages(db: Executor): Promise<ContentPageRow[]> {
  return db.select().from(contentPages);
}

export async function upsertContentPage(db: Executor, page: Omit<ContentPageRow, 'updatedAt'>): Promise<void> {
  const { slug, ...rest } = page;
  await db
    .insert(contentPages)
    .values({ ...page, updatedAt: new Date() })
    .onConflictDoUpdate({ target: contentPages.slug, set: { ...rest, updatedAt: new Date() } });
}
