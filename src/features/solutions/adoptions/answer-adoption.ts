import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { findSolution } from '../core/repository.ts';
import { queueAnswerMails, type MailSite } from './mails.ts';
import { lockAdoption, updateAdoptionRow } from './repository.ts';
import { nextStatus, type OwnerStep } from './rules.ts';
import type { AdoptionStatus } from '../core/tables.ts';

export type AnswerOutcome = { kind: 'done' } | { kind: 'notFound' } | { kind: 'notAllowed'; status: AdoptionStatus };

/**
 * The owner organisation's managers accept a request (the adopter is then "interessiert" and
 * may go on) or decline it, saying why. The adopting organisation's managers and the person
 * who asked get the answer by e-mail.
 */
export async function answerAdoption(
  db: Database,
  options: { actor: AuditActor; adoptionId: string; decision: OwnerStep; answer: string; ownerName: string; now: Date; site: MailSite },
): Promise<AnswerOutcome> {
  return db.transaction(async (tx): Promise<AnswerOutcome> => {
    const adoption = await lockAdoption(tx, options.adoptionId);
    if (!adoption) return { kind: 'notFound' };
    const next = nextStatus(adoption.status, options.decision);
    if (!next) return { kind: 'notAllowed', status: adoption.status };
    const updated = await updateAdoptionRow(tx, adoption.id, { status: next, answer: options.answer, answeredBy: options.actor.id, answeredAt: options.now });
    await recordAudit(
      tx,
      options.actor,
      `solution.adoption.${options.decision}`,
      { type: 'solution_adoption', id: adoption.id },
      { status: adoption.status },
      { status: next, answer: options.answer },
    );
    const solution = await findSolution(tx, adoption.solutionId);
    await queueAnswerMails(tx, { adoption: updated, solutionTitle: solution?.title ?? '', ownerName: options.ownerName, site: options.site });
    return { kind: 'done' };
  });
}
