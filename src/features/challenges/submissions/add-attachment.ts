import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { StoredFileMeta } from '../../../platform/files/index.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { countAttachments, insertAttachment } from './repository.ts';

/** A submission carries at most this many files: the jury reads a proposal, not an archive. */
export const MAX_ATTACHMENTS = 5;

/**
 * Attaches a file the route has stored already; the route removes the file again when this
 * refuses. Runs in the caller's once-per-submission transaction; the draft's lock makes two
 * uploads at once count each other.
 */
export async function addAttachment(
  tx: Executor,
  options: { actor: AuditActor; submissionId: string; title: string; file: StoredFileMeta; now: Date },
): Promise<{ kind: 'added' } | { kind: 'tooMany' } | DraftRefusal> {
  const draft = await lockDraft(tx, options.submissionId, options.now);
  if (draft.kind !== 'ok') return draft;
  if ((await countAttachments(tx, draft.submission.id)) >= MAX_ATTACHMENTS) return { kind: 'tooMany' };
  const title = (options.title || options.file.originalName).slice(0, 200);
  const attachment = await insertAttachment(tx, { submissionId: draft.submission.id, fileId: options.file.id, title });
  await recordAudit(tx, options.actor, 'challenges.submission.attach', { type: 'challenge_submission', id: draft.submission.id }, null, {
    id: attachment.id,
    title,
    fileId: options.file.id,
  });
  return { kind: 'added' };
}
