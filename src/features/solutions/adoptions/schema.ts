import { z } from 'zod';
import { formText, requiredText } from '../../../platform/http/form.ts';
import { ADOPTER_STEPS, OWNER_STEPS } from './rules.ts';

const E = 'solutionsAdoptions.errors';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Nachnutzen": the request of a member for one of their organisations. */
export const requestForm = z.strictObject({
  // the adopting organisation; the route checks that the person is an active member of it
  organisationId: z.string({ error: `${E}.organisationRequired` }).regex(UUID, { error: `${E}.organisationRequired` }),
  // what the organisation plans and asks the owner, e.g. for a call or the documents
  message: requiredText(5000, `${E}.messageRequired`),
});

/** The owner's answer; a decline says why. */
export const answerForm = z
  .strictObject({
    decision: z.enum(OWNER_STEPS, { error: `${E}.decisionRequired` }),
    // to the adopting organisation, e.g. whom to call; required with a decline
    answer: formText(5000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'decline' && !v.answer) ctx.addIssue({ code: 'custom', path: ['answer'], message: `${E}.answerRequired` });
  });

/** The adopter's next step: under way, in operation since a month, or given up with a reason. */
export const stepForm = z
  .strictObject({
    step: z.enum(ADOPTER_STEPS),
    // "in Betrieb seit": month 1–12 and year, only with "operate"
    month: z.string().trim().optional(),
    year: z.string().trim().optional(),
    // why the organisation gives up; only with "abandon", kept in the audit log
    reason: formText(5000).optional(),
  })
  .transform((v, ctx) => {
    if (v.step === 'abandon' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: `${E}.reasonRequired` });
    if (v.step !== 'operate') return { step: v.step, reason: v.reason ?? '', since: undefined };
    const month = Number(v.month);
    const year = Number(v.year);
    if (!/^\d{1,2}$/.test(v.month ?? '') || month < 1 || month > 12) ctx.addIssue({ code: 'custom', path: ['month'], message: `${E}.monthRequired` });
    if (!/^\d{4}$/.test(v.year ?? '') || year < 1990 || year > 2100) ctx.addIssue({ code: 'custom', path: ['year'], message: `${E}.yearInvalid` });
    return { step: v.step, reason: '', since: { year, month } };
  });

/** The adopter's experience report; at least one of the three is written. */
export const reportForm = z
  .strictObject({
    // what the organisation changed compared with the original
    reportChanges: formText(10_000),
    // what it cost: money, person-days, licences
    reportCosts: formText(10_000),
    // what it would do differently
    reportLessons: formText(10_000),
  })
  .superRefine((v, ctx) => {
    if (!v.reportChanges && !v.reportCosts && !v.reportLessons) ctx.addIssue({ code: 'custom', path: ['reportChanges'], message: `${E}.reportEmpty` });
  });
