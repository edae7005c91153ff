import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { loadSessionUser, sessionCookiePolicy, sessionCookieValue } from '../auth/sessions.ts';
import type { AppDeps } from '../deps.ts';
import { isLocale, LOCALE_COOKIE, messagesFor, type Locale } from '../i18n/index.ts';
import type { NavEntry, ViewContext } from '../views/context.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { BUILD_PREFIX } from '../views/assets.ts';
import { THEME_STYLESHEET_PATH, themeStylesheet, themeStylesheetUrl } from '../views/theme.ts';
import { DEFAULT_SITE_SETTINGS } from '../settings/site-settings.ts';
import { safeNext } from '../auth/guards.ts';
import { checkCsrf, issueCsrfToken } from './csrf.ts';
import { unsendableHeaders } from './header-guard.ts';
import { takeNotice } from './notice.ts';
import { ERROR_STATUS, HttpError, isBadDatabaseInput, isDatabaseUnavailable, type ErrorKind } from './errors.ts';
import { BROTLI_OPTIONS, sendCachedPage } from './cached-page-reply.ts';
import { PageCache } from './page-cache.ts';
import { PROBE_PATHS } from './probe-routes.ts';
import { METRICS_PATH } from '../metrics/metrics-routes.ts';
import { runInRequestScope } from '../request-scope.ts';
import { renderPage, sendHtml, sendPage, type PublicPage } from './request-context.ts';
import { parse as parseQueryString } from 'node:querystring';
import { PROJECT_ROOT } from '../paths.ts';
import { ApiProblem, isApiRequest, problemOfKind, sendProblem } from '../api/problem.ts';

const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');

/**
 * Fastify's own errors before routing (a URL that is not valid percent-encoding, a malformed
 * header): the same readable 400 page as every other bad request, instead of Fastify's JSON.
 * No hook has run and the request has no decorations yet, so the page is built for an
 * anonymous German visitor.
 */
export function frameworkErrorPage(deps: AppDeps, nav: NavEntry[]) {
  return (_error: FastifyError, request: FastifyRequest, reply: import('fastify').FastifyReply): void => {
    const ctx: ViewContext = {
      t: messagesFor('de'),
      locale: 'de',
      user: null,
      csrfToken: issueCsrfToken(deps.keyring, { user: null }),
      url: '/',
      site: DEFAULT_SITE_SETTINGS,
      requestId: request.id,
      nav,
    };
    sendPage(reply, h(ErrorPage, { ctx, kind: 'badRequest' }), ERROR_STATUS.badRequest);
  };
}

function isStaticPath(url: string): boolean {
  return url.startsWith('/static/') || PROBE_PATHS.includes(url) || url === METRICS_PATH || url === '/favicon.ico';
}

function errorKind(error: FastifyError | HttpError): ErrorKind {
  if (error instanceof HttpError) return error.kind;
  if (isDatabaseUnavailable(error)) return 'unavailable';
  if (isBadDatabaseInput(error)) return 'badRequest';
  const status = error.statusCode ?? 500;
  if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'tooLarge';
  if (status === 429) return 'tooMany';
  if (status === 404) return 'notFound';
  if (status === 403) return 'forbidden';
  if (status >= 400 && status < 500) return 'badRequest';
  return 'serverError';
}

/** The page's path and the query parameters it reads, as it reads them; null when they cannot be read. */
function pageCacheKey(request: FastifyRequest, page: PublicPage): string | null {
  const path = request.url.split('?', 1)[0];
  if (!page.query) return `${request.locale}|${path}`;
  const parsed = page.query.safeParse(request.query ?? {});
  return parsed.success ? `${request.locale}|${path}|${JSON.stringify(parsed.data)}` : null;
}

/** Turns an answer that cannot be sent as it is into the error page of its kind. */
function replaceWithErrorPage(request: FastifyRequest, reply: import('fastify').FastifyReply, kind: ErrorKind): string {
  reply.status(ERROR_STATUS[kind]).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store');
  return renderPage(h(ErrorPage, { ctx: request.view(), kind }));
}

