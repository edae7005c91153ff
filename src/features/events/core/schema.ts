import { z } from 'zod';
import { checkbox, formText, manyOf, optionalText } from '../../../platform/http/form.ts';
import { berlinToUtc, isValidDay, isValidTime } from '../../../platform/time/berlin-time.ts';
import { QUESTION_KINDS } from './tables.ts';
import { REGISTRATION_RETENTION_DAYS } from './retention-period.ts';

/** A required text whose "missing" message names what is missing, as GOV.UK asks. */
const requiredNamed = (max: number, missing: string) => z.string({ error: missing }).trim().min(1, { error: missing }).max(max);

/** A day from an input of type date (YYYY-MM-DD). */
const dayField = (missing: string) => requiredNamed(10, missing).refine(isValidDay, { error: 'events.validation.day' });

/** A clock time from an input of type time (HH:MM); browsers without one accept 9:30 too. */
const timeField = (missing: string) =>
  requiredNamed(8, missing)
    .transform((v) => (/^\d:\d\d$/.test(v) ? `0${v}` : v).slice(0, 5))
    .refine(isValidTime, { error: 'events.validation.time' });

const optionalTimeField = () =>
  formText(8)
    .transform((v) => (/^\d:\d\d$/.test(v) ? `0${v}` : v).slice(0, 5))
    .refine((v) => v === '' || isValidTime(v), { error: 'events.validation.time' });

/** A whole number typed into a text field. */
const integerField = (min: number, max: number, missing: string) =>
  requiredNamed(7, missing)
    .regex(/^-?\d+$/, { error: 'events.validation.wholeNumber' })
    .transform(Number)
    .pipe(z.number().min(min, { error: 'events.validation.range' }).max(max, { error: 'events.validation.range' }));

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

const eventFields = {
  // the event's name, e.g. "Auftaktveranstaltung: Digitale Modellkommunen"
  title: requiredNamed(200, 'events.validation.titleRequired'),
  // one or two sentences for the list, the feeds and calendars
  summary: requiredNamed(400, 'events.validation.summaryRequired'),
  // who invites, e.g. the ministry
  organiser: requiredNamed(200, 'events.validation.organiserRequired'),
  // what is planned: paragraphs and "## " subheadings
  description: requiredNamed(20_000, 'events.validation.descriptionRequired'),
  // who is invited
  audience: formText(5000),
  // further notes (parking, accessibility of the venue, …)
  notes: formText(5000),
  // how registration and the day itself work
  procedure: formText(5000),
  // that photos and videos may be taken and published
  mediaNotice: formText(3000),
  // whom to ask: name, phone, e-mail
  contact: formText(3000),
  // slugs of the fields of action (Handlungsfelder) the event belongs to
  fieldsOfAction: manyOf(z.string().regex(SLUG), 20),
  // days after each date when its registrations' personal data is removed
  retentionDays: integerField(REGISTRATION_RETENTION_DAYS.min, REGISTRATION_RETENTION_DAYS.max, 'events.validation.retentionRequired'),
  // a seat is only held until the person confirms their address by the link in an e-mail
  requiresConfirmedEmail: checkbox(),
};

/** The edit form of an event's texts (the consent text has its own form). */
export const eventForm = z.strictObject(eventFields);
export type EventInput = z.output<typeof eventForm>;

/** The create form: the texts and the first version of the consent text. */
export const newEventForm = z.strictObject({
  ...eventFields,
  // the consent people give when they register; stored with each registration
  consentText: requiredNamed(5000, 'events.validation.consentRequired'),
});
export type NewEventInput = z.output<typeof newEventForm>;

/** The consent text of an event; a changed text becomes a new version. */
export const consentForm = z.strictObject({
  // the exact words people agree to
  consentText: requiredNamed(5000, 'events.validation.consentRequired'),
});

export const DATE_FORMATS = ['praesenz', 'online'] as const;

/** The fields of a date: where, when, how many seats, until when people can register. */
const dateFields = {
  // in person at a place, or online
  format: z.enum(DATE_FORMATS, { error: 'events.validation.formatRequired' }),
  // name of the venue, e.g. "Amtsverwaltung Süderbrarup"
  placeName: formText(200),
  // street and house number
  street: formText(200),
  // German postcode, 5 digits
  postcode: formText(10),
  // town, also the place filter of the list
  town: formText(100),
  // address of the live stream, sent to participants shortly before the start
  streamUrl: optionalText(500).pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'events.validation.streamUrl' }).optional()),
  // the day in Berlin
  day: dayField('events.validation.dayRequired'),
  // start, Berlin time
  startTime: timeField('events.validation.startRequired'),
  // end, Berlin time, the same day
  endTime: timeField('events.validation.endRequired'),
  // doors open, Berlin time; empty when it does not matter
  doorsTime: optionalTimeField(),
  // last day of registration
  deadlineDay: dayField('events.validation.deadlineRequired'),
  // last minute of registration on that day; empty means 23:59
  deadlineTime: optionalTimeField(),
  // seats; further registrations join the waiting list
  seats: integerField(1, 100_000, 'events.validation.seatsRequired'),
  // a note for this date only
  note: formText(1000),
};

