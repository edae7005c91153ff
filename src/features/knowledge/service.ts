import type { Executor } from '../../platform/db/client.ts';
import { listPublished, listPublishedChoices, listPublishedWithTags, type ItemRow } from './repository.ts';

export { itemPath } from './paths.ts';

/** The newest published news for the start page and other features. */
export async function latestNews(db: Executor, n: number): Promise<ItemRow[]> {
  return listPublished(db, { type: 'news' }, n);
}

/** The published guides, documents, videos and FAQ entries by title, for a form's choice (e.g. a measure of a strategy); link with itemPath. */
export async function listPublishedItemsForChoice(db: Executor) {
  return listPublishedChoices(db);
}

/**
 * Published items (not news) tagged with any of `tags`, newest first, at most `limit`: e.g. the
 * strategy dashboard's recommendations for a municipality's weakest dimensions.
 */
export async function listPublishedItemsByTags(db: Executor, tags: string[], limit: number): Promise<ItemRow[]> {
  return listPublishedWithTags(db, tags, limit);
}
