import { z } from 'zod';
import { checkbox, formText, manyOf, requiredText } from '../../../platform/http/form.ts';
import { parseEuro } from '../../../platform/text/money.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { ORGANISATION_TYPES } from '../../organisations/service.ts';
import { SLUG } from '../core/paths.ts';
import { MATURITY_PHASES, SIZE_BANDS } from '../core/tables.ts';

const uuid = z.string().refine(isUuid);

/** An amount in euros as people in Germany type it; empty: not known. Over a billion is refused. */
const optionalEuro = z
  .string()
  .trim()
  .max(30, { error: 'solutionsProfiles.validation.amount.format' })
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const parsed = parseEuro(value);
    if ('cents' in parsed) return parsed.cents;
    ctx.addIssue({ code: 'custom', message: `solutionsProfiles.validation.amount.${parsed.problem}` });
    return z.NEVER;
  });

/** Person-days, a whole number up to 100.000 (thousands dots allowed); empty: not known. */
const optionalEffort = z
  .string()
  .trim()
  .max(12, { error: 'solutionsProfiles.validation.effort' })
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const plain = /^\d{1,3}(\.\d{3})+$/.test(value) ? value.replaceAll('.', '') : value;
    const days = /^\d{1,6}$/.test(plain) ? Number(plain) : Number.NaN;
    if (days >= 0 && days <= 100_000) return days;
    ctx.addIssue({ code: 'custom', message: 'solutionsProfiles.validation.effort' });
    return z.NEVER;
  });

/** Only https: the address is shown as a link, and a plain http or javascript: link is not one to follow. */
const repositoryUrl = z
  .string()
  .trim()
  .max(500, { error: 'solutionsProfiles.validation.repositoryUrl' })
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (URL.canParse(value) && new URL(value).protocol === 'https:' && /^https:\/\/[^/\s]+/i.test(value)) return value;
    ctx.addIssue({ code: 'custom', message: 'solutionsProfiles.validation.repositoryUrl' });
    return z.NEVER;
  });

/** The first form: whose solution it is and what it is called; the rest follows in the draft. */
export const newSolutionForm = z.strictObject({
  // one of the organisations the person manages
  organisationId: uuid.or(z.literal('')).refine((v) => v !== '', { error: 'solutionsProfiles.validation.organisation' }),
  // e.g. "Digitales Ratsinformationssystem"
  title: requiredText(200, 'solutionsProfiles.validation.titleRequired'),
  // one or two sentences for lists and the search
  summary: requiredText(500, 'solutionsProfiles.validation.summaryRequired'),
});
export type NewSolutionInput = z.output<typeof newSolutionForm>;

/** The whole profile, as its owners edit it; in the form's order, which the error summary follows. */
export const solutionForm = z.strictObject({
  title: requiredText(200, 'solutionsProfiles.validation.titleRequired'),
  summary: requiredText(500, 'solutionsProfiles.validation.summaryRequired'),
  // Markdown: the problem it solves and how it goes about it
  problem: formText(50_000),
  approach: formText(50_000),
  maturity: z.enum(MATURITY_PHASES, { error: 'solutionsProfiles.validation.maturity' }),
  // slugs of the shared fields of action; unknown ones are refused by the command
  fieldsOfAction: manyOf(z.string().regex(SLUG, { error: 'solutionsProfiles.validation.fieldOfAction' }), 20),
  // organisation types and sizes of municipality it suits
  suitableTypes: manyOf(z.enum(ORGANISATION_TYPES), ORGANISATION_TYPES.length),
  sizeBands: manyOf(z.enum(SIZE_BANDS), SIZE_BANDS.length),
  // euros as typed, stored in cents
  costOneOff: optionalEuro,
  costYearly: optionalEuro,
  effortPersonDays: optionalEffort,
  // an SPDX identifier or a licence's name, whether the code is open, and where it lies
  licence: formText(200),
  openSource: checkbox(),
  repositoryUrl,
  // notes on data, accessibility and data protection
  dataUsed: formText(5000),
  accessibility: formText(5000),
  dataProtection: formText(5000),
  // who runs it and with whom
  operatorModel: formText(2000),
  partners: formText(2000),
  // the organisation's contact for this solution, shown publicly
  contactName: formText(200),
  contactEmail: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((v) => (v ?? '').toLowerCase())
    .pipe(z.union([z.literal(''), z.email({ error: 'solutionsProfiles.validation.contactEmail' })])),
  // one of the owner organisation's funded projects, or none
  projectId: z
    .union([uuid, z.literal('')], { error: 'solutionsProfiles.validation.project' })
    .optional()
    .transform((v) => v || null),
});
export type SolutionInput = z.output<typeof solutionForm>;

/** What an editor decides; a solution given back to its owners carries a note why. */
export const REVIEW_TRANSITIONS = ['publish', 'publishChanges', 'returnChanges', 'archive', 'draft'] as const;
export type ReviewTransition = (typeof REVIEW_TRANSITIONS)[number];

export const reviewForm = z
  .strictObject({
    // the button pressed
    transition: z.enum(REVIEW_TRANSITIONS),
    // what the owners should change; required for "back to draft"
    note: formText(2000),
  })
  .refine((v) => (v.transition !== 'draft' && v.transition !== 'returnChanges') || v.note !== '', {
    path: ['note'],
    error: 'solutionsProfiles.validation.note',
  });

/** The text field of the document upload; the file itself is checked by the file store. */
export const documentForm = z.strictObject({
  // how the document is listed, e.g. "Konzept"
  title: requiredText(200, 'solutionsProfiles.documents.errors.titleRequired'),
});