type DateFieldValues = z.output<z.ZodObject<typeof dateFields>>;
const PLACE_FIELDS = ['format', 'placeName', 'street', 'postcode', 'town'];
const TIME_FIELDS = ['day', 'startTime', 'endTime', 'doorsTime', 'deadlineDay', 'deadlineTime'];

/** A place is needed in person; checked only once the format and the place's own fields are valid. */
function checkPlace(v: DateFieldValues, ctx: z.RefinementCtx): void {
  if (v.format !== 'praesenz') return;
  if (!v.placeName) ctx.addIssue({ code: 'custom', path: ['placeName'], message: 'events.validation.placeNameRequired' });
  if (!v.street) ctx.addIssue({ code: 'custom', path: ['street'], message: 'events.validation.streetRequired' });
  if (!/^\d{5}$/.test(v.postcode)) ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'postcode' });
  if (!v.town) ctx.addIssue({ code: 'custom', path: ['town'], message: 'events.validation.townRequired' });
}

/** The end after the start, doors before it, the deadline not after it. */
function checkTimes(v: DateFieldValues, ctx: z.RefinementCtx): void {
  const start = berlinToUtc(v.day, v.startTime);
  if (berlinToUtc(v.day, v.endTime) <= start) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'events.validation.endBeforeStart' });
  if (v.doorsTime && berlinToUtc(v.day, v.doorsTime) > start) {
    ctx.addIssue({ code: 'custom', path: ['doorsTime'], message: 'events.validation.doorsAfterStart' });
  }
  if (berlinToUtc(v.deadlineDay, v.deadlineTime || '23:59') > start) {
    ctx.addIssue({ code: 'custom', path: ['deadlineDay'], message: 'events.validation.deadlineAfterStart' });
  }
}

const unless = (fields: string[]) => ({ when: (payload: z.core.ParsePayload) => !payload.issues.some((i) => fields.includes(String(i.path?.[0]))) });

/** A date's values as stored: UTC instants, and the place only in person. */
function dateValuesOf(v: DateFieldValues) {
  const online = v.format === 'online';
  return {
    online,
    placeName: online ? null : v.placeName,
    street: online ? null : v.street,
    postcode: online ? null : v.postcode,
    town: online ? null : v.town,
    streamUrl: online ? (v.streamUrl ?? null) : null,
    startsAt: berlinToUtc(v.day, v.startTime),
    endsAt: berlinToUtc(v.day, v.endTime),
    doorsOpenAt: v.doorsTime ? berlinToUtc(v.day, v.doorsTime) : null,
    registrationDeadline: berlinToUtc(v.deadlineDay, v.deadlineTime || '23:59'),
    seats: v.seats,
    note: v.note,
  };
}

/** A date of an event: where, when, how many seats, until when people can register. */
export const dateForm = z
  .strictObject({
    ...dateFields,
    // when editing: tell everyone registered about a new time or place
    notify: checkbox(),
  })
  .superRefine(checkPlace, unless(PLACE_FIELDS))
  .superRefine(checkTimes, unless(TIME_FIELDS))
  .transform((v) => ({ ...dateValuesOf(v), notify: v.notify }));
export type DateInput = z.output<typeof dateForm>;

/**
 * A new event with its first date in one form, as a municipality proposes it from its digital
 * strategy: the texts, the consent text and the date, validated by the same rules as the editors'
 * two forms.
 */
export const eventProposalForm = z
  .strictObject({
    ...eventFields,
    consentText: newEventForm.shape.consentText,
    ...dateFields,
  })
  .superRefine(checkPlace, unless(PLACE_FIELDS))
  .superRefine(checkTimes, unless(TIME_FIELDS))
  .transform((v) => {
    const { title, summary, organiser, description, audience, notes, procedure, mediaNotice, contact, fieldsOfAction } = v;
    const { retentionDays, requiresConfirmedEmail, consentText } = v;
    const event: NewEventInput = {
      title,
      summary,
      organiser,
      description,
      audience,
      notes,
      procedure,
      mediaNotice,
      contact,
      fieldsOfAction,
      retentionDays,
      requiresConfirmedEmail,
      consentText,
    };
    const date: DateInput = { ...dateValuesOf(v), notify: false };
    return { event, date };
  });
export type EventProposalInput = z.output<typeof eventProposalForm>;

