import { z } from 'zod';
import { MUNICIPAL_TYPES } from '../organisations/programme-service.ts';
import { SORT_KEYS, WITHOUT_KREIS } from './journeys.ts';

/*
 * The dashboard's query. A value that is not one of the choices (an old bookmark, a typing
 * error, a repeated parameter) is dropped, and the page shows the unfiltered default instead.
 */
export const dashboardQuery = z.object({
  // a 5-digit Kreis key, or 'ohne' for municipalities without an official key
  kreis: z
    .string()
    .regex(new RegExp(`^([0-9]{5}|${WITHOUT_KREIS})$`))
    .optional()
    .catch(undefined),
  // the organisation type, e.g. gemeinde
  typ: z.enum(MUNICIPAL_TYPES).optional().catch(undefined),
  // the column the table is sorted by
  sortierung: z.enum(SORT_KEYS).catch('name'),
  // auf: ascending, ab: descending
  richtung: z.enum(['auf', 'ab']).catch('auf'),
});
export type DashboardQuery = z.output<typeof dashboardQuery>;

export const kreiseQuery = dashboardQuery.pick({ typ: true });
