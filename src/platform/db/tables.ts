import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Site-wide roles. "Organisation manager" is not here: it is a role within a membership. */
export const SITE_ROLES = ['member', 'editor', 'juror', 'admin'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // stored lower-cased; anonymised to deleted-<id>@invalid when the account is deleted
    email: text('email').notNull(),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    passwordHash: text('password_hash'),
    displayName: text('display_name').notNull(),
    siteRole: text('site_role').$type<SiteRole>().notNull().default('member'),
    locale: text('locale').$type<'de' | 'en'>().notNull().default('de'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), check('users_site_role_check', sql`${t.siteRole} in ('member','editor','juror','admin')`)],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie value: a leaked table does not leak usable sessions
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const ACCOUNT_TOKEN_PURPOSES = ['verify-email', 'reset-password', 'change-email', 'delete-account'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** Single-use links sent by e-mail. Only the hash of the secret is stored. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<AccountTokenPurpose>().notNull(),
    // the new address for change-email
    newEmail: text('new_email'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('account_tokens_user_idx').on(t.userId, t.purpose)],
);

/** Installation-wide settings (name, logo, generated secret), edited under /verwaltung. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Background jobs and the mail outbox in one table, so that a job can be queued in the
 * same transaction as the change that causes it. Claimed with FOR UPDATE SKIP LOCKED.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    // makes queueing idempotent: a second job with the same key is not created
    dedupeKey: text('dedupe_key'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(12),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    lastError: text('last_error'),
    // the id of the request that queued the job, to follow it through the logs
    requestId: text('request_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('jobs_dedupe_key').on(t.dedupeKey),
    index('jobs_due_idx').on(t.runAt).where(sql`${t.doneAt} is null and ${t.failedAt} is null`),
    // done jobs are kept; the few given up on are counted for the metrics without reading them all
    index('jobs_failed_idx').on(t.kind).where(sql`${t.failedAt} is not null`),
  ],
);

/** Fixed-window counters for rate limits, shared by every app process. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // null when the actor's account was deleted or for system actions
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    // set when the retention period ended and names and addresses were replaced by a pseudonym
    pseudonymisedAt: timestamp('pseudonymised_at', { withTimezone: true }),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_subject_idx').on(t.subjectType, t.subjectId)],
);

/**
 * Each form that creates something carries a one-time submission id. Recording it in the
 * same transaction as the change makes a double submit or a reload harmless: the second
 * request finds the id and is sent to where the first one went.
 */
export const formSubmissions = pgTable('form_submissions', {
  id: uuid('id').primaryKey(),
  resultLocation: text('result_location').notNull(),
  createdAt: createdAt(),
});

/**
 * Purpose-bound consents: which text (by version) a person agreed to, and when. The text
 * itself is stored too, so that what was agreed to can be shown even after it changed.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    textVersion: text('text_version').notNull(),
    text: text('text').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consents_user_idx').on(t.userId)],
);

/**
 * The shared taxonomy of fields of action (Handlungsfelder). Every feature tags its content
 * with these slugs; administrators may rename, reorder and add them.
 */
export const fieldsOfAction = pgTable('fields_of_action', {
  slug: text('slug').primaryKey(),
  nameDe: text('name_de').notNull(),
  nameEn: text('name_en').notNull(),
  position: integer('position').notNull(),
});
