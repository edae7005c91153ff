import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { lockSolution } from '../core/repository.ts';
import { queueRequestMails, type MailSite } from './mails.ts';
import { findOpenAdoption, insertAdoption, type AdoptionRow } from './repository.ts';

export type RequestOutcome =
  | { kind: 'requested'; adoption: AdoptionRow }
  | { kind: 'notPublished' }
  | { kind: 'ownSolution' }
  | { kind: 'alreadyOpen'; adoptionId: string | undefined };

/**
 * An organisation asks to adopt a published solution; the owner's managers hear of it by
 * e-mail. Runs in the caller's transaction (the submission's), under the solution's lock, so
 * that a solution taken off the library in the meantime takes no request. The owner never
 * adopts its own solution, and an organisation has one open adoption of a solution at a time:
 * the partial unique index turns the second of two simultaneous requests into nothing.
 */
export async function requestAdoption(
  tx: Tx,
  options: { actor: AuditActor; solutionId: string; organisation: { id: string; name: string }; message: string; site: MailSite },
): Promise<RequestOutcome> {
  const solution = await lockSolution(tx, options.solutionId);
  if (solution?.status !== 'published') return { kind: 'notPublished' };
  if (solution.ownerOrganisationId === options.organisation.id) return { kind: 'ownSolution' };
  const adoption = await insertAdoption(tx, {
    solutionId: solution.id,
    organisationId: options.organisation.id,
    message: options.message,
    requestedBy: options.actor.id,
  });
  if (!adoption) return { kind: 'alreadyOpen', adoptionId: (await findOpenAdoption(tx, solution.id, options.organisation.id))?.id };
  await recordAudit(tx, options.actor, 'solution.adoption.request', { type: 'solution_adoption', id: adoption.id }, undefined, {
    solutionId: solution.id,
    organisationId: options.organisation.id,
    status: adoption.status,
    message: options.message,
  });
  await queueRequestMails(tx, {
    adoption,
    solutionTitle: solution.title,
    ownerOrganisationId: solution.ownerOrganisationId,
    adopterName: options.organisation.name,
    site: options.site,
  });
  return { kind: 'requested', adoption };
}
