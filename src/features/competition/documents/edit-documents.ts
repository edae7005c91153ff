import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { moveEntry, type Direction } from '../../../platform/editor/move.ts';
import type { StoredFileMeta } from '../../../platform/files/index.ts';
import { lockCall } from '../core/repository.ts';
import { deleteCallDocument, insertCallDocument, listCallDocuments, updateDocumentPosition, type CallDocumentRow } from './repository.ts';

interface DocumentTarget {
  actor: CurrentUser;
  callId: string;
  documentId: string;
}

const subject = (callId: string) => ({ type: 'competition_call', id: callId });
const snapshot = (d: Pick<CallDocumentRow, 'id' | 'title' | 'fileId'>) => ({ id: d.id, title: d.title, fileId: d.fileId });

/**
 * Adds a file the route has stored already at the end of the call's documents; the route removes
 * the file again when this refuses. The same bytes twice in one call are refused: a second
 * upload of a document (a new form, not a double click) would list it twice. Runs in the
 * caller's transaction (the once-per-submission one); the call stays locked until it ends, so
 * that two uploads at once get positions one after the other.
 */
export async function addDocument(
  tx: Executor,
  options: { actor: CurrentUser; callId: string; title: string; file: StoredFileMeta },
): Promise<{ kind: 'added'; document: CallDocumentRow } | { kind: 'notFound' } | { kind: 'duplicate'; title: string }> {
  const { actor, callId, title, file } = options;
  if (!(await lockCall(tx, callId))) return { kind: 'notFound' };
  const documents = await listCallDocuments(tx, callId);
  const same = documents.find((d) => d.sha256 === file.sha256);
  if (same) return { kind: 'duplicate', title: same.title };
  const position = documents.reduce((max, d) => Math.max(max, d.position), 0) + 1;
  const document = await insertCallDocument(tx, { callId, position, title, fileId: file.id });
  // only a fixed id can conflict, and the route never gives one
  if (!document) throw new Error('document not inserted');
  await recordAudit(tx, actor, 'competition.document.add', subject(callId), null, snapshot(document));
  return { kind: 'added', document };
}

/** Removes the document from the call; the caller deletes its file once this is committed. */
export async function removeDocument(db: Executor, target: DocumentTarget): Promise<{ kind: 'removed'; fileId: string } | { kind: 'notFound' }> {
  const { actor, callId, documentId } = target;
  return db.transaction(async (tx) => {
    if (!(await lockCall(tx, callId))) return { kind: 'notFound' };
    const removed = await deleteCallDocument(tx, callId, documentId);
    if (!removed) return { kind: 'notFound' };
    await recordAudit(tx, actor, 'competition.document.remove', subject(callId), snapshot(removed), null);
    return { kind: 'removed', fileId: removed.fileId };
  });
}

/** Moves a document a step up or down; at either end it stays where it is. */
export async function moveDocument(db: Executor, target: DocumentTarget & { direction: Direction }): Promise<'moved' | 'notFound'> {
  const { actor, callId, documentId, direction } = target;
  return db.transaction(async (tx) => {
    if (!(await lockCall(tx, callId))) return 'notFound';
    const moved = await moveEntry(await listCallDocuments(tx, callId), documentId, direction, (id, position) => updateDocumentPosition(tx, id, position));
    if (!moved) return 'notFound';
    await recordAudit(
      tx,
      actor,
      'competition.document.move',
      subject(callId),
      { id: documentId, position: moved.before },
      { id: documentId, position: moved.after },
    );
    return 'moved';
  });
}
