import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** draft → sending (deliveries queued, paced out) → sent (every delivery done). */
export const NEWSLETTER_STATUSES = ['draft', 'sending', 'sent'] as const;
export type NewsletterStatus = (typeof NEWSLETTER_STATUSES)[number];

/** An issue of the programme's newsletter, written by the editors in Markdown. */
export const newsletters = pgTable(
  'newsletters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status').$type<NewsletterStatus>().notNull().default('draft'),
    subject: text('subject').notNull(),
    // Markdown, rendered into the mail's HTML and plain text
    body: text('body').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    sendStartedAt: ts('send_started_at'),
    sentAt: ts('sent_at'),
    // how many deliveries were queued when sending began
    recipientCount: integer('recipient_count').notNull().default(0),
  },
  (t) => [check('newsletters_status_check', sql`${t.status} in ('draft','sending','sent')`), index('newsletters_created_idx').on(t.createdAt)],
);

/** pending: asked, not yet confirmed (double opt-in) → active → unsubscribed. */
export const SUBSCRIBER_STATUSES = ['pending', 'active', 'unsubscribed'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/**
 * A subscription, of a member or of a visitor without an account. One row per address; a
 * repeated request for the same address sends the confirmation mail again only after a pause.
 */
export const newsletterSubscribers = pgTable(
  'newsletter_subscribers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // lower-cased
    email: text('email').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    locale: text('locale').$type<'de' | 'en'>().notNull().default('de'),
    status: text('status').$type<SubscriberStatus>().notNull().default('pending'),
    // sha256 of the confirmation token of the last confirmation mail
    confirmTokenHash: text('confirm_token_hash'),
    requestedAt: ts('requested_at').notNull().defaultNow(),
    // when the last confirmation mail went out, and how many went out, against floods
    confirmationSentAt: ts('confirmation_sent_at'),
    confirmationCount: integer('confirmation_count').notNull().default(0),
    confirmedAt: ts('confirmed_at'),
    unsubscribedAt: ts('unsubscribed_at'),
  },
  (t) => [
    uniqueIndex('newsletter_subscribers_email_key').on(t.email),
    uniqueIndex('newsletter_subscribers_confirm_key').on(t.confirmTokenHash),
    index('newsletter_subscribers_user_idx').on(t.userId),
    check('newsletter_subscribers_status_check', sql`${t.status} in ('pending','active','unsubscribed')`),
  ],
);

/**
 * One mail of one newsletter to one subscriber. Queued all at once when sending begins; the
 * pacing job sends the oldest queued ones, so many per minute as configured.
 */
export const newsletterDeliveries = pgTable(
  'newsletter_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    newsletterId: uuid('newsletter_id')
      .notNull()
      .references(() => newsletters.id, { onDelete: 'cascade' }),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => newsletterSubscribers.id, { onDelete: 'cascade' }),
    queuedAt: ts('queued_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
  },
  (t) => [uniqueIndex('newsletter_deliveries_key').on(t.newsletterId, t.subscriberId), index('newsletter_deliveries_due_idx').on(t.newsletterId, t.sentAt)],
);
