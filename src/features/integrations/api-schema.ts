import { z } from 'zod';
import { REGISTRATION_RETENTION_DAYS } from '../events/editor/api-service.ts';
import { AUDIENCES } from '../knowledge/integration-service.ts';

/*
 * The bodies and answers of the API's writes. The same schemas validate the requests and
 * describe them in the OpenAPI document, so every field says what it is.
 */

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const instant = () => z.iso.datetime({ offset: true }).transform((v) => new Date(v));

const apiDate = z
  .strictObject({
    format: z.enum(['praesenz', 'online']).describe('In person at a place (praesenz) or online'),
    placeName: text(200).optional().describe('Name of the venue; required in person'),
    street: text(200).optional().describe('Street and house number; required in person'),
    postcode: text(10).optional().describe('German postcode, five digits; required in person'),
    town: text(100).optional().describe('Town; required in person'),
    streamUrl: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional()
      .describe('https address of the live stream; online only'),
    startsAt: instant().describe('Start, ISO 8601 with offset, e.g. 2026-03-02T10:00:00+01:00'),
    endsAt: instant().describe('End, after the start'),
    doorsOpenAt: instant().optional().describe('Doors open, not after the start'),
    registrationDeadline: instant().describe('Last moment of registration, not after the start'),
    seats: z.int().min(1).max(100_000).describe('Seats; further registrations join the waiting list'),
    note: text(1000).optional().describe('A note for this date only'),
  })
  .superRefine((d, ctx) => {
    if (d.format === 'praesenz') {
      for (const field of ['placeName', 'street', 'town'] as const) {
        if (!d[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'required in person' });
      }
      if (!/^\d{5}$/.test(d.postcode ?? '')) ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'five digits required in person' });
    }
    if (d.endsAt <= d.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
    if (d.doorsOpenAt && d.doorsOpenAt > d.startsAt) ctx.addIssue({ code: 'custom', path: ['doorsOpenAt'], message: 'must not be after startsAt' });
    if (d.registrationDeadline > d.startsAt) ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'must not be after startsAt' });
  })
  .transform((d) => {
    const online = d.format === 'online';
    return {
      online,
      placeName: online ? null : (d.placeName ?? null),
      street: online ? null : (d.street ?? null),
      postcode: online ? null : (d.postcode ?? null),
      town: online ? null : (d.town ?? null),
      streamUrl: online ? (d.streamUrl ?? null) : null,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      doorsOpenAt: d.doorsOpenAt ?? null,
      registrationDeadline: d.registrationDeadline,
      seats: d.seats,
      note: d.note ?? '',
      notify: false,
    };
  })
  .describe('A date of the event: where, when, how many seats');

export const createEventBody = z
  .strictObject({
    title: required(200).describe('The event’s name'),
    summary: required(400).describe('One or two sentences for lists, feeds and calendars'),
    organiser: required(200).describe('Who invites'),
    description: required(20_000).describe('What is planned: paragraphs and "## " subheadings'),
    audience: text(5000).default('').describe('Who is invited'),
    notes: text(5000).default('').describe('Further notes (parking, accessibility of the venue …)'),
    procedure: text(5000).default('').describe('How registration and the day itself work'),
    mediaNotice: text(3000).default('').describe('That photos and videos may be taken and published'),
    contact: text(3000).default('').describe('Whom to ask'),
    fieldsOfAction: z.array(z.string().regex(SLUG)).max(20).default([]).describe('Slugs of the fields of action (Handlungsfelder)'),
    retentionDays: z
      .int()
      .min(REGISTRATION_RETENTION_DAYS.min)
      .max(REGISTRATION_RETENTION_DAYS.max)
      .default(REGISTRATION_RETENTION_DAYS.standard)
      .describe('Days after each date until its registrations’ personal data is removed'),
    requiresConfirmedEmail: z.boolean().default(false).describe('A seat is held only once the person confirmed their address'),
    consentText: required(5000).describe('The consent people give when they register'),
    dates: z.array(apiDate).min(1).max(20).describe('The event’s dates, at least one'),
  })
  .describe('A new event; it is stored as a draft that editors publish');
export type CreateEventBody = z.output<typeof createEventBody>;

export const createNewsBody = z
  .strictObject({
    title: required(200).describe('The headline'),
    summary: required(500).describe('One or two sentences for lists, the feed and search results'),
    body: required(50_000).describe('The text in Markdown'),
    fieldsOfAction: z.array(z.string().regex(SLUG)).max(20).default([]).describe('Slugs of the fields of action (Handlungsfelder)'),
    audiences: z.array(z.enum(AUDIENCES)).max(AUDIENCES.length).default([]).describe('Who the news is written for'),
    tags: z.array(required(60)).max(20).default([]).describe('Free keywords'),
  })
  .describe('A news item; it is stored as a draft that editors publish');
export type CreateNewsBody = z.output<typeof createNewsBody>;

export const createdResponse = z
  .object({
    id: z.uuid().describe('The new record’s id'),
    status: z.literal('draft').describe('Always a draft: editors publish it'),
    editorUrl: z.url().describe('Where editors review and publish it'),
  })
  .describe('What was stored');
export type CreatedResponse = z.infer<typeof createdResponse>;
