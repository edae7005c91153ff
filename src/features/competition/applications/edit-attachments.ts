import type { Executor } from '../../../platform/db/client.ts';
import type { AttachmentKind } from '../core/application-tables.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { deleteAttachment, insertAttachment, updateApplicationRow } from './repository.ts';

/** Attaches a file the route has stored already; the route removes it again when this refuses. */
export async function addAttachment(
  tx: Executor,
  options: { applicationId: string; kind: AttachmentKind; fileId: string; now: Date },
): Promise<{ kind: 'added' } | DraftRefusal> {
  const draft = await lockDraft(tx, options.applicationId, options.now);
  if (draft.kind !== 'ok') return draft;
  await insertAttachment(tx, { applicationId: draft.application.id, kind: options.kind, fileId: options.fileId });
  await updateApplicationRow(tx, draft.application.id, {});
  return { kind: 'added' };
}

/** Removes the attachment; the caller deletes the file once this is committed. */
export async function removeAttachment(
  db: Executor,
  options: { applicationId: string; attachmentId: string; now: Date },
): Promise<{ kind: 'removed'; fileId: string } | DraftRefusal> {
  return db.transaction(async (tx) => {
    const draft = await lockDraft(tx, options.applicationId, options.now);
    if (draft.kind !== 'ok') return draft;
    const removed = await deleteAttachment(tx, draft.application.id, options.attachmentId);
    if (!removed) return { kind: 'notFound' };
    await updateApplicationRow(tx, draft.application.id, {});
    return { kind: 'removed', fileId: removed.fileId };
  });
}
