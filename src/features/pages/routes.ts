import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { parseForm } from '../../platform/http/form.ts';
import { ContentPageView } from './views/content-page.tsx';
import { ContentPageEdit, ContentPageList } from './views/edit-pages.tsx';
import { HomePage } from './views/home.tsx';
import { contentPageForm } from './schema.ts';
import { CONTENT_PAGE_SLUGS, getAllContentPages, getContentPage, isContentPageSlug, saveContentPage } from './service.ts';

export function pagesRoutes(app: FastifyInstance, deps: AppDeps): void {
  // the same for every anonymous visitor: reused for a moment (src/platform/http/page-cache.ts)
  const publicPage = { config: { publicPage: true } };

  app.get('/', publicPage, async (request, reply) => {
    const now = new Date();
    const teasers = await Promise.all(deps.homeTeasers.map((provide) => provide(deps, request.locale, request.t, now)));
    return reply.page(h(HomePage, { ctx: request.view(), teasers: teasers.filter((t) => t !== undefined) }));
  });

  for (const slug of CONTENT_PAGE_SLUGS) {
    app.get(`/${slug}`, publicPage, async (request, reply) => {
      const page = await getContentPage(deps.db, slug);
      return reply.page(h(ContentPageView, { ctx: request.view(), page }));
    });
  }

  const canEdit = requirePermission('admin:pages');

  app.get<{ Querystring: { gespeichert?: string } }>('/verwaltung/seiten', { preHandler: canEdit }, async (request, reply) => {
    const pages = await getAllContentPages(deps.db);
    return reply.page(h(ContentPageList, { ctx: request.view(), pages, saved: request.query.gespeichert === '1' }));
  });

  app.get<{ Params: { slug: string } }>('/verwaltung/seiten/:slug', { preHandler: canEdit }, async (request, reply) => {
    const { slug } = request.params;
    if (!isContentPageSlug(slug)) throw notFound();
    const page = await getContentPage(deps.db, slug);
    return reply.page(h(ContentPageEdit, { ctx: request.view(), page }));
  });

  app.post<{ Params: { slug: string } }>('/verwaltung/seiten/:slug', { preHandler: canEdit }, async (request, reply) => {
    const { slug } = request.params;
    if (!isContentPageSlug(slug)) throw notFound();
    const form = parseForm(contentPageForm, request.body, request.t);
    if (!form.ok) {
      const page = await getContentPage(deps.db, slug);
      return reply.page(h(ContentPageEdit, { ctx: request.view(), page, values: form.values, errors: form.errors }), 400);
    }
    await saveContentPage(deps.db, request.user!, slug, form.data);
    return reply.redirect('/verwaltung/seiten?gespeichert=1', 303);
  });
}
