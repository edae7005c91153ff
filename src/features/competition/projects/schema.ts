import { z } from 'zod';
import { SLUG } from '../core/paths.ts';
import { PROJECT_STATUSES } from '../core/tables.ts';

/** The showcase's filters from the address; nonsense falls back to "all". */
export const showcaseQuery = z.object({
  // one field of action by its slug
  handlungsfeld: z.string().regex(SLUG).optional().catch(undefined),
  // running or completed
  stand: z.enum(PROJECT_STATUSES).optional().catch(undefined),
  // one call by its slug
  wettbewerb: z.string().regex(SLUG).optional().catch(undefined),
});
export type ShowcaseQuery = z.output<typeof showcaseQuery>;