function rootCause(error: Error): Error {
  let current: Error = error;
  for (let depth = 0; depth < 5 && current.cause instanceof Error; depth++) current = current.cause;
  return current;
}

/**
 * Everything every request goes through: cookies, form bodies, security headers, the
 * person and language, CSRF, page rendering and the error pages.
 */
export async function registerPlatform(app: FastifyInstance, deps: AppDeps, nav: NavEntry[]): Promise<void> {
  const registeredRoutes: { method: string; url: string }[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.decorate('sessionCookie', sessionCookiePolicy(deps.config.baseUrl));
  // The first hook: everything after it, down to the jobs a request queues, knows the request's id.
  app.addHook('onRequest', (request, _reply, done) => runInRequestScope(request.id, done));
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registeredRoutes.push({ method, url: route.url });
  });
  // Registered before compression, so that the replacement page is compressed like any other.
  app.addHook('onSend', async (request, reply, payload) => {
    const bad = unsendableHeaders(reply);
    if (bad.length === 0) return payload;
    for (const name of bad) reply.removeHeader(name);
    request.log.warn({ headers: bad }, 'header with control characters refused');
    return replaceWithErrorPage(request, reply, 'badRequest');
  });
  // Rural connections are slow: pages and assets go out compressed.
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: BROTLI_OPTIONS,
  });
  await app.register(fastifyCookie);
  // Limit fields and their size: a form of this platform never has more than a few hundred.
  await app.register(fastifyFormbody, {
    bodyLimit: 256 * 1024,
    parser: (body: string) => parseQueryString(body, '&', '=', { maxKeys: 500 }),
  });
  // One more byte than allowed, so that an upload of exactly the limit is whole and one
  // byte over is refused by the file store instead of being cut short silently.
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.uploadMaxBytes + 1, files: 1, fields: 20, fieldSize: 100_000, parts: 25 },
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // The single sign-on's login and logout forms end in a redirect to the provider,
        // which Chromium checks against form-action too; read per request like the config.
        formAction: ["'self'", () => (deps.config.oidc ? new URL(deps.config.oidc.issuer).origin : "'self'")],
        baseUri: ["'none'"],
      },
    },
    // HSTS only makes sense on an https site (see the onRequest hook below).
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/static/', maxAge: '1h', index: false });
  // Built assets carry a hash of their content in the name: a browser keeps them for a year and
  // asks again only when a page names a new file. Brotli and gzip forms are made at build time.
  await app.register(fastifyStatic, {
    root: path.join(PUBLIC_DIR, 'build'),
    prefix: BUILD_PREFIX,
    decorateReply: false,
    index: false,
    preCompressed: true,
    immutable: true,
    maxAge: '365d',
  });

  app.decorateRequest('user', null);
  app.decorateRequest('locale', 'de');
  // Reference types must start empty; onRequest fills them for every request.
  app.decorateRequest('t', null as unknown as ReturnType<typeof messagesFor>);
  app.decorateRequest('site', null as unknown as typeof DEFAULT_SITE_SETTINGS);
  app.decorateRequest('view', function (this: FastifyRequest): ViewContext {
    return {
      t: this.t,
      locale: this.locale,
      user: this.user,
      csrfToken: issueCsrfToken(deps.keyring, this),
      url: this.url,
      site: this.site,
      requestId: this.id,
      nav,
    };
  });
  app.decorateRequest('pageCacheKey', null);
  app.decorateRequest('notice', undefined);
  const pageCache = new PageCache(deps.config.pageCacheMs);
  app.decorateReply('page', function (this: import('fastify').FastifyReply, node, status = 200) {
    const html = renderPage(node);
    const key = this.request.pageCacheKey;
    if (key !== null && status === 200) pageCache.set(key, html);
    return sendHtml(this, html, status);
  });

  app.addHook('onRequest', async (request, reply) => {
    // The proxy in front and whoever reports a problem can name the request the logs know.
    reply.header('x-request-id', request.id);
    // Browsers ignore HSTS over plain http, so sending it whenever the site is https is safe.
    if (app.sessionCookie.secure || request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    const chosen = request.cookies[LOCALE_COOKIE];
    request.locale = isLocale(chosen) ? chosen : 'de';
    request.t = messagesFor(request.locale);
    request.site = DEFAULT_SITE_SETTINGS;
    if (isStaticPath(request.url)) return;
    request.site = await deps.settings.get();
    request.user = await loadSessionUser(deps.db, request);
    // A redirect's follow-up is a GET; a POST (a form sent from the page) must not eat the notice.
    if (request.method === 'GET') takeNotice(request, reply);
    // Anyone with a session cookie, even an expired one, gets a page rendered for them.
    const publicPage = request.routeOptions.config.publicPage;
    const shared = request.method === 'GET' && publicPage !== undefined && sessionCookieValue(request) === undefined && request.notice === undefined;
    if (!shared || !pageCache.enabled) return;
    request.pageCacheKey = pageCacheKey(request, publicPage);
    if (request.pageCacheKey === null) return;
    const page = pageCache.get(request.pageCacheKey);
    if (page !== undefined) return sendCachedPage(request, reply, page);
  });

  app.addHook('preHandler', async (request) => {
    checkCsrf(deps.keyring, request);
  });

  app.setErrorHandler(async (error: FastifyError | HttpError, request, reply) => {
    const kind = errorKind(error);
    // Log the cause, not drizzle's wrapper: its message carries the query parameters, which
    // can be personal data (e-mail addresses) and do not belong in logs.
    if (kind === 'serverError') request.log.error({ err: rootCause(error) }, 'request failed');
    else if (kind === 'unavailable') request.log.warn({ err: rootCause(error).message }, 'database unavailable');
    if (kind === 'unavailable') reply.header('retry-after', '10');
    if (isApiRequest(request)) return sendProblem(reply, request.t ?? messagesFor('de'), error instanceof ApiProblem ? error : problemOfKind(kind));
    if (!request.headers.accept?.includes('text/html') && request.headers.accept?.includes('application/json')) {
      return reply.status(ERROR_STATUS[kind]).send({ error: kind, requestId: request.id });
    }
    return reply.page(h(ErrorPage, { ctx: request.view(), kind }), ERROR_STATUS[kind]);
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApiRequest(request)) return sendProblem(reply, request.t, problemOfKind('notFound'));
    return reply.page(h(ErrorPage, { ctx: request.view(), kind: 'notFound' }), 404);
  });

  // The own theme's colours as a stylesheet (the content security policy allows no inline
  // styles). The address changes with the colours, so browsers may keep each version.
  app.get(THEME_STYLESHEET_PATH, async (request, reply) => {
    const site = await deps.settings.get();
    const current = themeStylesheetUrl(site);
    if (!current) return reply.page(h(ErrorPage, { ctx: request.view(), kind: 'notFound' }), 404);
    const cache = request.url === current ? 'public, max-age=31536000, immutable' : 'no-cache';
    return reply.header('cache-control', cache).type('text/css; charset=utf-8').send(themeStylesheet(site));
  });

  // The language choice is the only cookie an anonymous visitor ever gets, and only here.
  app.get<{ Params: { locale: string }; Querystring: { weiter?: string } }>('/sprache/:locale', async (request, reply) => {
    const locale: Locale | undefined = isLocale(request.params.locale) ? request.params.locale : undefined;
    if (!locale) throw new HttpError('notFound');
    reply.setCookie(LOCALE_COOKIE, locale, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      secure: app.sessionCookie.secure || request.protocol === 'https',
      maxAge: 365 * 24 * 3600,
    });
    return reply.redirect(safeNext(request.query.weiter, '/'), 303);
  });
}
