import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { retentionRows } from '../../platform/retention/registry.ts';
import { notFound } from '../../platform/http/errors.ts';
import { parseForm } from '../../platform/http/form.ts';
import type { Messages } from '../../platform/i18n/index.ts';
import { redirectWithNotice } from '../../platform/http/notice.ts';
import { ContentPageView } from './views/content-page.tsx';
import { ContentPageEdit, ContentPageList } from './views/edit-pages.tsx';
import { HomePage } from './views/home.tsx';
import { RetentionPage } from './views/retention-page.tsx';
import { contentPageForm } from './schema.ts';
import { CONTENT_PAGE_SLUGS, getAllContentPages, getContentPage, isContentPageSlug, saveContentPage } from './service.ts';

/** The retention overview, linked from the privacy page. */
export const RETENTION_PATH = '/datenschutz/loeschfristen';

export function pagesRoutes(app: FastifyInstance, deps: AppDeps): void {
  // the same for every anonymous visitor: reused for a moment (src/platform/http/page-cache.ts)
  const publicPage = { config: { publicPage: {} } };

  app.get('/', publicPage, async (request, reply) => {
    const now = new Date();
    const teasers = await Promise.all(deps.homeTeasers.map((provide) => provide(deps, request.locale, request.t, now)));
    return reply.page(h(HomePage, { ctx: request.view(), teasers: teasers.filter((t) => t !== undefined) }));
  });

  for (const slug of CONTENT_PAGE_SLUGS) {
    const more = slug === 'datenschutz' ? (t: Messages) => ({ href: RETENTION_PATH, label: t.retention.linkFromPrivacy }) : undefined;
    app.get(`/${slug}`, publicPage, async (request, reply) => {
      const page = await getContentPage(deps.db, slug);
      return reply.page(h(ContentPageView, { ctx: request.view(), page, more: more?.(request.t) }));
    });
  }

  // Made from the same values the deleting code uses, so it cannot promise what the code does not do.
  app.get(RETENTION_PATH, publicPage, async (request, reply) => {
    return reply.page(h(RetentionPage, { ctx: request.view(), rows: retentionRows(deps.retention, request.t) }));
  });

  const canEdit = requirePermission('admin:pages');

  app.get('/verwaltung/seiten', { preHandler: canEdit }, async (request, reply) => {
    const pages = await getAllContentPages(deps.db);
    return reply.page(h(ContentPageList, { ctx: request.view(), pages, saved: request.notice?.word === 'saved' }));
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
    return redirectWithNotice(reply, '/verwaltung/seiten', { word: 'saved' });
  });
}
