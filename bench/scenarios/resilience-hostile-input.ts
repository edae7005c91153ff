import fc from 'fast-check';
import { createAdmin } from '../../src/platform/ops/create-admin.ts';
import type { BenchContext } from '../lib/context.ts';
import { hiddenFields, links, parseForms, type FormField } from '../lib/html.ts';
import { bodyText, HttpClient, type HttpResponse } from '../lib/load.ts';
import { printResult, progress } from '../lib/report.ts';
import { fillPath, knownParameterValues, listRoutes, queryParameterNames, type Route } from '../lib/routes.ts';
import { ensureCatalogue } from './pages.ts';
import { ensureRushDate } from './registration-rush.ts';

/**
 * A property-based run (fast-check) of random and hostile requests against every GET and
 * POST route and every query parameter the source reads, as an anonymous visitor and as an
 * administrator, with valid CSRF tokens most of the time so that requests reach the
 * handlers. Properties: no answer is a 5xx, and no script payload comes back unescaped —
 * neither in the answer itself nor, afterwards, on any page that might show what was stored.
 */
interface Lane {
  name: string;
  cookie: string;
  csrf: string;
  /** POST route -> the fields of its form, one per name (radio buttons merged) */
  fields: Map<string, FormField[]>;
  routes: Route[];
}

interface Finding {
  lane: string;
  method: string;
  path: string;
  status: number;
  detail: string;
}

// Routes whose success would end the administrator's lane; the anonymous lane covers them.
const ADMIN_EXCLUDED = new Set(['POST /abmelden', 'POST /konto/loeschen', 'POST /konto/email', 'POST /konto/passwort']);
const RAW_SEGMENTS = ['%E0%A4%A', '%00', '..%2F..%2Fetc%2Fpasswd', '%C0%AE%C0%AE', '%', '%%', '%ZZ'];

function hostileValues(mark: string): fc.Arbitrary<string> {
  const payloads = [
    `<script>${mark}()</script>`,
    `"><img src=x onerror=${mark}()>`,
    `'><svg onload=${mark}()>`,
    `javascript:${mark}()`,
    `[klick](javascript:${mark}())`,
    `<a href="javascript:${mark}()">x</a>`,
    `</textarea><script>${mark}()</script>`,
    "' OR '1'='1' --",
    '1; DROP TABLE users; --',
    '\u0000',
    'a\u0000b',
    '\r\nSet-Cookie: x=1',
    '../../../../etc/passwd',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎉 Grüße aus Büsum',
    '\u202Eevil\u202C',
    '\uD800',
    'x'.repeat(10_000),
    '-1',
    '0',
    '1e309',
    'NaN',
    'true',
    '[]',
    '{}',
    '__proto__',
    'constructor',
    '2026-13-45',
    '9999-12-31T23:59',
    '<!--',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, sent as typed
    '${7*7}{{7*7}}',
    ' ',
    '',
  ];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...payloads) },
    { weight: 2, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.emailAddress() },
    { weight: 1, arbitrary: fc.uuid() },
  );
}

/** the value once in `oneIn` draws, null otherwise */
function rarely<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

