import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { lockGroup } from '../core/repository.ts';
import { groupSubject } from './audit-subject.ts';
import { deleteGroupFile as deleteGroupFileRow } from './repository.ts';

/**
 * Takes the entry off the group's shelf; the route checked that the viewer may (the uploader or
 * a moderator) and deletes the stored file once this is committed, so that a rollback never
 * leaves an entry without its file.
 */
export async function deleteGroupFile(
  db: Database,
  options: { actor: AuditActor; groupId: string; entryId: string },
): Promise<{ kind: 'deleted'; fileId: string } | { kind: 'notFound' }> {
  const { actor, groupId, entryId } = options;
  return db.transaction(async (tx) => {
    if (!(await lockGroup(tx, groupId))) return { kind: 'notFound' as const };
    const deleted = await deleteGroupFileRow(tx, groupId, entryId);
    // deleted already (a second click)
    if (!deleted) return { kind: 'notFound' as const };
    await recordAudit(tx, actor, 'network.file.delete', groupSubject(groupId), { id: deleted.id, title: deleted.title, fileId: deleted.fileId }, null);
    return { kind: 'deleted' as const, fileId: deleted.fileId };
  });
}
