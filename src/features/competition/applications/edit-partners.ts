import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { answerCoApplicant, deleteCoApplicant, insertCoApplicant, lockApplication } from './repository.ts';

export type InviteOutcome = { kind: 'invited' } | { kind: 'notJoint' } | { kind: 'self' } | { kind: 'already' } | DraftRefusal;

/** Invites an organisation to apply together; the route has found it. Only calls that allow joint applications. */
export async function invitePartner(
  tx: Executor,
  options: { actor: AuditActor; applicationId: string; partner: { id: string; name: string }; part: string; now: Date },
): Promise<InviteOutcome> {
  const draft = await lockDraft(tx, options.applicationId, options.now);
  if (draft.kind !== 'ok') return draft;
  if (!draft.call.jointApplications) return { kind: 'notJoint' };
  if (options.partner.id === draft.application.organisationId) return { kind: 'self' };
  const invited = await insertCoApplicant(tx, {
    applicationId: draft.application.id,
    organisationId: options.partner.id,
    organisationName: options.partner.name,
    part: options.part,
  });
  if (!invited) return { kind: 'already' };
  await recordAudit(tx, options.actor, 'competition.application.invitePartner', { type: 'competition_application', id: draft.application.id }, null, {
    organisation: options.partner.name,
  });
  return { kind: 'invited' };
}

export async function removePartner(
  db: Executor,
  options: { actor: AuditActor; applicationId: string; organisationId: string; now: Date },
): Promise<{ kind: 'removed' } | DraftRefusal> {
  return db.transaction(async (tx) => {
    const draft = await lockDraft(tx, options.applicationId, options.now);
    if (draft.kind !== 'ok') return draft;
    const removed = await deleteCoApplicant(tx, draft.application.id, options.organisationId);
    if (!removed) return { kind: 'notFound' };
    await recordAudit(
      tx,
      options.actor,
      'competition.application.removePartner',
      { type: 'competition_application', id: draft.application.id },
      {
        organisation: removed.organisationName,
      },
      null,
    );
    return { kind: 'removed' };
  });
}

/**
 * The invited organisation's manager confirms or declines its part, once. An application
 * that was submitted or withdrawn meanwhile takes no answer any more.
 */
export async function answerInvitation(
  db: Executor,
  options: { actor: AuditActor; applicationId: string; organisationId: string; answer: 'confirmed' | 'declined' },
): Promise<{ kind: 'answered' } | { kind: 'notFound' } | { kind: 'answeredBefore' } | { kind: 'frozen' }> {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, options.applicationId);
    if (!application) return { kind: 'notFound' };
    if (application.status !== 'draft') return { kind: 'frozen' };
    const row = await answerCoApplicant(tx, { ...options, status: options.answer, userId: options.actor.id });
    if (!row) return { kind: 'answeredBefore' };
    await recordAudit(tx, options.actor, `competition.application.partner.${options.answer}`, { type: 'competition_application', id: application.id }, null, {
      organisation: row.organisationName,
    });
    return { kind: 'answered' };
  });
}
