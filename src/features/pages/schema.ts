import { z } from 'zod';
import { requiredText } from '../../platform/http/form.ts';

/** The edit form of a service page. */
export const contentPageForm = z.strictObject({
  // page title in German
  titleDe: requiredText(150),
  // page title in English
  titleEn: requiredText(150),
  // body text in German: paragraphs and "## " subheadings
  bodyDe: requiredText(20_000),
  // body text in English
  bodyEn: requiredText(20_000),
});
