import type { Executor } from '../../platform/db/client.ts';
import { findPictures, pictureView, type PictureView } from '../../platform/pictures/index.ts';
import { filePath } from './paths.ts';
import type { ItemRow } from './repository.ts';

/** The title pictures of these items as pages show them, by item id; items without one are left out. */
export async function itemPictures(db: Executor, items: readonly Pick<ItemRow, 'id' | 'pictureId'>[]): Promise<Map<string, PictureView>> {
  const found = await findPictures(
    db,
    items.flatMap((i) => (i.pictureId ? [i.pictureId] : [])),
  );
  const views = new Map<string, PictureView>();
  for (const item of items) {
    const picture = item.pictureId ? found.get(item.pictureId) : undefined;
    // served where the item's other files are, with the same rule: public once it is published
    if (picture) views.set(item.id, pictureView(picture, filePath));
  }
  return views;
}
