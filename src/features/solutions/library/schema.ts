import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '../../../platform/search/index.ts';
import { SLUG } from '../core/paths.ts';
import { MATURITY_PHASES, SIZE_BANDS } from '../core/tables.ts';
import { COST_BANDS } from './cost-bands.ts';

export const LIBRARY_SORTS = ['nachnutzungen', 'neueste'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/**
 * The library's search, filters, order and page from the address (a GET form); a value that is
 * not one of the choices is ignored, as if the filter were not set, so no address gives an error.
 */
export const libraryQuery = z.object({
  // words to look for in title, summary, problem and approach
  q: z
    .string()
    .transform((v) => v.slice(0, MAX_QUERY_LENGTH).trim())
    .optional()
    .catch(undefined),
  // one field of action of the platform's taxonomy, by its slug
  handlungsfeld: z.string().regex(SLUG).optional().catch(undefined),
  // a municipality size band the solution suits
  groesse: z.enum(SIZE_BANDS).optional().catch(undefined),
  // the maturity phase
  reife: z.enum(MATURITY_PHASES).optional().catch(undefined),
  // "ja": open source only
  opensource: z.literal('ja').optional().catch(undefined),
  // a band of the one-off costs
  kosten: z.enum(COST_BANDS).optional().catch(undefined),
  // most re-used or newest first
  sortierung: z.enum(LIBRARY_SORTS).default('nachnutzungen').catch('nachnutzungen'),
  seite: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type LibraryQuery = z.output<typeof libraryQuery>;
