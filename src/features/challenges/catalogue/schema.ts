import { z } from 'zod';
import { SLUG } from '../core/paths.ts';
import { LIST_STATES } from '../core/rules.ts';

/**
 * The list's filters, from a GET form that anyone may change by hand: a value that is not one
 * of ours is dropped (the list shows everything), never answered with an error.
 */
export const listQuery = z.object({
  // open (also those about to open), closed (with the jury) or decided; none: all
  stand: z.enum(LIST_STATES).optional().catch(undefined),
  // slug of a field of action; one that does not exist is dropped by the service
  handlungsfeld: z.string().regex(SLUG).optional().catch(undefined),
  // page number, from 1
  seite: z.coerce.number().int().min(1).max(100_000).catch(1),
});
