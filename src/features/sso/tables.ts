import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * An account's identity at the OpenID provider (e.g. the state's Keycloak): the provider's
 * `sub` under its issuer. Created when the person logs in with single sign-on for the first
 * time (a new account) or confirms that an existing account with the same verified address is theirs.
 */
export const ssoIdentities = pgTable(
  'sso_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    // the verified address the provider named when the identity was linked
    email: text('email').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastLoginAt: ts('last_login_at'),
  },
  (t) => [uniqueIndex('sso_identities_issuer_subject_key').on(t.issuer, t.subject), index('sso_identities_user_idx').on(t.userId)],
);

/**
 * A login that went to the provider and has not come back yet. The browser holds only the
 * row's random key (sha256 here) in a cookie; state, nonce and PKCE verifier stay on the
 * server, and the row is deleted when the provider's answer arrives, so a replayed answer
 * finds nothing. The sweep deletes what is older than a few minutes.
 */
export const ssoLogins = pgTable(
  'sso_logins',
  {
    keyHash: text('key_hash').primaryKey(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    // where to go after logging in (a local path only)
    returnTo: text('return_to').notNull().default('/'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('sso_logins_created_idx').on(t.createdAt)],
);

/**
 * A provider's answer that named the verified address of an existing account without an
 * identity: the person must confirm (logged in with the password, or by the mail sent to
 * that address) before the identity is linked. Kept for minutes, then swept.
 */
export const ssoPendingLinks = pgTable(
  'sso_pending_links',
  {
    keyHash: text('key_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    email: text('email').notNull(),
    // the role the provider's claim maps to, applied when the link is confirmed
    mappedRole: text('mapped_role'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('sso_pending_links_created_idx').on(t.createdAt)],
);
