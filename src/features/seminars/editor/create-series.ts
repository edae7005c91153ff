import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import type { SeriesRow } from '../core/repository.ts';
import { insertSeries, listSlugsLike } from './repository.ts';
import type { SeriesInput } from './schema.ts';
import { seriesSubject } from './series-changed.ts';

/** Creates a series as a draft, its address taken from the title; in the caller's transaction (the submission's). */
export async function createSeries(tx: Tx, options: { actor: CurrentUser; input: SeriesInput }): Promise<SeriesRow> {
  const base = slugify(options.input.title, 'seminarreihe');
  const slug = firstFreeSlug(base, await listSlugsLike(tx, base));
  const series = await insertSeries(tx, { ...options.input, slug, createdBy: options.actor.id });
  await recordAudit(tx, options.actor, 'seminars.series.create', seriesSubject(series.id), undefined, options.input);
  return series;
}
