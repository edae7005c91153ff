import type { Executor } from '../../platform/db/client.ts';
import { listPublished, type ItemRow } from './repository.ts';

/** The newest published news for the start page and other features. */
export async function latestNews(db: Executor, n: number): Promise<ItemRow[]> {
  return listPublished(db, { type: 'news' }, n);
}
