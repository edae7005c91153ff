import { z } from 'zod';
import { textNamed } from '../operations/schema.ts';

export const CONTRIBUTION_MAX = 2000;
export const RESULT_MAX = 20_000;

/** A member's contribution to one World Café question. */
export const contributionForm = z.strictObject({
  // plain text, shown publicly with the author's display name
  body: textNamed(CONTRIBUTION_MAX, 'eventOperations.worldCafe.bodyRequired'),
});

/** The editor publishes (or updates) the result of one question. */
export const resultForm = z.strictObject({
  // Markdown, rendered by the platform's safe renderer
  result: textNamed(RESULT_MAX, 'eventOperations.worldCafe.editor.resultRequired'),
});
