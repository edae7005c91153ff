import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/platform/config.ts';
import { queryRows, type Database } from '../../src/platform/db/client.ts';
import { createRuntime } from '../../src/runtime.ts';
import { ROOT } from './app-process.ts';

export interface Route {
  method: 'GET' | 'POST';
  url: string;
}

/**
 * Every GET and POST route of the app as it is built today, from the platform's own
 * registeredRoutes (the list the authorization matrix test uses). The app is assembled in
 * this process only to read the list; it serves nothing.
 */
export async function listRoutes(env: Record<string, string>): Promise<Route[]> {
  const runtime = await createRuntime(loadConfig({ ...env, LOG_LEVEL: 'silent' }), { logger: false, migrate: false });
  try {
    await runtime.app.ready();
    const seen = new Set<string>();
    const routes: Route[] = [];
    for (const r of runtime.app.registeredRoutes) {
      if (r.method !== 'GET' && r.method !== 'POST') continue;
      if (r.url.startsWith('/static/') || r.url === '/healthz') continue;
      const key = `${r.method} ${r.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      routes.push({ method: r.method, url: r.url });
    }
    return routes;
  } finally {
    await runtime.close();
  }
}

/** query parameter names the routes read, found in the source (`Querystring: { … }` and zod query schemas) */
export function queryParameterNames(): string[] {
  const names = new Set(['q', 'seite', 'handlungsfeld', 'ort', 'format', 'token']);
  const files = fs
    .readdirSync(path.join(ROOT, 'src'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, 'src', file), 'utf8');
    for (const m of text.matchAll(/Querystring:\s*\{([^}]*)\}/g)) {
      for (const k of m[1]!.matchAll(/([a-zA-Z_]\w*)\??:/g)) names.add(k[1]!);
    }
    for (const m of text.matchAll(/request\.query\.([a-zA-Z_]\w*)/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

/** real values for route parameters by name, so that requests reach the handlers */
export async function knownParameterValues(db: Database, exceptUserId: string | undefined): Promise<Record<string, string[]>> {
  const safe = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T[]> => {
    try {
      return await queryRows<T>(db, query);
    } catch {
      return [];
    }
  };
  const events = await safe<{ id: string; slug: string }>(sql`select id, slug from events order by created_at limit 3`);
  const dates = await safe<{ id: string }>(sql`select id from event_dates order by created_at limit 3`);
  const orgs = await safe<{ id: string; slug: string }>(sql`select id, slug from organisations limit 3`);
  const users = await safe<{ id: string }>(sql`select id from users where id::text <> ${exceptUserId ?? ''} limit 3`);
  const pages = await safe<{ slug: string }>(sql`select slug from content_pages limit 3`);
  const registrations = await safe<{ reference: string }>(sql`select reference from event_registrations limit 3`);
  return {
    slug: [...events.map((e) => e.slug), ...orgs.map((o) => o.slug), ...pages.map((p) => p.slug)],
    id: [...events.map((e) => e.id), ...users.map((u) => u.id), ...orgs.map((o) => o.id)],
    dateId: dates.map((d) => d.id),
    userId: users.map((u) => u.id),
    reference: registrations.map((r) => r.reference),
    locale: ['de', 'en'],
  };
}

/** a browser turns lone surrogates into U+FFFD before it encodes a URL; encodeURIComponent throws on them */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** fills `:name` parameters (also before a suffix such as `.ics`) with the given values */
export function fillPath(url: string, value: (name: string) => string): string {
  return url.replace(/:([a-zA-Z_]\w*)/g, (_, name: string) => encodeURIComponent(wellFormed(value(name))));
}
