import { z } from 'zod';

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The /suche query string. Bad values fall back to "not given" rather than an error page. */
export const searchQuery = z.object({
  // what the person typed; the search trims it and cuts it to its maximum length
  q: z.string().optional().catch(undefined),
  // one type of result, e.g. "event"
  typ: z.string().regex(SLUG).optional().catch(undefined),
  // slug of a field of action
  handlungsfeld: z.string().regex(SLUG).optional().catch(undefined),
  // page number, from 1
  seite: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type SearchQueryValues = z.infer<typeof searchQuery>;
