import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { applicationReference, type Blocker } from '../core/application-rules.ts';
import { lockCall } from '../core/repository.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { queueReceipt } from './receipt-job.ts';
import { countReferences, updateApplicationRow } from './repository.ts';
import { loadDossier } from './service.ts';

export type SubmitOutcome = { kind: 'submitted'; reference: string } | { kind: 'incomplete'; blockers: Blocker[] } | DraftRefusal;

/**
 * Submits the application: only a complete draft, only before the deadline as the server's
 * clock says at this moment (one second late is late). Freezes it, gives it the call's next
 * reference number and queues the receipt with its PDF, all in one transaction.
 */
export async function submitApplication(
  db: Database,
  options: { actor: AuditActor; applicationId: string; now: Date; locale: Locale },
): Promise<SubmitOutcome> {
  return db.transaction(async (tx): Promise<SubmitOutcome> => {
    const draft = await lockDraft(tx, options.applicationId, options.now);
    if (draft.kind !== 'ok') return draft;
    const dossier = await loadDossier(tx, draft.application);
    if (dossier.blockers.length > 0) return { kind: 'incomplete', blockers: dossier.blockers };
    // The call's row orders the numbering: two submissions at the same moment get two numbers.
    await lockCall(tx, draft.call.id);
    const reference = applicationReference(draft.call.closesAt, (await countReferences(tx, draft.call.id)) + 1);
    const submitted = await updateApplicationRow(tx, draft.application.id, {
      status: 'submitted',
      reference,
      submittedAt: options.now,
      submittedBy: options.actor.id,
    });
    await recordAudit(
      tx,
      options.actor,
      'competition.application.submit',
      { type: 'competition_application', id: submitted.id },
      { status: 'draft' },
      {
        status: 'submitted',
        reference,
      },
    );
    await queueReceipt(tx, submitted, options.locale);
    return { kind: 'submitted', reference };
  });
}
