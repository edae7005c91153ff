import { z } from 'zod';
import { requiredText } from '../../../platform/http/form.ts';

/** The text fields of the upload form; the file itself is checked by the file store. */
export const documentForm = z.strictObject({
  // how the document is listed on the call's page, e.g. "Hinweise zur Antragstellung"
  title: requiredText(200, 'competitionDocuments.editor.errors.titleRequired'),
});
export type DocumentInput = z.output<typeof documentForm>;
