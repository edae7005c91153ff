import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { canTransition } from '../core/application-states.ts';

import { queueScreeningMail } from './mails.ts';
import { lockApplication, updateApplicationRow } from './repository.ts';

export type ScreeningOutcome = 'eligible' | 'queried' | 'ineligible';

/**
 * The editors' formal check of a submitted application: complete, a question to the
 * applicant (who is told by e-mail and replies on the platform), or not eligible with the
 * reason, which the applicant is told too.
 */
export async function screenApplication(
  db: Executor,
  options: { actor: AuditActor; applicationId: string; outcome: ScreeningOutcome; note: string; now: Date; site: { baseUrl: string; siteName: string } },
): Promise<{ kind: 'screened' } | { kind: 'notFound' } | { kind: 'notAllowed' }> {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, options.applicationId);
    if (!application) return { kind: 'notFound' };
    if (!canTransition(application.status, options.outcome)) return { kind: 'notAllowed' };
    const screened = await updateApplicationRow(tx, application.id, {
      status: options.outcome,
      screeningNote: options.note || null,
      screenedAt: options.now,
      ...(options.outcome === 'queried' ? { applicantReply: null } : {}),
    });
    await recordAudit(
      tx,
      options.actor,
      `competition.application.screen.${options.outcome}`,
      { type: 'competition_application', id: application.id },
      {
        status: application.status,
      },
      { status: options.outcome, screeningNote: options.note },
    );
    if (options.outcome !== 'eligible') await queueScreeningMail(tx, screened, options.site);
    return { kind: 'screened' };
  });
}

/** The applicant's answer to the editors' question: back into their queue. */
export async function replyToQuery(
  db: Executor,
  options: { actor: AuditActor; applicationId: string; reply: string },
): Promise<{ kind: 'replied' } | { kind: 'notFound' } | { kind: 'notAllowed' }> {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, options.applicationId);
    if (!application) return { kind: 'notFound' };
    if (application.status !== 'queried') return { kind: 'notAllowed' };
    await updateApplicationRow(tx, application.id, { status: 'submitted', applicantReply: options.reply });
    await recordAudit(
      tx,
      options.actor,
      'competition.application.reply',
      { type: 'competition_application', id: application.id },
      { status: 'queried' },
      {
        status: 'submitted',
      },
    );
    return { kind: 'replied' };
  });
}
