import { z } from 'zod';
import { manyOf } from '../../../platform/http/form.ts';

const E = 'competitionJury.editor.errors';

/** The editors' assignment: every chosen juror to every chosen application. */
export const assignForm = z.strictObject({
  // applications of the call under review
  applicationIds: manyOf(z.uuid(), 500).refine((ids) => ids.length > 0, { error: `${E}.applicationsRequired` }),
  // accounts with the jury role
  jurorIds: manyOf(z.uuid(), 100).refine((ids) => ids.length > 0, { error: `${E}.jurorsRequired` }),
});

export const RANKING_FILTERS = ['all', 'missing', 'complete'] as const;

/** The ranking's filter in the address; anything else shows all. */
export const rankingQuery = z.object({
  zeigen: z.enum(RANKING_FILTERS).catch('all').default('all'),
});
