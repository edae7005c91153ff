import type { Executor } from '../../../platform/db/client.ts';
import { findPictures, pictureView, type PictureView } from '../../../platform/pictures/index.ts';
import type { EventRow } from './event-repository.ts';
import { eventPicturePath } from './paths.ts';

/** The pictures of these events as their pages show them, by event id; events without one are left out. */
export async function eventPictures(db: Executor, events: readonly Pick<EventRow, 'id' | 'slug' | 'pictureId'>[]): Promise<Map<string, PictureView>> {
  const found = await findPictures(
    db,
    events.flatMap((e) => (e.pictureId ? [e.pictureId] : [])),
  );
  const views = new Map<string, PictureView>();
  for (const event of events) {
    const picture = event.pictureId ? found.get(event.pictureId) : undefined;
    if (picture)
      views.set(
        event.id,
        pictureView(picture, (fileId) => eventPicturePath(event.slug, fileId)),
      );
  }
  return views;
}
