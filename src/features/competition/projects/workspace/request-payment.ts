import { recordAudit, type AuditActor } from '../../../../platform/audit/record.ts';
import type { Executor } from '../../../../platform/db/client.ts';

import { insertPayment, listPayments, lockProject, type PaymentRow } from './repository.ts';
import { fundsOf, isOpen } from './rules.ts';

export type RequestPaymentOutcome =
  | { kind: 'requested'; payment: PaymentRow }
  | { kind: 'overRemaining'; remainingCents: number }
  | { kind: 'completed' }
  | { kind: 'notFound' };

/**
 * A manager's request for funds. The project row stays locked from the sum of the earlier
 * requests to the insert, so that two requests sent at the same moment are counted one after
 * the other and never add up to more than the award together.
 */
export async function requestPayment(
  db: Executor,
  options: { actor: AuditActor; projectId: string; amountCents: number; purpose: string; now: Date },
): Promise<RequestPaymentOutcome> {
  return db.transaction(async (tx): Promise<RequestPaymentOutcome> => {
    const project = await lockProject(tx, options.projectId);
    if (!project) return { kind: 'notFound' };
    if (!isOpen(project.status)) return { kind: 'completed' };
    const { remainingCents } = fundsOf(project.amountCents, await listPayments(tx, project.id));
    if (options.amountCents > remainingCents) return { kind: 'overRemaining', remainingCents };
    const payment = await insertPayment(tx, {
      projectId: project.id,
      amountCents: options.amountCents,
      purpose: options.purpose,
      requestedAt: options.now,
      requestedBy: options.actor.id,
    });
    await recordAudit(tx, options.actor, 'competition.payment.request', { type: 'competition_payment', id: payment.id }, null, {
      projectId: project.id,
      amountCents: payment.amountCents,
      purpose: payment.purpose,
      status: payment.status,
    });
    return { kind: 'requested', payment };
  });
}
