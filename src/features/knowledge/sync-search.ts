import type { Executor } from '../../platform/db/client.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../platform/search/index.ts';
import { itemPath } from './paths.ts';
import type { ItemRow } from './repository.ts';

/** Only published items are findable; everything else is taken out of the search. */
export async function syncSearch(tx: Executor, item: ItemRow): Promise<void> {
  if (item.status !== 'published') {
    await removeSearchDocument(tx, 'knowledge', item.id);
    return;
  }
  await upsertSearchDocument(tx, {
    feature: 'knowledge',
    refId: item.id,
    type: item.type,
    title: item.title,
    summary: item.summary,
    body: item.body,
    url: itemPath(item),
    fieldsOfAction: item.fieldsOfAction,
    audiences: item.audiences,
    published: true,
    publishedAt: item.publishedAt ?? undefined,
    updatedAt: item.updatedAt,
  });
}
