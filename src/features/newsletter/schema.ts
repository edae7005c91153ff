import { z } from 'zod';
import { emailField, requiredText } from '../../platform/http/form.ts';

export const NEWSLETTER_LOCALES = ['de', 'en'] as const;

export const subscribeForm = z.strictObject({
  // the address the newsletter and its confirmation mail go to
  email: emailField('newsletter.public.emailMissing'),
  // the language of the mails
  locale: z.enum(NEWSLETTER_LOCALES),
});
export type SubscribeInput = z.output<typeof subscribeForm>;

export const newsletterForm = z.strictObject({
  // the mail's subject line
  subject: requiredText(200, 'newsletter.editor.subjectMissing'),
  // Markdown, rendered into the mail's HTML; the plain-text part shows it as written
  body: requiredText(20_000, 'newsletter.editor.bodyMissing'),
  // preview shows the mail as it will look, save stores the draft
  action: z.enum(['preview', 'save']).default('save'),
});
export type NewsletterInput = z.output<typeof newsletterForm>;

/** Forms with nothing but the platform's fields: the test send and the send. */
export const emptyForm = z.strictObject({});
