import { z } from 'zod';
import { isUuid } from '../../../platform/text/uuid.ts';

/** The import form's text fields; the file is read beside them (receive-import-form.ts). */
export const importForm = z.strictObject({
  // one of the organisations the person manages
  organisationId: z
    .string()
    .optional()
    .transform((v) => v ?? '')
    .refine(isUuid, { error: 'solutionsPublicCode.errors.organisation' }),
  // the publiccode.yml pasted by someone who cannot upload a file; blank when a file is chosen
  text: z
    .string()
    .optional()
    .transform((v) => v ?? ''),
});
export type ImportFormInput = z.output<typeof importForm>;
