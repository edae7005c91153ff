import { recordAudit, type AuditActor } from '../../../../platform/audit/record.ts';
import type { Executor } from '../../../../platform/db/client.ts';
import { findProject } from '../../core/project-repository.ts';

import { queuePaymentMails, type MailSite } from './mails.ts';
import { lockPayment, updatePayment } from './repository.ts';
import { canMovePayment, type PaymentDecision } from './rules.ts';

const ACTIONS = { approved: 'approve', paid: 'pay', rejected: 'reject' } as const;

/**
 * The editors move a payment request along the state table (rules.ts) and the organisation's
 * managers are told. A rejection frees its amount for another request.
 */
export async function decidePayment(
  db: Executor,
  options: { actor: AuditActor; projectId: string; paymentId: string; status: PaymentDecision; note: string; now: Date; site: MailSite },
): Promise<{ kind: 'decided' } | { kind: 'unchanged' } | { kind: 'notAllowed' } | { kind: 'notFound' }> {
  return db.transaction(async (tx) => {
    const before = await lockPayment(tx, options.projectId, options.paymentId);
    const project = before ? await findProject(tx, before.projectId) : undefined;
    if (!before || !project) return { kind: 'notFound' };
    // the same decision sent twice: recorded already
    if (before.status === options.status) return { kind: 'unchanged' };
    if (!canMovePayment(before.status, options.status)) return { kind: 'notAllowed' };
    const payment = await updatePayment(tx, before.id, {
      status: options.status,
      decidedBy: options.actor.id,
      ...(options.status === 'approved' ? { approvedAt: options.now } : {}),
      ...(options.status === 'paid' ? { paidAt: options.now } : {}),
      ...(options.status === 'rejected' ? { note: options.note } : {}),
    });
    await recordAudit(
      tx,
      options.actor,
      `competition.payment.${ACTIONS[options.status]}`,
      { type: 'competition_payment', id: payment.id },
      { status: before.status },
      { status: payment.status, ...(options.status === 'rejected' ? { reason: options.note } : {}) },
    );
    await queuePaymentMails(tx, project, { ...payment, status: options.status }, options.site);
    return { kind: 'decided' };
  });
}
