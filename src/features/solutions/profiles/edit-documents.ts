import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { type Direction, moveEntry } from '../../../platform/editor/move.ts';
import type { StoredFileMeta } from '../../../platform/files/index.ts';
import { lockSolution } from '../core/repository.ts';
import {
  deleteSolutionDocument,
  insertSolutionDocument,
  listSolutionDocuments,
  type SolutionDocumentRow,
  updateSolutionDocumentPosition,
} from './repository.ts';

const subject = (solutionId: string) => ({ type: 'solution', id: solutionId });
const snapshot = (d: Pick<SolutionDocumentRow, 'id' | 'title' | 'fileId'>) => ({ id: d.id, title: d.title, fileId: d.fileId });

export type AddDocumentOutcome = { kind: 'added'; document: SolutionDocumentRow } | { kind: 'notFound' } | { kind: 'duplicate'; title: string };

/**
 * Adds a file the route has stored already at the end of the solution's documents; the route
 * removes the file again when this refuses. The same bytes twice are refused: a second upload
 * of a document would list it twice. Runs in the caller's (once-per-submission) transaction; the
 * solution stays locked until it ends, so that two uploads at once get positions in turn.
 */
export async function addDocument(
  tx: Executor,
  options: { actor: AuditActor; solutionId: string; title: string; file: StoredFileMeta },
): Promise<AddDocumentOutcome> {
  const { actor, solutionId, title, file } = options;
  if (!(await lockSolution(tx, solutionId))) return { kind: 'notFound' };
  const documents = await listSolutionDocuments(tx, solutionId);
  const same = documents.find((d) => d.sha256 === file.sha256);
  if (same) return { kind: 'duplicate', title: same.title };
  const position = documents.reduce((max, d) => Math.max(max, d.position), 0) + 1;
  const document = await insertSolutionDocument(tx, { solutionId, position, title, fileId: file.id });
  // only a fixed id can conflict, and the route never gives one
  if (!document) throw new Error('document not inserted');
  await recordAudit(tx, actor, 'solutions.document.add', subject(solutionId), null, snapshot(document));
  return { kind: 'added', document };
}

/** Removes the document from the solution; the caller deletes its file once this is committed. */
export async function removeDocument(
  db: Executor,
  options: { actor: AuditActor; solutionId: string; documentId: string },
): Promise<{ kind: 'removed'; fileId: string } | { kind: 'notFound' }> {
  const { actor, solutionId, documentId } = options;
  return db.transaction(async (tx) => {
    if (!(await lockSolution(tx, solutionId))) return { kind: 'notFound' as const };
    const removed = await deleteSolutionDocument(tx, solutionId, documentId);
    if (!removed) return { kind: 'notFound' as const };
    await recordAudit(tx, actor, 'solutions.document.remove', subject(solutionId), snapshot(removed), null);
    return { kind: 'removed' as const, fileId: removed.fileId };
  });
}

/** Moves a document a step up or down; at either end it stays where it is. */
export async function moveDocument(
  db: Executor,
  options: { actor: AuditActor; solutionId: string; documentId: string; direction: Direction },
): Promise<'moved' | 'notFound'> {
  const { actor, solutionId, documentId, direction } = options;
  return db.transaction(async (tx) => {
    if (!(await lockSolution(tx, solutionId))) return 'notFound';
    const moved = await moveEntry(await listSolutionDocuments(tx, solutionId), documentId, direction, (id, position) =>
      updateSolutionDocumentPosition(tx, id, position),
    );
    if (!moved) return 'notFound';
    await recordAudit(
      tx,
      actor,
      'solutions.document.move',
      subject(solutionId),
      { id: documentId, position: moved.before },
      { id: documentId, position: moved.after },
    );
    return 'moved';
  });
}
