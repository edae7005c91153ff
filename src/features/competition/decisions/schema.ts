import { z } from 'zod';
import { parseEuro } from '../../../platform/text/money.ts';
import type { DecisionInput } from './decide-application.ts';

const E = 'competitionDecisions.errors';

/**
 * A decision: fund with an amount, or reject with a reason. The amount matters only for an
 * award and the reason is required only for a rejection, so both fields are checked here
 * against the choice; the limits of the amount are the command's, under the call's lock.
 */
export const decisionForm = z
  .strictObject({
    outcome: z.enum(['awarded', 'rejected'], { error: `${E}.outcome` }),
    amount: z.string().trim().max(30, { error: 'competition.validation.amountFormat' }).optional(),
    reason: z
      .string()
      .trim()
      .max(3000, { error: `${E}.reasonTooLong` })
      .optional(),
  })
  .transform((form, ctx): DecisionInput => {
    const reason = form.reason ?? '';
    if (form.outcome === 'rejected') {
      if (!reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: `${E}.reasonRequired` });
      return { outcome: 'rejected', reason };
    }
    if (!form.amount) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `${E}.amountRequired` });
      return z.NEVER;
    }
    const parsed = parseEuro(form.amount);
    if ('problem' in parsed) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `competition.validation.amount.${parsed.problem}` });
      return z.NEVER;
    }
    if (parsed.cents === 0) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `${E}.amountRequired` });
      return z.NEVER;
    }
    return { outcome: 'awarded', amountCents: parsed.cents, reason };
  });
