import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { users, type SiteRole } from '../db/tables.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id));
  return rows[0];
}

/** Looks up a live account by address; addresses are stored lower-cased. */
export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const rows = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), isNull(users.deletedAt)));
  return rows[0];
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string | null;
  siteRole?: SiteRole;
  emailVerifiedAt?: Date | null;
  locale?: 'de' | 'en';
}

/** Inserts an account; undefined when the address is taken (a race with another sign-up). */
export async function insertUser(db: Executor, user: NewUser): Promise<UserRow | undefined> {
  const rows = await db
    .insert(users)
    .values({
      email: user.email.trim().toLowerCase(),
      displayName: user.displayName,
      passwordHash: user.passwordHash,
      siteRole: user.siteRole ?? 'member',
      emailVerifiedAt: user.emailVerifiedAt ?? null,
      locale: user.locale ?? 'de',
    })
    .onConflictDoNothing()
    .returning();
  return rows[0];
}

export async function updateUser(
  db: Executor,
  id: string,
  patch: Partial<Pick<UserRow, 'email' | 'displayName' | 'passwordHash' | 'siteRole' | 'emailVerifiedAt' | 'locale' | 'disabledAt' | 'deletedAt'>>,
): Promise<UserRow | undefined> {
  const rows = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return rows[0];
}

export async function countUsersWithRole(db: Executor, role: SiteRole): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.siteRole, role), isNull(users.deletedAt), isNull(users.disabledAt)));
  return rows[0]?.n ?? 0;
}

/** Live accounts with one of these roles, e.g. the editors to tell of something that waits for them. */
export async function listActiveUsersWithRoles(db: Executor, roles: SiteRole[]): Promise<Pick<UserRow, 'id' | 'email' | 'locale'>[]> {
  return db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(and(inArray(users.siteRole, roles), isNull(users.deletedAt), isNull(users.disabledAt)))
    .orderBy(users.email);
}