/** Cancelling a date: everyone registered gets an e-mail with the reason. */
export const cancelDateForm = z.strictObject({
  // why the date does not take place; quoted in the e-mail
  reason: requiredNamed(2000, 'events.validation.reasonRequired'),
});

/** Copying an event, e.g. for the next round. */
export const copyForm = z.strictObject({
  // title of the copy; "Kopie von …" is suggested
  title: requiredNamed(200, 'events.validation.titleRequired'),
  // calendar days to move every date by (negative: earlier); 0 keeps them
  shiftDays: integerField(-3650, 3650, 'events.validation.shiftRequired'),
});

/** A programme item with its per-date differences. */
export const programmeItemForm = z
  .strictObject({
    // Berlin clock time at the first date not cancelled (or the only one); other dates keep the distance from their start
    time: timeField('events.validation.itemTimeRequired'),
    // what happens, e.g. "Begrüßung"
    title: requiredNamed(200, 'events.validation.itemTitleRequired'),
    // who speaks, e.g. "Staatssekretärin Dr. Anna Beispiel"
    speaker: formText(200),
    // a sentence or two about the item
    description: formText(2000),
    // the id of the one date where the item takes place; empty: at every date
    onlyDateId: z.union([z.literal(''), z.uuid()], { error: 'choice' }),
    // the dates that have another speaker, in the order of variationSpeaker
    variationDate: manyOf(z.uuid(), 50),
    // the other speaker per date; empty: the usual one
    variationSpeaker: manyOf(z.string().trim().max(200), 50),
  })
  .transform((v) => ({
    time: v.time,
    title: v.title,
    speaker: v.speaker,
    description: v.description,
    onlyDateId: v.onlyDateId || null,
    variations: v.variationDate.flatMap((dateId, i) => {
      const speaker = v.variationSpeaker[i] ?? '';
      return speaker ? [{ dateId, speaker }] : [];
    }),
  }));
export type ProgrammeItemInput = z.output<typeof programmeItemForm>;

/** The times of the programme items at one date. */
export const dateProgrammeTimesForm = z
  .strictObject({
    // the items, in the order of `time`
    itemId: manyOf(z.uuid(), 200),
    // each item's clock time at this date (Berlin)
    time: manyOf(timeField('events.validation.itemTimeRequired'), 200),
  })
  // The page offers the form only for a date with items: an empty one is made by hand.
  .refine((v) => v.itemId.length > 0, { path: ['form'], error: 'required' })
  .transform((v) =>
    v.itemId.flatMap((itemId, i) => {
      const time = v.time[i];
      return time === undefined ? [] : [{ itemId, time }];
    }),
  );

/** Moving every item of one date's programme by the same number of minutes (a GET form: it only fills in the times). */
export const programmeShiftQuery = z.strictObject({
  // minutes later; negative: earlier
  verschieben: integerField(-720, 720, 'events.validation.shiftMinutesRequired'),
});

/** A further question of the registration form. */
export const questionForm = z
  .strictObject({
    // the question as people read it
    label: requiredNamed(300, 'events.validation.questionLabelRequired'),
    // help below the question
    hint: formText(500),
    // free text, one choice, several choices, or yes/no
    kind: z.enum(QUESTION_KINDS, { error: 'events.validation.kindRequired' }),
    // the choices, one per line (for choice and multiple choice)
    options: formText(3000),
    // whether an answer is required
    required: checkbox(),
  })
  .transform((v, ctx) => {
    const options =
      v.kind === 'choice' || v.kind === 'multi'
        ? [
            ...new Set(
              v.options
                .split(/\r?\n/)
                .map((o) => o.trim())
                .filter(Boolean),
            ),
          ]
        : [];
    if ((v.kind === 'choice' || v.kind === 'multi') && options.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'events.validation.optionsNeeded' });
      return z.NEVER;
    }
    if (options.some((o) => o.length > 200)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'events.validation.optionTooLong' });
      return z.NEVER;
    }
    return { label: v.label, hint: v.hint, kind: v.kind, options, required: v.required };
  });
export type QuestionInput = z.output<typeof questionForm>;

/** A World Café question: a table topic participants choose when they register. */
export const worldCafeForm = z.strictObject({
  // the question, e.g. "Wie erreichen wir ältere Menschen digital?"
  question: requiredNamed(500, 'events.validation.worldCafeRequired'),
});

/** The filters of the public list; nonsense in the address falls back to "all". */
export const catalogueQuery = z.object({
  // slug of a field of action
  handlungsfeld: z.string().regex(SLUG).optional().catch(undefined),
  // a town where dates take place
  ort: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined),
  // in person or online
  format: z.enum(DATE_FORMATS).optional().catch(undefined),
  // page number, from 1
  seite: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Page of the archive and of the editors' list. */
export const pageQuery = z.object({
  // page number, from 1
  seite: z.coerce.number().int().min(1).max(100_000).catch(1),
});
