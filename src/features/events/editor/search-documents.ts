import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../../platform/search/index.ts';
import { eventPath } from '../core/paths.ts';
import { eventDates, events } from '../core/tables.ts';

const FEATURE = 'events';

/**
 * Mirrors one event into the site search: published events with their text and places,
 * drafts (and events that no longer exist) out of it. Call it in the transaction that changes the event.
 */
export async function indexEvent(tx: Executor, eventId: string): Promise<void> {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId));
  if (event?.status !== 'published') {
    await removeSearchDocument(tx, FEATURE, eventId);
    return;
  }
  const dates = await tx
    .select({ placeName: eventDates.placeName, town: eventDates.town })
    .from(eventDates)
    .where(eq(eventDates.eventId, eventId))
    .orderBy(asc(eventDates.startsAt));
  // Places are searched like words of the text: "Workshop Lübeck" finds the workshop held there.
  const places = [...new Set(dates.flatMap((d) => [d.placeName, d.town]).filter((p): p is string => Boolean(p)))];
  await upsertSearchDocument(tx, {
    feature: FEATURE,
    refId: event.id,
    type: 'event',
    title: event.title,
    summary: event.summary,
    body: [event.description, event.audience, places.join(', ')].filter(Boolean).join('\n\n'),
    url: eventPath(event.slug),
    fieldsOfAction: event.fieldsOfAction,
    published: true,
    ...(event.publishedAt ? { publishedAt: event.publishedAt } : {}),
    updatedAt: event.updatedAt,
  });
}
