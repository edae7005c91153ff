import type { ExportTable } from '../../platform/exports/table.ts';
import type { Locale, Messages } from '../../platform/i18n/index.ts';
import { utcToBerlin } from '../../platform/time/berlin-time.ts';
import { STAGES, type Journey } from './journeys.ts';
import { furthestLabel, kreisLabel, kreisOfJourney } from './labels.ts';

/** Euros with two decimals, with the decimal comma on German downloads (the CSV's separator is ";"). */
function euros(locale: Locale, cents: number): string {
  const text = (cents / 100).toFixed(2);
  return locale === 'de' ? text.replace('.', ',') : text;
}

/**
 * The table as shown, one row per municipality, with the day each stage was first reached
 * (YYYY-MM-DD, Berlin), so that the figures can be charted again elsewhere.
 */
export function dashboardExport(journeys: Journey[], t: Messages, locale: Locale): ExportTable {
  const c = t.programme.export.columns;
  return {
    title: t.programme.export.title,
    header: [
      c.name,
      c.type,
      c.kreisKey,
      c.kreis,
      c.attendances,
      c.networkMembers,
      c.posts,
      c.strategy,
      c.applications,
      c.projects,
      c.funding,
      c.solutions,
      c.adoptions,
      c.furthest,
      ...STAGES.map((s) => c.reached(t.programme.stages[s])),
    ],
    rows: journeys.map((j) => [
      j.municipality.name,
      t.organisations.types[j.municipality.type],
      j.municipality.kreisKey ?? '',
      kreisLabel(t, kreisOfJourney(j)),
      String(j.attendances),
      String(j.networkMembers),
      String(j.posts),
      t.programme.strategy[j.strategy],
      String(j.applications),
      String(j.projects),
      euros(locale, j.fundedCents),
      String(j.solutions),
      String(j.adoptions),
      furthestLabel(t, j),
      ...STAGES.map((s) => {
        const at = j.reached[s];
        return at ? utcToBerlin(at).date : '';
      }),
    ]),
  };
}
