import { and, asc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/client.ts';
import { users, type SiteRole } from '../../platform/db/tables.ts';

export interface UserFilter {
  query?: string | undefined;
  role?: SiteRole | undefined;
  status?: 'active' | 'unverified' | 'disabled' | undefined;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function userConditions(filter: UserFilter): SQL | undefined {
  const parts: SQL[] = [isNull(users.deletedAt)];
  if (filter.query) {
    const q = `%${escapeLike(filter.query)}%`;
    parts.push(or(ilike(users.email, q), ilike(users.displayName, q)) as SQL);
  }
  if (filter.role) parts.push(eq(users.siteRole, filter.role));
  if (filter.status === 'disabled') parts.push(isNotNull(users.disabledAt));
  if (filter.status === 'unverified') parts.push(and(isNull(users.emailVerifiedAt), isNull(users.disabledAt)) as SQL);
  if (filter.status === 'active') parts.push(and(isNotNull(users.emailVerifiedAt), isNull(users.disabledAt)) as SQL);
  return and(...parts);
}

export async function listUsers(db: Executor, filter: UserFilter, limit: number, offset: number) {
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      siteRole: users.siteRole,
      emailVerifiedAt: users.emailVerifiedAt,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(userConditions(filter))
    .orderBy(asc(users.displayName), asc(users.email))
    .limit(limit)
    .offset(offset);
}

export async function countUsers(db: Executor, filter: UserFilter): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(userConditions(filter));
  return rows[0]?.n ?? 0;
}

export interface AdminStats {
  users: number;
  unverified: number;
  organisations: number;
  openJobs: number;
}

export async function readStats(db: Executor): Promise<AdminStats> {
  const rows = await queryRows<{ users: number; unverified: number; organisations: number; open_jobs: number }>(
    db,
    sql`select
          (select count(*)::int from users where deleted_at is null) as users,
          (select count(*)::int from users where deleted_at is null and email_verified_at is null) as unverified,
          (select count(*)::int from organisations) as organisations,
          (select count(*)::int from jobs where done_at is null and failed_at is null) as open_jobs`,
  );
  const r = rows[0];
  return { users: r?.users ?? 0, unverified: r?.unverified ?? 0, organisations: r?.organisations ?? 0, openJobs: r?.open_jobs ?? 0 };
}
