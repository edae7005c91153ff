import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { pictures } from '../../../platform/pictures/tables.ts';
import { users } from '../../../platform/db/tables.ts';
import { REGISTRATION_RETENTION_DAYS } from './retention-period.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const EVENT_STATUSES = ['draft', 'published'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** An event with one programme, held on one or more dates (places or online). */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    status: text('status').$type<EventStatus>().notNull().default('draft'),
    title: text('title').notNull(),
    // one or two sentences for lists and feeds
    summary: text('summary').notNull(),
    organiser: text('organiser').notNull(),
    // "what is planned": paragraphs, "## " subheadings
    description: text('description').notNull(),
    // "who is invited"
    audience: text('audience').notNull().default(''),
    notes: text('notes').notNull().default(''),
    // how registration and the day work
    procedure: text('procedure').notNull().default(''),
    // that photos and videos may be taken and published
    mediaNotice: text('media_notice').notNull().default(''),
    contact: text('contact').notNull().default(''),
    // the consent a registration agrees to; a new version on every change
    consentText: text('consent_text').notNull(),
    consentVersion: integer('consent_version').notNull().default(1),
    // slugs of the shared fields of action (Handlungsfelder)
    fieldsOfAction: text('fields_of_action').array().notNull().default(sql`'{}'::text[]`),
    // days after a date when its registrations' personal data is removed
    retentionDays: integer('retention_days').notNull().default(REGISTRATION_RETENTION_DAYS.standard),
    // where seats are scarce: a confirmation holds the seat until the address is confirmed by e-mail
    requiresConfirmedEmail: boolean('requires_confirmed_email').notNull().default(false),
    // shown on the event's page and its card in lists
    pictureId: uuid('picture_id').references(() => pictures.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    publishedAt: ts('published_at'),
  },
  (t) => [uniqueIndex('events_slug_key').on(t.slug), index('events_status_idx').on(t.status)],
);

/** One date and place of an event. `confirmedCount` is the seat counter updated under a row lock. */
export const eventDates = pgTable(
  'event_dates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    online: boolean('online').notNull().default(false),
    placeName: text('place_name'),
    street: text('street'),
    postcode: text('postcode'),
    town: text('town'),
    // only shown to confirmed participants shortly before the start
    streamUrl: text('stream_url'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    doorsOpenAt: ts('doors_open_at'),
    registrationDeadline: ts('registration_deadline').notNull(),
    seats: integer('seats').notNull(),
    confirmedCount: integer('confirmed_count').notNull().default(0),
    note: text('note').notNull().default(''),
    cancelledAt: ts('cancelled_at'),
    // set once the registrations' personal data has been removed
    anonymisedAt: ts('anonymised_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('event_dates_event_idx').on(t.eventId),
    index('event_dates_starts_idx').on(t.startsAt),
    check('event_dates_seats_check', sql`${t.seats} >= 0 and ${t.confirmedCount} >= 0 and ${t.confirmedCount} <= ${t.seats}`),
  ],
);

/**
 * Programme items shared by all dates; `onlyDateId` restricts an item to one date. An item's
 * time is kept relative to each date's start, so that a date that moves takes its programme
 * along (docs/decisions/0015-programme-times-per-date.md).
 */
export const programmeItems = pgTable(
  'event_programme_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    // minutes after the date's start (negative: before it, while doors are open)
    offsetMinutes: integer('offset_minutes').notNull(),
    title: text('title').notNull(),
    speaker: text('speaker').notNull().default(''),
    description: text('description').notNull().default(''),
    onlyDateId: uuid('only_date_id').references(() => eventDates.id, { onDelete: 'cascade' }),
  },
  (t) => [index('event_programme_items_event_idx').on(t.eventId, t.position)],
);

/** What differs for one item at one date: another speaker ("in Lübeck: Bürgermeister …"), another time, or both. */
export const programmeVariations = pgTable(
  'event_programme_variations',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => programmeItems.id, { onDelete: 'cascade' }),
    dateId: uuid('date_id')
      .notNull()
      .references(() => eventDates.id, { onDelete: 'cascade' }),
    // null: the item's usual speaker
    speaker: text('speaker'),
    // minutes after this date's start; null: the item's usual offset
    offsetMinutes: integer('offset_minutes'),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.dateId] }),
    check('event_programme_variations_differs_check', sql`${t.speaker} is not null or ${t.offsetMinutes} is not null`),
  ],
);

