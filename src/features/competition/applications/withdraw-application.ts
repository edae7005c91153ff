import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { canWithdraw } from '../core/application-states.ts';
import { lockCall } from '../core/repository.ts';

import { findApplication, lockApplication, updateApplicationRow } from './repository.ts';

/**
 * The applicant withdraws a submitted application, possible until the decision is released.
 * The call is locked first, as the editors' decisions lock it, so that a withdrawal and an
 * award or the release never cross.
 */
export async function withdrawApplication(
  db: Executor,
  options: { actor: AuditActor; applicationId: string; now: Date },
): Promise<{ kind: 'withdrawn' } | { kind: 'notFound' } | { kind: 'notAllowed' }> {
  return db.transaction(async (tx) => {
    const found = await findApplication(tx, options.applicationId);
    const call = found ? await lockCall(tx, found.callId) : undefined;
    const application = call ? await lockApplication(tx, options.applicationId) : undefined;
    if (!call || !application) return { kind: 'notFound' };
    if (!canWithdraw(application.status, call.decisionsReleasedAt !== null)) return { kind: 'notAllowed' };
    // an award the applicant never heard of is given back to the budget
    await updateApplicationRow(tx, application.id, { status: 'withdrawn', withdrawnAt: options.now, awardedCents: null });
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
