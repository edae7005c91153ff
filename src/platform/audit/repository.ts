import { and, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { auditLog } from '../db/tables.ts';

export interface AuditEntry {
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId?: string | null | undefined;
  before?: unknown;
  after?: unknown;
}

export async function insertAuditEntry(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export interface AuditFilter {
  /** matches the actor's label (e-mail at the time) */
  actor?: string | undefined;
  action?: string | undefined;
  subjectType?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.actor) parts.push(ilike(auditLog.actorLabel, `%${escapeLike(filter.actor)}%`));
  if (filter.action) parts.push(or(eq(auditLog.action, filter.action), ilike(auditLog.action, `${escapeLike(filter.action)}.%`)) as SQL);
  if (filter.subjectType) parts.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.to) parts.push(lte(auditLog.at, filter.to));
  return parts.length ? and(...parts) : undefined;
}

export async function listAuditEntries(db: Executor, filter: AuditFilter, limit: number, offset: number) {
  return db.select().from(auditLog).where(conditions(filter)).orderBy(desc(auditLog.at)).limit(limit).offset(offset);
}

export async function countAuditEntries(db: Executor, filter: AuditFilter): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(conditions(filter));
  return rows[0]?.n ?? 0;
}

export async function listAuditActions(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(db, sql`select distinct action from audit_log order by action`);
  return rows.map((r) => r.action);
}
