import { z } from 'zod';
import { formText, requiredText } from '../../../platform/http/form.ts';

/** Starting a draft: who submits, and a first title. */
export const startForm = z.strictObject({
  // "person", or the id of an organisation the person is an active member of (checked by the route)
  submitAs: requiredText(40, 'challengesSubmissions.errors.submitAsRequired'),
  // the proposal's working title; it can be changed on the draft
  title: requiredText(200, 'challengesSubmissions.errors.titleRequired'),
});

/** The draft's texts; all but the title may stay empty until it is submitted (submit-submission.ts). */
export const draftForm = z.strictObject({
  title: requiredText(200, 'challengesSubmissions.errors.titleRequired'),
  // one or two sentences, for the jury's list
  summary: formText(500),
  // Markdown: the solution itself
  description: formText(20000),
  // who works on it, with what experience
  team: formText(5000),
  // where it runs already
  references: formText(5000),
  // what introduction and operation cost
  costs: formText(5000),
});
export type DraftInput = z.output<typeof draftForm>;

/** The text field of an attachment's upload; without a title the file's name is listed. */
export const attachmentForm = z.strictObject({
  // named apart from the draft's title: both forms are on one page
  attachmentTitle: formText(200),
});