export const QUESTION_KINDS = ['text', 'choice', 'multi', 'yesno'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Further questions the editor asks in the registration form of one event. */
export const eventQuestions = pgTable(
  'event_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    hint: text('hint').notNull().default(''),
    kind: text('kind').$type<QuestionKind>().notNull(),
    options: text('options').array().notNull().default(sql`'{}'::text[]`),
    required: boolean('required').notNull().default(false),
  },
  (t) => [index('event_questions_event_idx').on(t.eventId, t.position)],
);

/** World Café questions; the editor publishes a result per question after the event. */
export const worldCafeQuestions = pgTable(
  'event_world_cafe_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    question: text('question').notNull(),
    // Markdown, sanitised when rendered
    result: text('result'),
    resultPublishedAt: ts('result_published_at'),
  },
  (t) => [index('event_world_cafe_questions_event_idx').on(t.eventId, t.position)],
);

export const worldCafeContributions = pgTable(
  'event_world_cafe_contributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => worldCafeQuestions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('event_world_cafe_contributions_question_idx').on(t.questionId)],
);

/** 'held': a seat is taken, but the person has not yet confirmed their address (see requiresConfirmedEmail). */
export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'offered', 'held', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** The unique index of the registrations' references: its refusal means a reference was drawn twice. */
export const REFERENCE_INDEX = 'event_registrations_reference_key';

export const registrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dateId: uuid('date_id')
      .notNull()
      .references(() => eventDates.id, { onDelete: 'cascade' }),
    // short human-readable reference, e.g. DK-7KQ2-M9
    reference: text('reference').notNull(),
    status: text('status').$type<RegistrationStatus>().notNull(),
    // order of the waiting list: lower comes first
    queueNumber: bigserial('queue_number', { mode: 'number' }).notNull(),
    salutation: text('salutation'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    organisation: text('organisation').notNull(),
    role: text('role').notNull(),
    // answers to the event's own questions, keyed by question id
    answers: jsonb('answers').notNull().default(sql`'{}'::jsonb`),
    accessibilityNeeds: text('accessibility_needs'),
    worldCafeQuestionId: uuid('world_cafe_question_id').references(() => worldCafeQuestions.id, { onDelete: 'set null' }),
    consentText: text('consent_text').notNull(),
    consentVersion: integer('consent_version').notNull(),
    consentedAt: ts('consented_at').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    // language of the form the person used; every later e-mail is written in it
    locale: text('locale').$type<'de' | 'en'>().notNull().default('de'),
    // one registration per confirmed check-your-answers page: the form token's nonce
    submissionNonce: text('submission_nonce').notNull(),
    // hash of the secret in the view/cancel link
    manageTokenHash: text('manage_token_hash').notNull(),
    offerExpiresAt: ts('offer_expires_at'),
    // until when a held seat waits for the address to be confirmed
    holdExpiresAt: ts('hold_expires_at'),
    checkedInAt: ts('checked_in_at'),
    cancelledAt: ts('cancelled_at'),
    // the editor who registered someone by hand
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    anonymisedAt: ts('anonymised_at'),
  },
  (t) => [
    uniqueIndex(REFERENCE_INDEX).on(t.reference),
    uniqueIndex('event_registrations_nonce_key').on(t.submissionNonce),
    uniqueIndex('event_registrations_manage_key').on(t.manageTokenHash),
    // one live registration per address and date
    uniqueIndex('event_registrations_email_per_date_key').on(t.dateId, t.email).where(sql`${t.status} <> 'cancelled' and ${t.anonymisedAt} is null`),
    index('event_registrations_date_status_idx').on(t.dateId, t.status, t.queueNumber),
  ],
);

/** Messages an editor sent to everyone registered for a date. */
export const eventMessages = pgTable(
  'event_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dateId: uuid('date_id')
      .notNull()
      .references(() => eventDates.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    recipientCount: integer('recipient_count').notNull(),
    sentBy: uuid('sent_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: ts('sent_at').notNull().defaultNow(),
  },
  (t) => [index('event_messages_date_idx').on(t.dateId)],
);
