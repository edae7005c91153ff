import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/tables.ts';

export const ORGANISATION_TYPES = [
  'gemeinde',
  'amt',
  'stadt',
  'kreis',
  'region',
  'land',
  'unternehmen',
  'wissenschaft',
  'daseinsvorsorge',
  'zivilgesellschaft',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    type: text('type').$type<OrganisationType>().notNull(),
    // Amtlicher Gemeindeschlüssel, 8 digits, only for public bodies; an Amt has none
    ags: text('ags'),
    // 9 digits, only for an Amt
    amtsschluessel: text('amtsschluessel'),
    // Amtlicher Regionalschlüssel, 12 digits: names the body, so no two organisations share one
    ars: text('ars'),
    street: text('street'),
    postcode: text('postcode'),
    town: text('town'),
    website: text('website'),
    description: text('description'),
    // inhabitants, as the statistics office last counted them; calls of the competition may limit by it
    population: integer('population'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_slug_key').on(t.slug),
    check('organisations_ags_check', sql`${t.ags} is null or ${t.ags} ~ '^[0-9]{8}$'`),
    check('organisations_amtsschluessel_check', sql`${t.amtsschluessel} is null or ${t.amtsschluessel} ~ '^[0-9]{9}$'`),
    check('organisations_ars_check', sql`${t.ars} is null or ${t.ars} ~ '^[0-9]{12}$'`),
    check('organisations_population_check', sql`${t.population} is null or ${t.population} >= 0`),
    uniqueIndex('organisations_ars_key').on(t.ars),
  ],
);

export const MEMBERSHIP_ROLES = ['member', 'manager'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const MEMBERSHIP_STATUSES = ['requested', 'active'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const memberships = pgTable(
  'memberships',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<MembershipRole>().notNull().default('member'),
    status: text('status').$type<MembershipStatus>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

/** Invitations go to an e-mail address, so that people without an account can be invited too. */
export const invitations = pgTable(
  'organisation_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').$type<MembershipRole>().notNull().default('member'),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('organisation_invitations_open_key').on(t.organisationId, t.email).where(sql`${t.acceptedAt} is null`)],
);
