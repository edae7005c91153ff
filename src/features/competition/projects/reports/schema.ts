import { z } from 'zod';
import { formText, requiredText } from '../../../../platform/http/form.ts';
import { isValidDay } from '../../../../platform/time/berlin-time.ts';
import { EDITOR_TRANSITIONS } from './rules.ts';

const E = 'competitionReports.errors';

/** The editors schedule a report. */
export const scheduleForm = z.strictObject({
  // what the report is, e.g. "Zwischenbericht 2027"
  title: requiredText(200, `${E}.titleRequired`),
  // the calendar day by which the managers submit it
  dueOn: z
    .string({ error: `${E}.dueOnRequired` })
    .trim()
    .min(1, { error: `${E}.dueOnRequired` })
    .refine(isValidDay, { error: `${E}.dueOnInvalid` }),
});

/** The managers' text; the button says whether it is kept as a draft or submitted. */
export const writeForm = z.strictObject({
  // the report in Markdown; its length is the command's rule when it is submitted
  body: formText(100_000),
  // "Entwurf speichern" or "Bericht einreichen"
  action: z.enum(['save', 'submit']),
});

/** The text field of an attachment's upload; the file itself is read by the upload. */
export const fileForm = z.strictObject({
  // what the file is, e.g. "Fotodokumentation der Werkstatt"
  title: requiredText(200, `${E}.fileTitleRequired`),
});

/** The editors' step on a submitted or accepted report. */
export const transitionForm = z
  .strictObject({
    transition: z.enum(EDITOR_TRANSITIONS),
    // what the managers are to revise; required when the report goes back to them
    note: formText(5000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.transition === 'return' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: `${E}.noteRequired` });
  });
