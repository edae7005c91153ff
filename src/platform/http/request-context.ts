import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JSX } from 'preact';
import type { ZodType } from 'zod';
import { renderToString } from 'preact-render-to-string';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Locale, Messages } from '../i18n/index.ts';
import type { SiteSettings } from '../settings/site-settings.ts';
import type { ViewContext } from '../views/context.ts';

/**
 * A page that is the same for every anonymous visitor of a language. `query` is the schema of
 * the query parameters the page reads: only what it parses becomes part of the page cache's
 * key, so made-up parameters cannot fill the cache with copies of one page.
 */
export interface PublicPage {
  query?: ZodType<Record<string, unknown>>;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
    locale: Locale;
    t: Messages;
    site: SiteSettings;
    /** the context every page is rendered with */
    view(): ViewContext;
    /** set for an anonymous visitor's GET of a public page: the page cache's key for its HTML */
    pageCacheKey: string | null;
  }
  interface FastifyContextConfig {
    /** the page is the same for every anonymous visitor of a language (see page-cache.ts) */
    publicPage?: PublicPage;
  }
  interface FastifyInstance {
    /** every route with its method, so the authorization matrix test can prove it covers them all */
    registeredRoutes: { method: string; url: string }[];
  }
  interface FastifyReply {
    /** renders a page component as the complete HTML answer */
    page(node: JSX.Element, status?: number): FastifyReply;
  }
}

export function renderPage(node: JSX.Element): string {
  return `<!doctype html>${renderToString(node)}`;
}

export function sendPage(reply: FastifyReply, node: JSX.Element, status = 200): FastifyReply {
  return sendHtml(reply, renderPage(node), status);
}

export function sendHtml(reply: FastifyReply, html: string | Buffer, status = 200): FastifyReply {
  return reply.status(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

export type { FastifyRequest };
