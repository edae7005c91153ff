import { z } from 'zod';
import { isUuid } from '../../../platform/text/uuid.ts';

/** The confirmation that a winning proposal becomes a solution profile. */
export const transferForm = z.strictObject({
  // the organisation that will own the profile, for a person who submitted on their own; the
  // submission's organisation otherwise (then the field is absent)
  organisationId: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || isUuid(v), { error: 'challengesQuestions.transfer.organisationUnknown' }),
});
