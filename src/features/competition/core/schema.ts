import { z } from 'zod';
import { checkbox, formText, manyOf, requiredText } from '../../../platform/http/form.ts';
import { berlinToUtc, isValidDay, isValidTime } from '../../../platform/time/berlin-time.ts';
import { ORGANISATION_TYPES } from '../../organisations/service.ts';
import { parseEuro } from '../../../platform/text/money.ts';
import { SLUG } from './paths.ts';
import { GERMAN_STATES } from './states.ts';

/** An amount in euros, required; the message names what is wrong with what was typed. */
export const euroField = (requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey })
    .max(30, { error: 'competition.validation.amountFormat' })
    .transform((value, ctx) => {
      const parsed = parseEuro(value);
      if ('cents' in parsed) return parsed.cents;
      ctx.addIssue({ code: 'custom', message: `competition.validation.amount.${parsed.problem}` });
      return z.NEVER;
    });

/** A whole number people may write with thousands dots ("5.000"); empty: none. */
const optionalCount = z
  .string()
  .trim()
  .max(12)
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const digits = value.replace(/\./g, '');
    if (!/^\d{1,9}$/.test(digits) || (value.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(value))) {
      ctx.addIssue({ code: 'custom', message: 'competition.validation.population' });
      return z.NEVER;
    }
    return Number(digits);
  });

const day = (requiredKey: string) =>
  z.string({ error: requiredKey }).trim().min(1, { error: requiredKey }).refine(isValidDay, { error: 'competition.validation.day' });
const time = (requiredKey: string) =>
  z.string({ error: requiredKey }).trim().min(1, { error: requiredKey }).refine(isValidTime, { error: 'competition.validation.time' });

/** The call's own form: everything but its application form, criteria and documents. */
export const callForm = z
  .strictObject({
    // the call's name, e.g. "Wettbewerb Digitale Modellkommunen 2026/2027"
    title: requiredText(200, 'competition.validation.titleRequired'),
    // one or two sentences for lists, the start page and the search
    summary: requiredText(500, 'competition.validation.summaryRequired'),
    // the call text in Markdown
    description: requiredText(50_000, 'competition.validation.descriptionRequired'),
    // organisation types that may apply; at least one
    eligibleTypes: manyOf(z.enum(ORGANISATION_TYPES), ORGANISATION_TYPES.length).refine((types) => types.length > 0, {
      error: 'competition.validation.eligibleTypesRequired',
    }),
    // the state whose bodies may apply, by its number ("01"); '' for all of Germany
    agsPrefix: z
      .union([z.enum(GERMAN_STATES), z.literal('')], { error: 'competition.validation.state' })
      .optional()
      .transform((v) => v || null),
    // optional limits of the applicant's population
    populationMin: optionalCount,
    populationMax: optionalCount,
    // several organisations may apply together
    jointApplications: checkbox(),
    // applications are accepted from this moment (Berlin time) …
    opensDate: day('competition.validation.opensRequired'),
    opensTime: time('competition.validation.opensRequired'),
    // … until this moment, exclusive
    closesDate: day('competition.validation.closesRequired'),
    closesTime: time('competition.validation.closesRequired'),
    // the most one application may get
    maxAmount: euroField('competition.validation.maxAmountRequired'),
    // all awards together may not exceed this
    totalBudget: euroField('competition.validation.totalBudgetRequired'),
    // the applicant's own share of the costs, in percent
    ownSharePercent: z
      .string({ error: 'competition.validation.ownShareRequired' })
      .trim()
      .min(1, { error: 'competition.validation.ownShareRequired' })
      .regex(/^\d{1,3}$/, { error: 'competition.validation.ownShare' })
      .transform(Number)
      .pipe(z.number().max(100, { error: 'competition.validation.ownShare' })),
    // the period in which funded projects run (calendar days)
    fundingStart: day('competition.validation.fundingStartRequired'),
    fundingEnd: day('competition.validation.fundingEndRequired'),
    // jurors see neither names nor organisations of the applicants
    blindReview: checkbox(),
    // slugs of the shared fields of action
    fieldsOfAction: manyOf(z.string().regex(SLUG), 20),
    // who answers questions, e.g. a unit of the ministry with its address
    contact: formText(1000),
  })
  .superRefine((v, ctx) => {
    const opensAt = berlinToUtc(v.opensDate, v.opensTime);
    const closesAt = berlinToUtc(v.closesDate, v.closesTime);
    if (closesAt <= opensAt) ctx.addIssue({ code: 'custom', path: ['closesDate'], message: 'competition.validation.closesBeforeOpens' });
    if (v.fundingEnd <= v.fundingStart) ctx.addIssue({ code: 'custom', path: ['fundingEnd'], message: 'competition.validation.fundingEndBeforeStart' });
    if (v.maxAmount > v.totalBudget) ctx.addIssue({ code: 'custom', path: ['maxAmount'], message: 'competition.validation.maxOverBudget' });
    if (v.populationMin !== null && v.populationMax !== null && v.populationMin > v.populationMax) {
      ctx.addIssue({ code: 'custom', path: ['populationMax'], message: 'competition.validation.populationOrder' });
    }
  })
  .transform(({ opensDate, opensTime, closesDate, closesTime, maxAmount, totalBudget, ...rest }) => ({
    ...rest,
    opensAt: berlinToUtc(opensDate, opensTime),
    closesAt: berlinToUtc(closesDate, closesTime),
    maxAmountCents: maxAmount,
    totalBudgetCents: totalBudget,
  }));

export type CallInput = z.output<typeof callForm>;

export const CALL_TRANSITIONS = ['publish', 'unpublish'] as const;
export const callTransitionForm = z.strictObject({
  // publish the draft, or take the call back into draft
  transition: z.enum(CALL_TRANSITIONS),
});
