import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { StoredFileMeta } from '../../../platform/files/index.ts';
import { lockGroup } from '../core/repository.ts';
import { groupSubject } from './audit-subject.ts';
import { insertGroupFile, listGroupFiles, type GroupFileRow } from './repository.ts';

export type AddGroupFileOutcome = { kind: 'added'; entry: GroupFileRow } | { kind: 'notFound' } | { kind: 'duplicate'; title: string };

/**
 * Puts a file the route has stored already at the end of the group's shelf; the route removes
 * the file again when this refuses. The same bytes twice are refused, so that a file shared
 * by two members is listed once. Runs in the caller's (once-per-submission) transaction; the
 * group stays locked until it ends, so that two uploads at once get positions in turn.
 */
export async function addGroupFile(
  tx: Executor,
  options: { actor: AuditActor; groupId: string; title: string; file: StoredFileMeta },
): Promise<AddGroupFileOutcome> {
  const { actor, groupId, title, file } = options;
  if (!(await lockGroup(tx, groupId))) return { kind: 'notFound' };
  const shelf = await listGroupFiles(tx, groupId);
  const same = shelf.find((f) => f.sha256 === file.sha256);
  if (same) return { kind: 'duplicate', title: same.title };
  const position = shelf.reduce((max, f) => Math.max(max, f.position), 0) + 1;
  const entry = await insertGroupFile(tx, { groupId, fileId: file.id, title, position, uploadedBy: actor.id });
  // only a fixed id can conflict, and the route never gives one
  if (!entry) throw new Error('group file not inserted');
  await recordAudit(tx, actor, 'network.file.add', groupSubject(groupId), null, { id: entry.id, title, fileId: file.id });
  return { kind: 'added', entry };
}