function groupFindings(list: Finding[]): { count: number; example: Finding }[] {
  const groups = new Map<string, { count: number; example: Finding }>();
  for (const f of list) {
    const kind = f.status === 0 ? 'no answer' : f.status >= 500 ? '5xx' : 'unescaped';
    const key = `${kind} ${f.method} ${f.path.split('?')[0]!.replace(/\/[^/]*$/, '/…')}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { count: 1, example: f });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count).slice(0, 8);
}

function bodyFields(fields: ([string, string] | null)[], extra: [string, string] | null): [string, string][] {
  return [...fields.filter((f): f is [string, string] => f !== null), ...(extra ? [extra] : [])];
}

function unescapedPayload(html: string, mark: string): string | undefined {
  const patterns = [
    new RegExp(`<script>${mark}`, 'i'),
    new RegExp(`<img src=x onerror=${mark}`, 'i'),
    new RegExp(`<svg onload=${mark}`, 'i'),
    new RegExp(`(?:href|src|action|formaction)\\s*=\\s*["']?\\s*javascript:${mark}`, 'i'),
  ];
  const hit = patterns.map((p) => p.exec(html)).find(Boolean);
  return hit ? html.slice(Math.max(0, hit.index - 60), hit.index + 80) : undefined;
}

/** only HTML runs scripts; a JSON export or a CSV file may carry the text as it was typed */
function isHtml(res: HttpResponse): boolean {
  return String(res.headers['content-type'] ?? '').startsWith('text/html');
}

async function page(client: HttpClient, path: string, cookie: string): Promise<{ res: HttpResponse; html: string }> {
  const res = await client.get(path, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
  return { res, html: bodyText(res) };
}

async function login(ctx: BenchContext, client: HttpClient): Promise<{ cookie: string; userId: string | undefined }> {
  const email = `bench-admin-${ctx.runId}@example.org`;
  const created = await createAdmin(ctx.db.handle.db, { email, name: 'Bench Admin' });
  if (created.outcome !== 'created') throw new Error('could not create the bench administrator');
  const { html } = await page(client, '/anmelden', '');
  const form = parseForms(html).find((f) => f.action.startsWith('/anmelden'));
  if (!form) throw new Error('no login form on /anmelden');
  const res = await client.postForm('/anmelden', [...hiddenFields(form), ['email', email], ['password', created.password]]);
  const setCookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('dk_session='));
  if (res.status !== 303 || !setCookie) throw new Error(`login as bench administrator failed: HTTP ${res.status}`);
  const { html: account } = await page(client, '/konto', setCookie.split(';')[0]!);
  const userId = /\/verwaltung\/nutzer\/([0-9a-f-]{36})/.exec(account)?.[1];
  return { cookie: setCookie.split(';')[0]!, userId };
}

/** finds the form that posts to `path` on the page itself or on one of its parents */
async function formFields(client: HttpClient, path: string, cookie: string): Promise<FormField[]> {
  const segments = path.split('/');
  for (let cut = segments.length; cut >= 2; cut--) {
    const candidate = segments.slice(0, cut).join('/') || '/';
    const { res, html } = await page(client, candidate, cookie).catch(() => ({ res: undefined, html: '' }));
    if (res?.status !== 200) continue;
    const form = parseForms(html).find((f) => f.method === 'post' && f.action.split('?')[0] === path);
    if (!form) continue;
    const byName = new Map<string, FormField>();
    for (const f of form.fields) {
      if (f.name === '_csrf' || f.name === '_submission' || f.type === 'submit') continue;
      const seen = byName.get(f.name);
      if (seen) seen.options.push(f.value);
      else byName.set(f.name, { ...f, options: f.type === 'radio' || f.type === 'checkbox' ? [f.value] : [...f.options] });
    }
    return [...byName.values()];
  }
  return [];
}

/**
 * A value a person could type into the field, carrying a script payload wherever free text
 * is allowed: such requests pass validation, get stored, and show up on pages later.
 */
function plausible(field: FormField, mark: string): fc.Arbitrary<string> {
  const name = field.name.toLowerCase();
  if (field.type === 'hidden') return fc.constant(field.value);
  if (field.options.length) return fc.constantFrom(...field.options);
  if (field.type === 'email' || name.includes('mail')) return fc.constantFrom(`bench-${mark}@example.org`, `"<script>${mark}()</script>"@example.org`);
  if (field.type === 'url' || /url|link|website|homepage/.test(name)) return fc.constantFrom(`https://example.org/${mark}`, `javascript:${mark}()`);
  if (field.type === 'date') return fc.constantFrom('2026-12-01', '2031-02-28');
  if (field.type === 'datetime-local') return fc.constant('2026-12-01T10:00');
  if (field.type === 'time') return fc.constant('10:00');
  if (field.type === 'number') return fc.constantFrom('10', '0', '250');
  if (field.type === 'password') return fc.constant('Bench-Passwort-123456');
  return fc.constantFrom(`<script>${mark}()</script>`, `"><img src=x onerror=${mark}()>`, `[klick](javascript:${mark}())`, `Gemeinde ${mark} <b>fett</b>`);
}

export async function hostileInputScenario(ctx: BenchContext): Promise<void> {
  const app = await ctx.mainApp();
  await ensureCatalogue(ctx);
  await ensureRushDate(ctx).catch(() => undefined);
  const mark = `dkx${ctx.runId}`;
  const client = new HttpClient(app.url, 8);
  const routes = await listRoutes(ctx.appEnv(app.port));
  const queryNames = queryParameterNames();
  const admin = await login(ctx, client);
  const known = await knownParameterValues(ctx.db.handle.db, admin.userId);
  const firstKnown = (name: string) => known[name]?.[0] ?? '00000000-0000-4000-8000-000000000000';

  const lanes: Lane[] = [];
  for (const [name, cookie] of [
    ['anonymous', ''],
    ['administrator', admin.cookie],
  ] as const) {
    const { html } = await page(client, cookie ? '/konto' : '/anmelden', cookie);
    const csrf =
      parseForms(html)
        .flatMap((f) => f.fields)
        .find((f) => f.name === '_csrf')?.value ?? '';
    const laneRoutes = routes.filter((r) => !(cookie && ADMIN_EXCLUDED.has(`${r.method} ${r.url}`)));
    const fields = new Map<string, FormField[]>();
    for (const r of laneRoutes.filter((r) => r.method === 'POST')) fields.set(r.url, await formFields(client, fillPath(r.url, firstKnown), cookie));
    lanes.push({ name, cookie, csrf, fields, routes: laneRoutes });
  }
  progress(`hostile-input: ${routes.length} routes, ${queryNames.length} query parameters, lanes anonymous and administrator`);

  const value = hostileValues(mark);
  const findings: Finding[] = [];
  const statuses: Record<string, number> = {};
  let requests = 0;
  let networkErrors = 0;
  const runsPerLane = ctx.options.quick ? 1000 : 2500;
  const seed = Date.now() % 2 ** 31;

  const runLane = async (lane: Lane, run: number) => {
    const paramValue = (name: string) =>
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(known[name]?.length ? known[name] : ['x'])) }, { weight: 2, arbitrary: value });
    const request = fc.constantFrom(...lane.routes).chain((route) => {
      const params = [...route.url.matchAll(/:([a-zA-Z_]\w*)/g)].map((m) => m[1]!);
      const formFields = lane.fields.get(route.url) ?? [];
      return fc.record({
        route: fc.constant(route),
        params: fc.tuple(...params.map((p) => paramValue(p))),
        // fast-check's option() yields null once in `freq`; these should be the exception
        rawSegment: rarely(fc.constantFrom(...RAW_SEGMENTS), 12),
        query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...queryNames), fc.string({ maxLength: 20 })), value), { maxLength: 4 }),
        // each field of the form: mostly a plausible value, sometimes hostile, sometimes absent
        fields: fc.tuple(
          ...formFields.map((f) =>
            fc.option(
              fc.oneof({ weight: 3, arbitrary: plausible(f, mark) }, { weight: 1, arbitrary: value }).map((v): [string, string] => [f.name, v]),
              { freq: 8 },
            ),
          ),
        ),
        // now and then a field the form does not have, or one sent twice
        extra: rarely(
          fc.tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...(formFields.length ? formFields.map((f) => f.name) : ['x']))), value),
          6,
        ),
        // four out of five requests carry a valid token, so that most reach the handler
        validCsrf: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
        submission: fc.oneof(fc.uuid(), value),
        forwardedFor: fc.oneof(fc.ipV4(), value),
      });
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        let i = 0;
        let path = fillPath(r.route.url, () => r.params[i++] ?? '');
        if (r.rawSegment) path = `${path.replace(/\/[^/]*$/, '')}/${r.rawSegment}`;
        const query = new URLSearchParams(r.query).toString();
        const target = `${path}${query ? `?${query}` : ''}`;
        const headers: Record<string, string> = { accept: 'text/html', 'x-forwarded-for': r.forwardedFor.replace(/[^\x20-\x7e]/g, '') };
        if (lane.cookie) headers.cookie = lane.cookie;
        const send = (via: HttpClient) =>
          r.route.method === 'GET'
            ? via.get(target, { headers })
            : via.postForm(
                target,
                [...(r.validCsrf ? [['_csrf', lane.csrf] as [string, string]] : []), ['_submission', r.submission], ...bodyFields(r.fields, r.extra)],
                { headers },
              );
        let res: HttpResponse;
        try {
          res = await send(client).catch(async () => {
            // The server may close a kept-alive connection after refusing an earlier request
            // (414, 431) just as the next one is written to it: try once on a fresh connection.
            const fresh = new HttpClient(app.url, 1);
            try {
              return await send(fresh);
            } finally {
              fresh.close();
            }
          });
        } catch (error) {
          networkErrors++;
          findings.push({ lane: lane.name, method: r.route.method, path: target.slice(0, 200), status: 0, detail: String(error).slice(0, 200) });
          return true;
        }
        requests++;
        statuses[`${r.route.method} ${res.status}`] = (statuses[`${r.route.method} ${res.status}`] ?? 0) + 1;
        if (res.status >= 500)
          findings.push({
            lane: lane.name,
            method: r.route.method,
            path: target.slice(0, 200),
            status: res.status,
            detail: JSON.stringify(bodyFields(r.fields, r.extra)).slice(0, 300),
          });
        const reflected = isHtml(res) ? unescapedPayload(bodyText(res), mark) : undefined;
        if (reflected)
          findings.push({
            lane: lane.name,
            method: r.route.method,
            path: target.slice(0, 200),
            status: res.status,
            detail: `unescaped in answer: ${reflected}`,
          });
        // Counters, not assertions: a run reports every finding instead of stopping at the first.
        return true;
      }),
      { numRuns: runsPerLane, seed: seed + run, endOnFailure: true },
    );
  };
  // two concurrent runs per lane: the app, not the generator, should be the busy one
  await Promise.all(lanes.flatMap((lane, i) => [runLane(lane, 2 * i), runLane(lane, 2 * i + 1)]));

  // Everything stored by the run is shown somewhere: look at every page a visitor or an
  // administrator can reach from the routes' own pages.
  const stored: Finding[] = [];
  let crawled = 0;
  const knownAfter = await knownParameterValues(ctx.db.handle.db, admin.userId);
  for (const lane of lanes) {
    const queue = lane.routes.filter((r) => r.method === 'GET').map((r) => fillPath(r.url, (n) => knownAfter[n]?.[0] ?? 'x'));
    const seen = new Set<string>();
    while (queue.length && seen.size < 400) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const { res, html } = await page(client, path, lane.cookie).catch(() => ({ res: undefined, html: '' }));
      if (!res) continue;
      crawled++;
      const hit = isHtml(res) ? unescapedPayload(html, mark) : undefined;
      if (hit) stored.push({ lane: lane.name, method: 'GET', path, status: res.status, detail: `unescaped on page: ${hit}` });
      if (res.status >= 500) stored.push({ lane: lane.name, method: 'GET', path, status: res.status, detail: 'crawl' });
      for (const href of links(html)) if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/static/')) queue.push(href.split('#')[0]!);
    }
  }
  client.close();

  const serverErrors = findings.filter((f) => f.status >= 500).length + stored.filter((f) => f.status >= 500).length;
  const reflectedUnescaped = findings.filter((f) => f.detail.startsWith('unescaped')).length;
  const storedUnescaped = stored.filter((f) => f.detail.startsWith('unescaped')).length;
  const failures: string[] = [];
  if (serverErrors) failures.push(`${serverErrors} answers were 5xx`);
  if (reflectedUnescaped) failures.push(`${reflectedUnescaped} answers reflected a script payload unescaped`);
  if (storedUnescaped) failures.push(`${storedUnescaped} pages rendered a stored script payload unescaped`);
  if (networkErrors) failures.push(`${networkErrors} requests got no HTTP answer`);
  printResult('hostile-input', {
    seed,
    routes: routes.length,
    queryParameters: queryNames,
    requests,
    statuses,
    pagesCheckedAfterwards: crawled,
    serverErrors,
    reflectedUnescaped,
    storedUnescaped,
    // one example per route and kind of finding, most frequent first
    findings: groupFindings([...findings, ...stored]),
    failures,
  });
}
