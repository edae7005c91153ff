import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import type { SubmissionRow } from '../core/repository.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { queueReceiptMail } from './mails.ts';
import { updateSubmission } from './repository.ts';

/** What the jury needs at least; references, costs and attachments are welcome but optional. */
export const REQUIRED_TO_SUBMIT = ['title', 'summary', 'description', 'team'] as const;
export type MissingField = (typeof REQUIRED_TO_SUBMIT)[number];

export type SubmitOutcome = { kind: 'submitted'; submission: SubmissionRow } | { kind: 'incomplete'; missing: MissingField[] } | DraftRefusal;

/**
 * Submits the draft in one transaction: the challenge and the submission locked, the deadline
 * checked against `now` – the server's clock when the request came, so one second late is late
 * – the texts complete; then submitted, recorded, and the receipt queued once per submission.
 */
export async function submitSubmission(db: Database, options: { actor: AuditActor; submissionId: string; now: Date; site: MailSite }): Promise<SubmitOutcome> {
  return db.transaction(async (tx): Promise<SubmitOutcome> => {
    const draft = await lockDraft(tx, options.submissionId, options.now);
    if (draft.kind !== 'ok') return draft;
    const missing = REQUIRED_TO_SUBMIT.filter((f) => draft.submission[f].trim() === '');
    if (missing.length > 0) return { kind: 'incomplete', missing };
    const submitted = await updateSubmission(tx, draft.submission.id, { status: 'submitted', submittedAt: options.now });
    await recordAudit(
      tx,
      options.actor,
      'challenges.submission.submit',
      { type: 'challenge_submission', id: submitted.id },
      { status: 'draft' },
      { status: 'submitted', submittedAt: options.now.toISOString() },
    );
    await queueReceiptMail(tx, { submission: submitted, challenge: draft.challenge, site: options.site });
    return { kind: 'submitted', submission: submitted };
  });
}
