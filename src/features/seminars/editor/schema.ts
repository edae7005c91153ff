import { z } from 'zod';
import { checkbox, formText, manyOf } from '../../../platform/http/form.ts';
import { berlinToUtc, isValidDay, isValidTime } from '../../../platform/time/berlin-time.ts';
import { ORGANISATION_TYPES } from '../../organisations/service.ts';
import { STRATEGY_STEPS } from '../../strategy/plan/homework-service.ts';
import { REGISTRATION_MODES, type RegistrationMode } from '../core/tables.ts';

const V = 'seminarsEditor.validation';

/** A required text whose "missing" message names what is missing. */
const requiredNamed = (max: number, missing: string) => z.string({ error: missing }).trim().min(1, { error: missing }).max(max);

/** A whole number typed into a text field; `range` speaks when it is outside min…max. */
const integerField = (min: number, max: number, missing: string, range: string) =>
  requiredNamed(7, missing)
    .regex(/^\d+$/, { error: `${V}.wholeNumber` })
    .transform(Number)
    .pipe(z.number().min(min, { error: range }).max(max, { error: range }));

/*
 * Seats and deadline: empty, or left out altogether where the form does not show them (a
 * module's when the series registers as a whole).
 */
const optionalSeats = () =>
  formText(7)
    .regex(/^\d*$/, { error: `${V}.wholeNumber` })
    .transform((v) => (v === '' ? undefined : Number(v)))
    .pipe(
      z
        .number()
        .min(1, { error: `${V}.seats` })
        .max(10_000, { error: `${V}.seats` })
        .optional(),
    )
    .optional();

/** A clock time from an input of type time; browsers without one accept 9:30 too. */
const normaliseTime = (v: string) => (/^\d:\d\d$/.test(v) ? `0${v}` : v).slice(0, 5);
const optionalDay = () =>
  formText(10)
    .refine((v) => v === '' || isValidDay(v), { error: `${V}.day` })
    .default('');
const optionalTime = () =>
  formText(8)
    .transform(normaliseTime)
    .refine((v) => v === '' || isValidTime(v), { error: `${V}.time` })
    .default('');
const timeField = (missing: string) =>
  requiredNamed(8, missing)
    .transform(normaliseTime)
    .refine(isValidTime, { error: `${V}.time` });

/**
 * The seats and deadline of what people register for (the series or one module): required when
 * `required`, the deadline's time 23:59 when left empty.
 */
function seatsAndDeadline(v: { seats?: number | undefined; deadlineDay: string; deadlineTime: string }, required: boolean, ctx: z.RefinementCtx) {
  if (!required) return;
  if (v.seats === undefined) ctx.addIssue({ code: 'custom', path: ['seats'], message: `${V}.seatsRequired` });
  if (v.deadlineDay === '') ctx.addIssue({ code: 'custom', path: ['deadlineDay'], message: `${V}.deadlineRequired` });
}
const deadlineOf = (v: { deadlineDay: string; deadlineTime: string }) => (v.deadlineDay ? berlinToUtc(v.deadlineDay, v.deadlineTime || '23:59') : null);

