import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { accountTokens, type AccountTokenPurpose } from '../db/tables.ts';

export async function insertAccountToken(
  db: Executor,
  token: { tokenHash: string; userId: string; purpose: AccountTokenPurpose; expiresAt: Date; newEmail?: string | null },
): Promise<void> {
  await db.insert(accountTokens).values({ ...token, newEmail: token.newEmail ?? null });
}

/** The still usable token with this hash, without using it up. */
export async function findUsableToken(db: Executor, tokenHash: string, purpose: AccountTokenPurpose) {
  const rows = await db
    .select()
    .from(accountTokens)
    .where(
      and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)),
    );
  return rows[0];
}

/** Uses a token up; only one of two simultaneous requests gets the row back. */
export async function consumeToken(db: Executor, tokenHash: string, purpose: AccountTokenPurpose) {
  const rows = await db
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)),
    )
    .returning();
  return rows[0];
}

/** A new link makes the older ones of the same purpose worthless. */
export async function invalidateTokens(db: Executor, userId: string, purpose: AccountTokenPurpose): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}

export async function deleteUserTokens(db: Executor, userId: string): Promise<void> {
  await db.delete(accountTokens).where(eq(accountTokens.userId, userId));
}

/** An expired link can never be used again; the row may hold the new address of a change. */
export async function deleteExpiredAccountTokens(db: Executor, now: Date): Promise<void> {
  await db.delete(accountTokens).where(lt(accountTokens.expiresAt, now));
}
