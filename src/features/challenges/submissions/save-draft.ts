import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { updateSubmission } from './repository.ts';
import type { DraftInput } from './schema.ts';

const FIELDS = ['title', 'summary', 'description', 'team', 'references', 'costs'] as const;

/** Saves the draft's texts while it is a draft and its challenge open; the audit names the fields changed. */
export async function saveDraft(
  db: Database,
  options: { actor: AuditActor; submissionId: string; input: DraftInput; now: Date },
): Promise<{ kind: 'saved' } | DraftRefusal> {
  return db.transaction(async (tx) => {
    const draft = await lockDraft(tx, options.submissionId, options.now);
    if (draft.kind !== 'ok') return draft;
    const changed = FIELDS.filter((f) => draft.submission[f] !== options.input[f]);
    if (changed.length === 0) return { kind: 'saved' };
    await updateSubmission(tx, draft.submission.id, options.input);
    // The texts themselves stay out of the log: it would keep every version of a proposal.
    await recordAudit(tx, options.actor, 'challenges.submission.save', { type: 'challenge_submission', id: draft.submission.id }, null, {
      fields: changed,
    });
    return { kind: 'saved' };
  });
}
