import { z } from 'zod';
import { formText } from '../../../platform/http/form.ts';

/**
 * A required text whose "missing" message names what is missing. (formText's schema-wide
 * "required" message would also answer a text that is too long.)
 */
export const textNamed = (max: number, missing: string) => z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: 'tooLong' });

/** Search on the registrations and check-in pages; nonsense falls back to no search. */
export const personSearchQuery = z.object({
  // part of a name, an e-mail address or a reference
  suche: z.string().trim().max(100).catch(''),
});

/** The message an editor sends to everyone with a seat at a date. */
export const messageForm = z.strictObject({
  // subject line of the e-mail
  subject: textNamed(150, 'eventOperations.messages.subjectRequired'),
  // plain text; blank lines separate paragraphs
  body: textNamed(10_000, 'eventOperations.messages.bodyRequired'),
});

/** Check-in buttons carry the search, so that staff return to the list they were looking at. */
export const checkInForm = z.strictObject({
  // the search the list was filtered by
  suche: formText(100).optional(),
});

/** Buttons that change one registration carry no fields of their own. */
export const emptyForm = z.strictObject({});
