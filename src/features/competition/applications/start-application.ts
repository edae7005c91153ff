import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { ineligibility, type Applicant, type IneligibleReason } from '../core/eligibility.ts';
import { callPhase } from '../core/phase.ts';
import type { CompetitionCallRow } from '../core/repository.ts';

import { findCurrentApplication, insertApplication, type ApplicationRow } from './repository.ts';

export type StartOutcome =
  | { kind: 'started'; application: ApplicationRow }
  /** the organisation has an application for the call already: the person continues it */
  | { kind: 'exists'; application: ApplicationRow }
  | { kind: 'closed' }
  | { kind: 'ineligible'; reasons: IneligibleReason[] };

/**
 * Starts the organisation's application to the call as a draft. The route has checked that
 * the person manages the organisation; eligibility and the call's phase are checked here, at
 * the moment of starting.
 */
export async function startApplication(
  db: Executor,
  options: { actor: AuditActor; call: CompetitionCallRow; organisation: Applicant & { id: string; name: string }; now: Date },
): Promise<StartOutcome> {
  const { call, organisation } = options;
  if (callPhase(call, options.now) !== 'open') return { kind: 'closed' };
  const reasons = ineligibility(call, organisation);
  if (reasons.length > 0) return { kind: 'ineligible', reasons };
  return db.transaction((tx) => insertDraft(tx, options));
}

async function insertDraft(
  tx: Executor,
  { actor, call, organisation }: { actor: AuditActor; call: CompetitionCallRow; organisation: { id: string; name: string } },
): Promise<StartOutcome> {
  const created = await insertApplication(tx, { callId: call.id, organisationId: organisation.id, organisationName: organisation.name, createdBy: actor.id });
  if (!created) return { kind: 'exists', application: (await findCurrentApplication(tx, call.id, organisation.id))! };
  await recordAudit(tx, actor, 'competition.application.start', { type: 'competition_application', id: created.id }, null, {
    call: call.title,
    organisation: organisation.name,
  });
  return { kind: 'started', application: created };
}
