import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/db/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** What a token may do; read access to public data needs no token at all. */
export const API_SCOPES = ['events:write', 'news:write'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * Tokens for integrations (another portal that publishes its events here, a newsroom that
 * posts news): issued and revoked by administrators. Only the token's hash is kept; the token
 * itself is shown once, when it is issued.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // what the token is for, e.g. "Veranstaltungskalender Amt Hüttener Berge"
    name: text('name').notNull(),
    // sha256 of the secret part, base64url
    tokenHash: text('token_hash').notNull(),
    // the first characters of the token, to recognise it in lists and logs without revealing it
    prefix: text('prefix').notNull(),
    scopes: text('scopes').array().$type<ApiScope[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    // optional end of validity chosen when issuing
    expiresAt: ts('expires_at'),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_key').on(t.tokenHash),
    index('api_tokens_created_idx').on(t.createdAt),
    check('api_tokens_scopes_check', sql`${t.scopes} <@ array['events:write','news:write']::text[] and cardinality(${t.scopes}) > 0`),
  ],
);