/** The settings of a series, for creating it and for editing it. */
export const seriesForm = z
  .strictObject({
    // the name, also the source of the address
    title: requiredNamed(200, `${V}.titleRequired`),
    // one or two sentences for the list and the search
    summary: requiredNamed(500, `${V}.summaryRequired`),
    // what the participants take home (Markdown)
    aim: requiredNamed(10_000, `${V}.aimRequired`),
    // who is invited
    audience: requiredNamed(300, `${V}.audienceRequired`),
    // first and last year of the series
    startYear: integerField(2000, 2100, `${V}.yearRequired`, `${V}.year`),
    endYear: integerField(2000, 2100, `${V}.yearRequired`, `${V}.year`),
    // one partner per line
    partners: formText(2000).transform((v) =>
      v
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
    // for the whole series or per module
    registrationMode: z.enum(REGISTRATION_MODES, { error: 'choice' }),
    // series mode: seats of the whole series
    seats: optionalSeats(),
    // series mode: the last day (and time, Berlin) to register
    deadlineDay: optionalDay(),
    deadlineTime: optionalTime(),
    // eligibility: a function the person must state; empty for none
    requiredFunction: formText(200),
    // eligibility: only members of organisations of these types; none for anyone
    organisationTypes: manyOf(z.enum(ORGANISATION_TYPES), ORGANISATION_TYPES.length),
    // what participants agree to when they register
    consentText: requiredNamed(2000, `${V}.consentRequired`),
    // days after the last session until the personal data goes
    retentionDays: integerField(30, 3650, `${V}.retentionDays`, `${V}.retentionDays`),
  })
  .superRefine((v, ctx) => {
    if (v.endYear < v.startYear) ctx.addIssue({ code: 'custom', path: ['endYear'], message: `${V}.endYearBeforeStart` });
    seatsAndDeadline(v, v.registrationMode === 'series', ctx);
  })
  .transform(({ deadlineDay, deadlineTime, seats, ...v }) => {
    const series = v.registrationMode === 'series';
    return { ...v, seats: series ? (seats ?? null) : null, registrationDeadline: series ? deadlineOf({ deadlineDay, deadlineTime }) : null };
  });
export type SeriesInput = z.output<typeof seriesForm>;

/** A module; its seats and deadline are required when the series registers per module. */
export function moduleForm(mode: RegistrationMode) {
  return z
    .strictObject({
      title: requiredNamed(200, `${V}.titleRequired`),
      // what the module is about (Markdown)
      description: formText(10_000),
      // the programme of its sessions (Markdown)
      programme: formText(10_000),
      // a step of the strategy workbench, or '' for no homework
      homeworkStep: z.enum(['', ...STRATEGY_STEPS], { error: 'choice' }),
      homework: formText(5000),
      // participants are asked for feedback afterwards
      isPilot: checkbox(),
      // everyone sees the materials once the module is held
      materialsPublic: checkbox(),
      // module mode: seats and deadline of this module
      seats: optionalSeats(),
      deadlineDay: optionalDay(),
      deadlineTime: optionalTime(),
    })
    .superRefine((v, ctx) => seatsAndDeadline(v, mode === 'module', ctx))
    .transform(({ deadlineDay, deadlineTime, seats, homeworkStep, ...v }) => ({
      ...v,
      homeworkStep: homeworkStep === '' ? null : homeworkStep,
      seats: mode === 'module' ? (seats ?? null) : null,
      registrationDeadline: mode === 'module' ? deadlineOf({ deadlineDay, deadlineTime }) : null,
    }));
}
export type ModuleInput = z.output<ReturnType<typeof moduleForm>>;

export const SESSION_FORMATS = ['praesenz', 'online'] as const;

/** A session of a module: a day with start and end (Berlin), in person at a town or online. */
export const sessionForm = z
  .strictObject({
    day: requiredNamed(10, `${V}.dayRequired`).refine(isValidDay, { error: `${V}.day` }),
    startTime: timeField(`${V}.startRequired`),
    endTime: timeField(`${V}.endRequired`),
    format: z.enum(SESSION_FORMATS, { error: 'choice' }),
    // the room, or for online sessions what to expect
    venue: formText(300),
    // required in person
    town: formText(100),
  })
  .superRefine((v, ctx) => {
    if (v.format === 'praesenz' && v.town === '') ctx.addIssue({ code: 'custom', path: ['town'], message: `${V}.townRequired` });
  })
  .superRefine(
    (v, ctx) => {
      if (berlinToUtc(v.day, v.endTime) <= berlinToUtc(v.day, v.startTime)) ctx.addIssue({ code: 'custom', path: ['endTime'], message: `${V}.endBeforeStart` });
    },
    { when: (payload) => !payload.issues.some((i) => ['day', 'startTime', 'endTime'].includes(String(i.path?.[0]))) },
  )
  .transform((v) => {
    const online = v.format === 'online';
    return { startsAt: berlinToUtc(v.day, v.startTime), endsAt: berlinToUtc(v.day, v.endTime), online, venue: v.venue, town: online ? '' : v.town };
  });
export type SessionInput = z.output<typeof sessionForm>;

/** A knowledge item to add as material of a module. */
export const materialForm = z.strictObject({
  knowledgeItemId: requiredNamed(36, `${V}.materialRequired`),
});
