import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { deleteAttachment } from './repository.ts';

/** Removes an attachment of the draft; the caller deletes its file once this is committed. */
export async function removeAttachment(
  db: Database,
  options: { actor: AuditActor; submissionId: string; attachmentId: string; now: Date },
): Promise<{ kind: 'removed'; fileId: string } | { kind: 'noAttachment' } | DraftRefusal> {
  return db.transaction(async (tx) => {
    const draft = await lockDraft(tx, options.submissionId, options.now);
    if (draft.kind !== 'ok') return draft;
    const removed = await deleteAttachment(tx, draft.submission.id, options.attachmentId);
    if (!removed) return { kind: 'noAttachment' as const };
    await recordAudit(
      tx,
      options.actor,
      'challenges.submission.detach',
      { type: 'challenge_submission', id: draft.submission.id },
      { id: removed.id, title: removed.title, fileId: removed.fileId },
      null,
    );
    return { kind: 'removed' as const, fileId: removed.fileId };
  });
}
