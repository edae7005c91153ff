import { itemPictures } from './item-pictures.ts';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../platform/deps.ts';
import { hasPermission } from '../../platform/auth/policy.ts';
import { sendStoredFile, storedFileCaching } from '../../platform/files/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import { listFieldsOfAction } from '../../platform/taxonomy/fields-of-action.ts';
import { atomFeed } from '../../platform/feeds/atom.ts';
import { listUpcomingEvents } from '../events/catalogue/catalogue-service.ts';
import { itemFiles } from './editor-uploads.ts';
import { FILE_PATH, itemPath } from './paths.ts';
import { countPublished, findItemBySlug, incrementDownloads, listPublished, mediaFileStatuses } from './repository.ts';
import { itemQuery, pageQuery, publicQuery } from './schema.ts';
import { KNOWLEDGE_STEPS, type KnowledgeStep } from './tables.ts';
import { VIDEO_CSP } from './video.ts';
import { FieldOfActionPage, ItemPage, KnowledgeHomePage, NewsListPage } from './views/public.tsx';
import { isUuid } from '../../platform/text/uuid.ts';

const NEWS_PAGE_SIZE = 10;
const LIST_LIMIT = 100;
const LIST_PAGE_SIZE = 20;
type SlugRoute = { Params: { slug: string } };

