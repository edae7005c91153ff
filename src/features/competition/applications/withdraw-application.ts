import { recordAudit } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { canWithdraw } from '../core/application-states.ts';
import type { Actor } from './lock-draft.ts';
import { lockApplication, updateApplicationRow } from './repository.ts';

/** The applicant withdraws a submitted application, possible until the decision. */
export async function withdrawApplication(
  db: Executor,
  options: { actor: Actor; applicationId: string; now: Date },
): Promise<{ kind: 'withdrawn' } | { kind: 'notFound' } | { kind: 'notAllowed' }> {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, options.applicationId);
    if (!application) return { kind: 'notFound' };
    if (!canWithdraw(application.status)) return { kind: 'notAllowed' };
    await updateApplicationRow(tx, application.id, { status: 'withdrawn', withdrawnAt: options.now });
    await recordAudit(
      tx,
      options.actor,
      'competition.application.withdraw',
      { type: 'competition_application', id: application.id },
      { status: application.status },
      {
        status: 'withdrawn',
      },
    );
    return { kind: 'withdrawn' };
  });
}
