import type { Database } from '../db/client.ts';
import { sha256 } from '../crypto.ts';
import { HttpError } from './errors.ts';
import { countHits } from './rate-limit-repository.ts';

export interface Limit {
  /** what is limited, e.g. "login:ip" */
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * Throws 429 when any of the limits is exceeded. Keys are hashed so that the table holds no
 * e-mail or IP address in clear. The same answer comes whether or not an account exists.
 */
export async function enforceLimits(db: Database, checks: { limit: Limit; subject: string }[]): Promise<void> {
  const keyed = new Map(checks.map(({ limit, subject }) => [`${limit.name}:${sha256(subject.toLowerCase())}`, limit]));
  const hits = await countHits(db, [...keyed].map(([key, limit]) => ({ key, windowSeconds: limit.windowSeconds })));
  if ([...keyed].some(([key, limit]) => (hits.get(key) ?? 0) > limit.max)) throw new HttpError('tooMany');
}
