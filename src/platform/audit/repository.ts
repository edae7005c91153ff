import { and, asc, desc, eq, gte, ilike, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
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

export async function listAuditSubjectTypes(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ subject_type: string }>(db, sql`select distinct subject_type from audit_log order by subject_type`);
  return rows.map((r) => r.subject_type);
}

/** Entries older than `before` whose names and addresses are still in clear, oldest first. */
export async function listEntriesToPseudonymise(db: Executor, before: Date, limit: number) {
  return db
    .select({ id: auditLog.id, actorId: auditLog.actorId, actorLabel: auditLog.actorLabel, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(isNull(auditLog.pseudonymisedAt), lt(auditLog.at, before)))
    .orderBy(asc(auditLog.at))
    .limit(limit);
}

/** Only the first writer sets the time; a second process computed the same values anyway. */
export async function savePseudonymisedEntry(
  db: Executor,
  id: string,
  values: { actorLabel: string; before: unknown; after: unknown },
  now: Date,
): Promise<void> {
  await db
    .update(auditLog)
    .set({ actorLabel: values.actorLabel, before: values.before ?? null, after: values.after ?? null, pseudonymisedAt: now })
    .where(and(eq(auditLog.id, id), isNull(auditLog.pseudonymisedAt)));
}
