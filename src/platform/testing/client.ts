import type { FastifyInstance } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';

export interface TestResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  /** the Location header of a redirect, else undefined */
  location: string | undefined;
}

export type FormFields = Record<string, string | string[]>;

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

/** The hidden platform fields (_csrf, _submission) of the form that posts to `url`, else of the page. */
export function hiddenPlatformFields(html: string, url: string): Record<string, string> {
  const path = url.split('?')[0];
  const forms = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]);
  const own = forms.find((form) => (attributes(form.slice(0, form.indexOf('>') + 1)).action ?? '').split('?')[0] === path);
  const fields: Record<string, string> = {};
  for (const match of (own ?? html).matchAll(/<input\b[^>]*>/g)) {
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
 * A browser without JavaScript over app.inject: it keeps cookies, remembers the last HTML
 * page and submits forms with the CSRF token and submission id that page carried.
 */
export class TestClient {
  readonly #cookies = new Map<string, string>();
  #lastPage: { url: string; html: string } | undefined;

  constructor(private readonly app: FastifyInstance) {}

  /** the current value of a cookie, or undefined when it is not set (or was deleted) */
  cookie(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  /** the HTML of the most recent page this client received */
  get lastPage(): string | undefined {
    return this.#lastPage?.html;
  }

  async request(
    method: 'GET' | 'POST' | 'HEAD',
    url: string,
    options: { payload?: string; headers?: OutgoingHttpHeaders } = {},
  ): Promise<TestResponse> {
    const headers: OutgoingHttpHeaders = {
      host: 'localhost',
      accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
      ...(method === 'POST' ? { origin: ORIGIN, 'sec-fetch-site': 'same-origin' } : {}),
      ...options.headers,
    };
    if (this.#cookies.size > 0 && headers.cookie === undefined) {
      headers.cookie = [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    const response = await this.app.inject({
      method,
      url,
      headers: headers as Record<string, string>,
      ...(options.payload !== undefined ? { payload: options.payload } : {}),
    });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = (cookie.maxAge !== undefined && cookie.maxAge <= 0) || (cookie.expires && cookie.expires.getTime() <= Date.now());
      if (expired || cookie.value === '') this.#cookies.delete(cookie.name);
      else this.#cookies.set(cookie.name, cookie.value);
    }
    const location = response.headers.location;
    const result: TestResponse = {
      statusCode: response.statusCode,
      headers: response.headers,
      body: response.body,
      location: typeof location === 'string' ? location : undefined,
    };
    if (String(response.headers['content-type'] ?? '').startsWith('text/html')) this.#lastPage = { url, html: response.body };
    return result;
  }

  get(url: string, headers?: OutgoingHttpHeaders): Promise<TestResponse> {
    return this.request('GET', url, headers ? { headers } : {});
  }

  /**
   * Submits a form like a browser: the CSRF token and submission id come from the last page
   * (loading `csrfFrom`, or else `url`, first when told to or when no page was loaded yet).
   * Fields given here win over the page's, so a test can send a wrong token on purpose.
   */
  async postForm(url: string, fields: FormFields, options: { csrfFrom?: string; headers?: OutgoingHttpHeaders } = {}): Promise<TestResponse> {
    if (options.csrfFrom !== undefined || !this.#lastPage) {
      const page = await this.get(options.csrfFrom ?? url);
      if (page.statusCode !== 200) throw new Error(`postForm: loading ${options.csrfFrom ?? url} for its form answered ${page.statusCode}`);
    }
    const hidden = this.#lastPage ? hiddenPlatformFields(this.#lastPage.html, url) : {};
    return this.request('POST', url, {
      payload: encodeForm({ ...hidden, ...fields }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
    });
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
