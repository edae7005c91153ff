import { hmac, type Keyring } from '../crypto.ts';
import type { Database } from '../db/client.ts';
import { HttpError } from './errors.ts';
import { countHits, readHits } from './rate-limit-repository.ts';

export interface Limit {
  /** what is limited, e.g. "login:ip" */
  name: string;
  max: number;
  windowSeconds: number;
}

/** What a rate limit needs: the database for the counters and the key that pseudonymises them. */
export interface RateLimitDeps {
  db: Database;
  keyring: Keyring;
}

/**
 * The stored key of a limit and subject. A plain hash of an e-mail or IP address can be
 * reversed by hashing candidates; an HMAC with the secret key cannot without the key.
 */
export function rateLimitKey(keyring: Keyring, limit: Pick<Limit, 'name'>, subject: string): string {
  return `${limit.name}:${hmac(keyring.key('rate-limit'), subject.toLowerCase())}`;
}

/** Counts one hit per check and tells whether every one is still within its limit. */
async function allWithin(deps: RateLimitDeps, checks: { limit: Limit; subject: string }[]): Promise<boolean> {
  const keyed = new Map(checks.map(({ limit, subject }) => [rateLimitKey(deps.keyring, limit, subject), limit]));
  const hits = await countHits(
    deps.db,
    [...keyed].map(([key, limit]) => ({ key, windowSeconds: limit.windowSeconds })),
  );
  return [...keyed].every(([key, limit]) => (hits.get(key) ?? 0) <= limit.max);
}

/**
 * Throws 429 when any of the limits is exceeded. The table holds no e-mail or IP address in
 * clear. The same answer comes whether or not an account exists.
 */
export async function enforceLimits(deps: RateLimitDeps, checks: { limit: Limit; subject: string }[]): Promise<void> {
  if (!(await allWithin(deps, checks))) throw new HttpError('tooMany');
}

/**
 * Counts one hit and tells whether it is still within the limit, for callers that answer
 * something other than the 429 page when it is not: skip an e-mail, explain it on the form.
 */
export function withinLimit(deps: RateLimitDeps, limit: Limit, subject: string): Promise<boolean> {
  return allWithin(deps, [{ limit, subject }]);
}

/**
 * Whether the limit is used up, without counting a hit: for limits that count failures only
 * (wrong tokens), which must stop a client before it tries again, not only after it failed.
 */
export async function isLimitReached(deps: RateLimitDeps, limit: Limit, subject: string): Promise<boolean> {
  return (await readHits(deps.db, rateLimitKey(deps.keyring, limit, subject))) >= limit.max;
}
