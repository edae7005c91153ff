import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { type Direction, moveEntry } from '../../../platform/editor/move.ts';
import { lockGroup } from '../core/repository.ts';
import { groupSubject } from './audit-subject.ts';
import { listGroupFiles, updateGroupFilePosition } from './repository.ts';

/** Moves an entry of the group's shelf a step up or down; at either end it stays where it is. */
export async function moveGroupFile(
  db: Database,
  options: { actor: AuditActor; groupId: string; entryId: string; direction: Direction },
): Promise<'moved' | 'notFound'> {
  const { actor, groupId, entryId, direction } = options;
  return db.transaction(async (tx) => {
    if (!(await lockGroup(tx, groupId))) return 'notFound';
    const moved = await moveEntry(await listGroupFiles(tx, groupId), entryId, direction, (id, position) => updateGroupFilePosition(tx, id, position));
    if (!moved) return 'notFound';
    await recordAudit(tx, actor, 'network.file.move', groupSubject(groupId), { id: entryId, position: moved.before }, { id: entryId, position: moved.after });
    return 'moved';
  });
}
