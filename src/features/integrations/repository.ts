import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../../platform/db/tables.ts';
import { apiTokens, type ApiScope } from './tables.ts';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export interface ApiTokenListRow {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** the issuing administrator's name; null once their account is gone */
  createdByName: string | null;
}

const issuer = alias(users, 'issuer');

/** Every token, newest first; the list of an installation stays short. */
export async function listTokenRows(db: Executor): Promise<ApiTokenListRow[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      createdByName: issuer.displayName,
    })
    .from(apiTokens)
    .leftJoin(issuer, eq(issuer.id, apiTokens.createdBy))
    .orderBy(desc(apiTokens.createdAt), apiTokens.id);
}

export async function findTokenRow(db: Executor, id: string): Promise<ApiTokenRow | undefined> {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return rows[0];
}

export async function findTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenRow | undefined> {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
  return rows[0];
}

export async function insertTokenRow(
  tx: Executor,
  values: { name: string; tokenHash: string; prefix: string; scopes: ApiScope[]; expiresAt: Date | null; createdBy: string },
): Promise<ApiTokenRow> {
  const rows = await tx.insert(apiTokens).values(values).returning();
  return rows[0]!;
}

/** Revokes a token that is not revoked yet, locking it; undefined when it was revoked before (or is gone). */
export async function revokeTokenRow(tx: Executor, id: string, revokedBy: string): Promise<ApiTokenRow | undefined> {
  const rows = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()`, revokedBy })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return rows[0];
}

/** Notes the token's use, at most once a minute: a busy integration must not write a row per request. */
export async function touchTokenRow(db: Executor, id: string): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`))));
}

/** The tokens a person issued or revoked, for their data export. */
export async function listTokensOfPerson(db: Executor, userId: string) {
  return db
    .select({
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      revokedAt: apiTokens.revokedAt,
      issued: sql<boolean>`${apiTokens.createdBy} = ${userId}`,
    })
    .from(apiTokens)
    .where(or(eq(apiTokens.createdBy, userId), eq(apiTokens.revokedBy, userId)))
    .orderBy(apiTokens.createdAt);
}

/** The tokens stay (integrations keep working); they no longer name the person who issued or revoked them. */
export async function unlinkPersonFromTokens(tx: Executor, userId: string): Promise<void> {
  await tx.update(apiTokens).set({ createdBy: null }).where(eq(apiTokens.createdBy, userId));
  await tx.update(apiTokens).set({ revokedBy: null }).where(eq(apiTokens.revokedBy, userId));
}