/** The public side: /wissen with its path and filters, item pages, /aktuelles with its feed, field-of-action pages. */
export function publicRoutes(app: FastifyInstance, deps: AppDeps): void {
  // the same for every anonymous visitor: reused for a moment (src/platform/http/page-cache.ts)
  const publicPage = { config: { publicPage: {} } };

  app.get('/wissen', { config: { publicPage: { query: publicQuery.extend(pageQuery.shape) } } }, async (request, reply) => {
    const q = publicQuery.parse(request.query ?? {});
    const { seite } = pageQuery.parse(request.query ?? {});
    const filter = { type: q.typ, field: q.handlungsfeld, audience: q.zielgruppe, excludeType: 'news' as const };
    const guides = await listPublished(deps.db, { type: 'guide' }, LIST_LIMIT);
    const steps = Object.fromEntries(KNOWLEDGE_STEPS.map((s) => [s, guides.filter((g) => g.step === s)])) as Record<KnowledgeStep, typeof guides>;
    const total = await countPublished(deps.db, filter);
    const pages = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
    const items = await listPublished(deps.db, filter, LIST_PAGE_SIZE, (seite - 1) * LIST_PAGE_SIZE);
    const fields = await listFieldsOfAction(deps.db);
    const pictures = await itemPictures(deps.db, items);
    return reply.page(h(KnowledgeHomePage, { ctx: request.view(), steps, items, total, fields, filter: q, page: seite, pages, pictures }));
  });

  async function itemPage(type: 'news' | 'knowledge', request: { params: { slug: string }; query: unknown }) {
    const item = await findItemBySlug(deps.db, request.params.slug);
    if (item?.status !== 'published' || (item.type === 'news') !== (type === 'news')) throw notFound();
    const field = item.fieldsOfAction[0];
    const related = field ? (await listPublished(deps.db, { field, excludeType: 'news' }, 4)).filter((r) => r.id !== item.id).slice(0, 3) : [];
    const loadVideo = item.type === 'video' && itemQuery.parse(request.query ?? {}).video === 'laden';
    return { item, related, loadVideo, files: await itemFiles(deps, item), pictures: await itemPictures(deps.db, [item, ...related]) };
  }

  app.get<SlugRoute>('/wissen/:slug', { config: { publicPage: { query: itemQuery } } }, async (request, reply) => {
    const props = await itemPage('knowledge', request);
    // Only this reply may frame the two video players; every other page keeps frame-src 'none'.
    // A reused page would go out with the site's CSP, so the framing page is never kept.
    if (props.loadVideo) {
      reply.header('content-security-policy', VIDEO_CSP);
      request.pageCacheKey = null;
    }
    return reply.page(h(ItemPage, { ctx: request.view(), ...props }));
  });

  // Files are sent as stored: compressing media gains nothing, and ranges must count stored bytes.
  app.get<{ Params: { slug: string } }>('/wissen/:slug/download', { compress: false }, async (request, reply) => {
    const item = await findItemBySlug(deps.db, request.params.slug);
    const published = item?.status === 'published';
    const editor = hasPermission(request.user, 'content:edit');
    // Drafts and archived documents stay with the editors, as their pages do.
    if (!item?.fileId || item.type !== 'document' || !(published || editor)) throw notFound();
    // The count is the public's: one GET from the file's start, however many ranges a reader
    // fetches after it; the editors' own checks do not count.
    const fromStart = !request.headers.range || /^bytes=0-/.test(request.headers.range);
    if (published && !editor && request.method === 'GET' && fromStart) await incrementDownloads(deps.db, item.id);
    return (await sendStoredFile(reply, deps.files, item.fileId)) ?? reply.callNotFound();
  });

  app.get<{ Params: { id: string } }>(`${FILE_PATH}/:id`, { compress: false }, async (request, reply) => {
    const { id } = request.params;
    if (!isUuid(id)) throw notFound();
    // Public only as part of a published page; editors see the files of every item.
    const statuses = await mediaFileStatuses(deps.db, id);
    const published = statuses.includes('published');
    if (!published && !(statuses.length > 0 && hasPermission(request.user, 'content:edit'))) throw notFound();
    reply.header('cache-control', storedFileCaching(published));
    return (await sendStoredFile(reply, deps.files, id)) ?? reply.callNotFound();
  });

  app.get('/aktuelles', { config: { publicPage: { query: pageQuery } } }, async (request, reply) => {
    const { seite } = pageQuery.parse(request.query ?? {});
    const total = await countPublished(deps.db, { type: 'news' });
    const pages = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
    const items = await listPublished(deps.db, { type: 'news' }, NEWS_PAGE_SIZE, (seite - 1) * NEWS_PAGE_SIZE);
    return reply.page(h(NewsListPage, { ctx: request.view(), items, pictures: await itemPictures(deps.db, items), page: seite, pages }));
  });

  app.get('/aktuelles/feed.atom', async (request, reply) => {
    const base = deps.config.baseUrl;
    const m = request.t.knowledge.news;
    const items = await listPublished(deps.db, { type: 'news' }, 20);
    const { siteName } = await deps.settings.get();
    const xml = atomFeed({
      id: `${base}/aktuelles/feed.atom`,
      title: m.title,
      subtitle: m.lead,
      selfUrl: `${base}/aktuelles/feed.atom`,
      htmlUrl: `${base}/aktuelles`,
      language: request.locale,
      fallbackUpdated: new Date(0),
      entries: items.map((i) => ({
        id: `${base}${itemPath(i)}`,
        title: i.title,
        summary: i.summary,
        url: `${base}${itemPath(i)}`,
        author: siteName,
        published: i.publishedAt ?? i.updatedAt,
        updated: i.updatedAt,
      })),
    });
    return reply.type('application/atom+xml; charset=utf-8').send(xml);
  });

  app.get<SlugRoute>('/aktuelles/:slug', publicPage, async (request, reply) => {
    const props = await itemPage('news', request);
    return reply.page(h(ItemPage, { ctx: request.view(), ...props, loadVideo: false }));
  });

  app.get<{ Params: { slug: string } }>('/handlungsfelder/:slug', publicPage, async (request, reply) => {
    const field = (await listFieldsOfAction(deps.db)).find((f) => f.slug === request.params.slug);
    if (!field) throw notFound();
    const items = await listPublished(deps.db, { field: field.slug }, LIST_LIMIT);
    const { entries } = await listUpcomingEvents(deps.db, { fieldOfAction: field.slug }, 1, new Date());
    return reply.page(h(FieldOfActionPage, { ctx: request.view(), field, items, pictures: await itemPictures(deps.db, items), events: entries }));
  });
}
