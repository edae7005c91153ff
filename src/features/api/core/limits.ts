import type { Limit } from '../../../platform/http/rate-limit.ts';

export const LIMITS = {
  // A client that mirrors the data pages through it at 100 records a page; more than this a
  // minute is a script in a loop that would take the database's time from the site's visitors.
  readsPerClient: { name: 'api:read:ip', max: 300, windowSeconds: 60 },
  // The downloads hold everything at once: a harvester fetches them a few times a day.
  downloadsPerClient: { name: 'open-data:download:ip', max: 60, windowSeconds: 60 },
} satisfies Record<string, Limit>;
