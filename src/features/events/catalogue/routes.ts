import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { sendPictureFile } from '../../../platform/pictures/index.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { atomFeed } from '../../../platform/feeds/atom.ts';
import { CATALOGUE_PATH, eventPath } from '../core/paths.ts';
import { dateIcs, feedIcs } from '../core/ical.ts';
import { withDateProgramme, withDateProgrammes } from '../core/programme.ts';
import { getDateWithEvent, getVisibleEventBySlug } from '../core/event-lookups.ts';
import { getEventPage, listPastEvents, listUpcomingEvents } from './catalogue-service.ts';
import { listRecentlyPublishedEvents, listUpcomingPublishedDates, listUpcomingTowns } from '../core/event-repository.ts';
import { catalogueQuery, pageQuery } from '../core/schema.ts';
import { getWorldCafeForEvent } from '../world-cafe/service.ts';
import { EventPage } from './views/event-page.tsx';
import { ArchivePage, UpcomingEventsPage } from './views/event-lists.tsx';

const CALENDAR = 'text/calendar; charset=utf-8';
const ATOM = 'application/atom+xml; charset=utf-8';
const FEED_SIZE = 30;

/** The public side: list, archive, event pages, calendar files and the Atom feed. */
export function catalogueRoutes(app: FastifyInstance, deps: AppDeps): void {
  // the same for every anonymous visitor: reused for a moment (src/platform/http/page-cache.ts)
  const publicPage = { config: { publicPage: {} } };

  app.get(CATALOGUE_PATH, { config: { publicPage: { query: catalogueQuery } } }, async (request, reply) => {
    const query = catalogueQuery.parse(request.query ?? {});
    const now = new Date();
    const filter = { fieldOfAction: query.handlungsfeld, town: query.ort, online: query.format === undefined ? undefined : query.format === 'online' };
    const result = await listUpcomingEvents(deps.db, filter, query.seite, now);
    const fields = await listFieldsOfAction(deps.db);
    const towns = await listUpcomingTowns(deps.db, now);
    const values = { handlungsfeld: query.handlungsfeld, ort: query.ort, format: query.format };
    const canEdit = hasPermission(request.user, 'content:edit');
    return reply.page(h(UpcomingEventsPage, { ctx: request.view(), result, filter: values, fields, towns, canEdit }));
  });

  app.get(`${CATALOGUE_PATH}/archiv`, { config: { publicPage: { query: pageQuery } } }, async (request, reply) => {
    const { seite } = pageQuery.parse(request.query ?? {});
    const result = await listPastEvents(deps.db, seite, new Date());
    return reply.page(h(ArchivePage, { ctx: request.view(), result, fields: await listFieldsOfAction(deps.db) }));
  });

  // A subscribed calendar: every published date that has not ended, cancelled ones marked.
  app.get(`${CATALOGUE_PATH}.ics`, async (request, reply) => {
    const entries = await withDateProgrammes(deps.db, await listUpcomingPublishedDates(deps.db, new Date()));
    return reply
      .header('content-type', CALENDAR)
      .header('content-disposition', 'inline; filename="veranstaltungen.ics"')
      .header('cache-control', 'no-cache')
      .send(feedIcs(entries, deps.config.baseUrl, request.t));
  });

  app.get(`${CATALOGUE_PATH}/feed.atom`, async (request, reply) => {
    const base = deps.config.baseUrl;
    const m = request.t.events.atom;
    const list = await listRecentlyPublishedEvents(deps.db, FEED_SIZE);
    const xml = atomFeed({
      id: `${base}${CATALOGUE_PATH}/feed.atom`,
      title: m.title,
      subtitle: m.subtitle,
      selfUrl: `${base}${CATALOGUE_PATH}/feed.atom`,
      htmlUrl: `${base}${CATALOGUE_PATH}`,
      language: request.locale,
      fallbackUpdated: new Date(0),
      entries: list.map((e) => ({
        // the id must never change, even when the title or address does
        id: `urn:uuid:${e.id}`,
        title: e.title,
        summary: e.summary,
        url: `${base}${eventPath(e.slug)}`,
        author: e.organiser,
        published: e.publishedAt ?? e.createdAt,
        updated: e.updatedAt,
      })),
    });
    return reply.header('content-type', ATOM).header('cache-control', 'no-cache').send(xml);
  });

  app.get<{ Params: { slug: string } }>(`${CATALOGUE_PATH}/:slug`, publicPage, async (request, reply) => {
    const data = await getEventPage(deps.db, request.params.slug, request.user);
    if (!data) throw notFound();
    const fields = await listFieldsOfAction(deps.db);
    const canEdit = hasPermission(request.user, 'content:edit');
    const worldCafe = await getWorldCafeForEvent(deps.db, data.event.id);
    const page = h(EventPage, { ctx: request.view(), data, fields, now: new Date(), canEdit, worldCafe, canContribute: request.user !== null });
    return reply.page(page);
  });

  // The picture's sizes: where the page may be seen, and only the files of the event's picture.
  app.get<{ Params: { slug: string; fileId: string } }>(`${CATALOGUE_PATH}/:slug/bild/:fileId`, { compress: false }, async (request, reply) => {
    const event = await getVisibleEventBySlug(deps.db, request.params.slug, request.user);
    if (!event || !isUuid(request.params.fileId)) throw notFound();
    const sent = await sendPictureFile(reply, deps, { pictureId: event.pictureId, fileId: request.params.fileId, shared: event.status === 'published' });
    return sent ?? reply.callNotFound();
  });

  app.get<{ Params: { slug: string; dateId: string } }>(`${CATALOGUE_PATH}/:slug/termine/:dateId.ics`, async (request, reply) => {
    const event = await getVisibleEventBySlug(deps.db, request.params.slug, request.user);
    const found = event && (await getDateWithEvent(deps.db, request.params.dateId));
    if (!event || !found || found.event.id !== event.id) throw notFound();
    const day = found.date.startsAt.toISOString().slice(0, 10);
    const entry = await withDateProgramme(deps.db, { event, date: found.date });
    return reply
      .header('content-type', CALENDAR)
      .header('content-disposition', `attachment; filename="${event.slug}-${day}.ics"`)
      .header('cache-control', 'no-cache')
      .send(dateIcs(entry, deps.config.baseUrl, request.t));
  });
}
