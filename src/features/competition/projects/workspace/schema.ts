import { z } from 'zod';
import { formText, requiredText } from '../../../../platform/http/form.ts';
import { isValidDay } from '../../../../platform/time/berlin-time.ts';
import { parseEuro } from '../../../../platform/text/money.ts';
import { PROJECT_STATUSES } from '../../core/tables.ts';

const E = 'competitionProjects.errors';

/** A calendar day as the date field sends it (YYYY-MM-DD). */
const day = (requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey })
    .refine(isValidDay, { error: `${E}.day` });

/**
 * "12345.67" from a keyboard or a spreadsheet means 12.345,67: a dot followed by anything but
 * groups of three digits cannot be a German thousands separator. "1.234" stays 1234 euros.
 */
export function normaliseDecimalPoint(input: string): string {
  const text = input.trim();
  const match = /^(\d+)\.(\d+)(\s*(?:€|EUR))?$/i.exec(text);
  if (!match || /^\d{1,3}(\.\d{3})+$/.test(`${match[1]}.${match[2]}`)) return text;
  return `${match[1]},${match[2]}${match[3] ?? ''}`;
}

/** A payment request's amount in whole cents, German or with a decimal point; more than nothing. */
const amountField = z
  .string({ error: `${E}.amountRequired` })
  .trim()
  .min(1, { error: `${E}.amountRequired` })
  .max(30, { error: 'competition.validation.amountFormat' })
  .transform((value, ctx) => {
    const parsed = parseEuro(normaliseDecimalPoint(value));
    if (!('cents' in parsed)) {
      ctx.addIssue({ code: 'custom', message: `competition.validation.amount.${parsed.problem}` });
      return z.NEVER;
    }
    if (parsed.cents === 0) {
      ctx.addIssue({ code: 'custom', message: `${E}.amountZero` });
      return z.NEVER;
    }
    return parsed.cents;
  });

/** A milestone the project's managers plan; the command checks the day against the funding period. */
export const milestoneForm = z.strictObject({
  // e.g. "Fachkonzept abgestimmt"
  title: requiredText(200, `${E}.nameRequired`),
  // the day by which it is to be reached
  dueOn: day(`${E}.dueOnRequired`),
});

/** The day a milestone was reached; the command refuses a day in the future. */
export const reachForm = z.strictObject({
  reachedOn: day(`${E}.reachedOnRequired`),
});

/** A payment request ("Mittelabruf"); the command checks it against the funds still available. */
export const paymentRequestForm = z.strictObject({
  // in euros: "12.345,67" or "12345.67"
  amount: amountField,
  // what the money is for
  purpose: requiredText(300, `${E}.purposeRequired`),
});

/** The editors' next step for a payment request; a rejection says why. */
export const paymentDecisionForm = z
  .strictObject({
    status: z.enum(['approved', 'paid', 'rejected'], { error: 'choice' }),
    // the reason for a rejection, sent to the managers
    note: formText(2000),
  })
  .refine((v) => v.status !== 'rejected' || v.note !== '', { path: ['note'], error: `${E}.noteRequired` });

/** The editors' buttons for the project's status. */
export const projectStatusForm = z.strictObject({
  status: z.enum(PROJECT_STATUSES),
});
