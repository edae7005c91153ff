import type { OutgoingHttpHeaders } from 'node:http';

export interface TestResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  /** the Location header of a redirect, else undefined */
  location: string | undefined;
}

export type FormFields = Record<string, string | string[]>;

/** One request as the test browser sends it. */
export interface TargetRequest {
  method: 'GET' | 'POST' | 'HEAD';
  url: string;
  headers: OutgoingHttpHeaders;
  payload?: string | Buffer;
  remoteAddress?: string;
}

/**
 * What the test browser talks to: a Fastify app through inject, or an app process over the
 * network (remote-app.ts) with the same shape.
 */
export interface TestTarget {
  sessionCookie: { name: string };
  inject(request: TargetRequest): Promise<{
    statusCode: number;
    headers: Record<string, string | string[] | number | undefined>;
    body: string;
    cookies: object[];
  }>;
}

const ORIGIN = 'http://localhost';

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) found[match[1]!] = decodeEntities(match[2]!);
  return found;
}

const pathOf = (url: string) => url.split('?')[0] ?? url;

/**
 * The hidden platform fields (_csrf, _submission) of the form on the page that posts to
 * `url`; undefined when the page has no such form.
 */
export function formFields(html: string, pageUrl: string, url: string): Record<string, string> | undefined {
  for (const match of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)) {
    const form = match[0];
    // A form without action posts to the page's own address.
    const action = attributes(form.slice(0, form.indexOf('>') + 1)).action || pageUrl;
    if (pathOf(action) === pathOf(url)) return hiddenFields(form);
  }
  return undefined;
}

/** The first _csrf and _submission inputs anywhere in the html. */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const name = attrs.name;
    if ((name === '_csrf' || name === '_submission') && attrs.value !== undefined && !(name in fields)) fields[name] = attrs.value;
  }
  return fields;
}

function encodeForm(fields: FormFields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  }
  return params.toString();
}

/**
 * A browser without JavaScript over app.inject (or the network, see TestTarget): it keeps cookies, remembers the page it is
 * on and submits forms with the CSRF token and submission id that the form carries.
 */
export class TestClient {
  readonly #cookies = new Map<string, string>();
  /** the page the browser shows; a redirect leaves it, as the browser would follow it */
  #page: { url: string; html: string } | undefined;
  /** the form last submitted, for a second submit of the same form (double click, Back) */
  #submitted: { path: string; fields: Record<string, string>; session: string | undefined } | undefined;

  /** `remoteAddress` is the client's IP address as the server sees it; default 127.0.0.1. */
  constructor(
    private readonly app: TestTarget,
    private readonly options: { remoteAddress?: string } = {},
  ) {}

  /** the current value of a cookie, or undefined when it is not set (or was deleted) */
  cookie(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  /** the HTML of the page this client is on, undefined after a redirect */
  get lastPage(): string | undefined {
    return this.#page?.html;
  }

  #session(): string | undefined {
    return this.#cookies.get(this.app.sessionCookie.name);
  }

  #cookieHeader(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: 'GET' | 'POST' | 'HEAD', url: string, options: { payload?: string; headers?: OutgoingHttpHeaders } = {}): Promise<TestResponse> {
    const headers: OutgoingHttpHeaders = {
      host: 'localhost',
      accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
      ...(method === 'POST' ? { origin: ORIGIN, 'sec-fetch-site': 'same-origin' } : {}),
      ...options.headers,
    };
    if (this.#cookies.size > 0 && headers.cookie === undefined) headers.cookie = this.#cookieHeader();
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(options.payload !== undefined ? { payload: options.payload } : {}),
      ...(this.options.remoteAddress ? { remoteAddress: this.options.remoteAddress } : {}),
    });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = (cookie.maxAge !== undefined && cookie.maxAge <= 0) || (cookie.expires && cookie.expires.getTime() <= Date.now());
      if (expired || cookie.value === '') this.#cookies.delete(cookie.name);
      else this.#cookies.set(cookie.name, cookie.value);
    }
    const location = typeof response.headers.location === 'string' ? response.headers.location : undefined;
    if (location && response.statusCode >= 300 && response.statusCode < 400) this.#page = undefined;
    else if (String(response.headers['content-type'] ?? '').startsWith('text/html')) this.#page = { url, html: response.body };
    return { statusCode: response.statusCode, headers: response.headers, body: response.body, location };
  }

  get(url: string, headers?: OutgoingHttpHeaders): Promise<TestResponse> {
    return this.request('GET', url, headers ? { headers } : {});
  }

  /** Opens a page like typing its address: redirects are followed. */
  async open(url: string): Promise<TestResponse> {
    let response = await this.get(url);
    for (let hops = 0; response.location && hops < 5; hops++) response = await this.followRedirect(response);
    return response;
  }

  /**
   * Submits a form as a person would. The CSRF token and submission id come from the form
   * that posts to `url` on the current page; without one, from the same form submitted just
   * before (a second click); otherwise the client first opens `csrfFrom`, else `url`, to find
   * the form. Fields given here win, so a test can send a wrong token on purpose.
   */
  async postForm(url: string, fields: FormFields, options: { csrfFrom?: string; headers?: OutgoingHttpHeaders } = {}): Promise<TestResponse> {
    const hidden = await this.#formFor(url, options.csrfFrom);
    this.#submitted = { path: pathOf(url), fields: hidden, session: this.#session() };
    return this.request('POST', url, {
      payload: encodeForm({ ...hidden, ...fields }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
    });
  }

  async #formFor(url: string, csrfFrom: string | undefined): Promise<Record<string, string>> {
    const onPage = this.#page && formFields(this.#page.html, this.#page.url, url);
    if (onPage) return onPage;
    const again = this.#submitted;
    // A token is bound to the session, so a form seen before a login or logout is stale.
    if (!csrfFrom && again?.path === pathOf(url) && again.session === this.#session()) return again.fields;
    await this.open(csrfFrom ?? url);
    if (!this.#page) return {};
    // Pages without the form still carry the session's token (e.g. in the logout button).
    return formFields(this.#page.html, this.#page.url, url) ?? hiddenFields(this.#page.html);
  }

  /** GETs the Location of a redirect answer; fails when the answer is no redirect. */
  followRedirect(response: TestResponse): Promise<TestResponse> {
    if (!response.location || response.statusCode < 300 || response.statusCode >= 400) {
      throw new Error(`followRedirect: expected a redirect, got ${response.statusCode}`);
    }
    const target = new URL(response.location, `${ORIGIN}/`);
    if (target.origin !== ORIGIN) throw new Error(`followRedirect: refusing to leave the app for ${response.location}`);
    return this.get(`${target.pathname}${target.search}`);
  }

  /** Signs in through the login form (POST /anmelden, fields email and password). */
  login(email: string, password: string): Promise<TestResponse> {
    return this.postForm('/anmelden', { email, password }, { csrfFrom: '/anmelden' });
  }
}
