import { z } from 'zod';
import { formText, manyOf, requiredText } from '../../../platform/http/form.ts';
import { isValidDay } from '../../../platform/time/berlin-time.ts';
import { FUNDING_SOURCES, MEASURE_STATUSES, PRIORITIES } from '../core/tables.ts';

/** A calendar day from a date field (YYYY-MM-DD), or nothing when left blank. */
const day = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isValidDay(v), { error: 'strategyMeasures.validation.day' });

/**
 * A number as people in Germany write it ("12,5"; a point is read as the decimal point too), up
 * to the column's 12 digits before and 2 after the comma; stored as the text numeric takes.
 */
export const decimal = () =>
  z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^-?\d{1,12}([.,]\d{1,2})?$/.test(v), { error: 'strategyMeasures.validation.decimal' })
    .transform((v) => v?.replace(',', '.'));

/** A measure's fact sheet; the project, fields, solutions and knowledge items are checked against their lists by rules.ts. */
export const measureForm = z.strictObject({
  title: requiredText(200, 'strategyMeasures.validation.titleRequired'),
  // what the measure is to achieve
  goal: formText(5_000).default(''),
  // what citizens gain from it
  citizenBenefit: formText(5_000).default(''),
  // the office or person in charge
  leadUnit: formText(200).default(''),
  partners: formText(1_000).default(''),
  fundingSource: z.enum(FUNDING_SOURCES, { error: 'strategyMeasures.validation.fundingSource' }),
  // a funded project of the competition; only with a grant
  fundedProjectId: z.union([z.literal(''), z.uuid({ error: 'strategyMeasures.validation.projectRequired' })]).default(''),
  fundingNote: formText(1_000).default(''),
  priority: z.enum(PRIORITIES, { error: 'strategyMeasures.validation.priority' }),
  startsOn: day(),
  endsOn: day(),
  indicator: formText(300).default(''),
  baselineValue: decimal(),
  targetValue: decimal(),
  unit: formText(50).default(''),
  status: z.enum(MEASURE_STATUSES, { error: 'strategyMeasures.validation.status' }),
  // slugs of the platform's fields of action
  fieldsOfAction: manyOf(z.string().max(80), 30),
  // ids of published solutions ("Nachnutzen")
  solutionIds: manyOf(z.string().max(40), 50),
  // ids of published knowledge items
  knowledgeIds: manyOf(z.string().max(40), 50),
});
export type MeasureInput = z.output<typeof measureForm>;

/** A progress report on the fact sheet: the new traffic light, the indicator's value if measured, a note. */
export const updateForm = z.strictObject({
  status: z.enum(MEASURE_STATUSES, { error: 'strategyMeasures.validation.status' }),
  value: decimal(),
  note: formText(1_000).default(''),
});
export type UpdateInput = z.output<typeof updateForm>;

/** The measure form's address may name a solution to re-use ("Nachnutzen"); anything else is ignored. */
export const newMeasureQuery = z.object({ loesung: z.uuid().optional().catch(undefined) });

/** A measure's id in an address; anything else is answered 404. */
export const measureIdParam = z.uuid();

/** A form with nothing but the platform's fields (the delete button). */
export const emptyForm = z.strictObject({});
