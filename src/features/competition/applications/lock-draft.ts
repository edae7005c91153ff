import type { Executor } from '../../../platform/db/client.ts';
import { isEditable } from '../core/application-states.ts';
import { callPhase } from '../core/phase.ts';
import { findCall, type CompetitionCallRow } from '../core/repository.ts';
import { lockApplication, type ApplicationRow } from './repository.ts';

/** Why a draft cannot be changed: submitted already (frozen), or the deadline has passed. */
export type DraftRefusal = { kind: 'notFound' } | { kind: 'frozen' } | { kind: 'closed' };

/**
 * Locks the application for a change of its draft and checks, at this moment on the server,
 * that it is a draft and its call still open: after the deadline nothing can be changed.
 */
export async function lockDraft(
  tx: Executor,
  applicationId: string,
  now: Date,
): Promise<{ kind: 'ok'; application: ApplicationRow; call: CompetitionCallRow } | DraftRefusal> {
  const application = await lockApplication(tx, applicationId);
  if (!application) return { kind: 'notFound' };
  if (!isEditable(application.status)) return { kind: 'frozen' };
  const call = (await findCall(tx, application.callId))!;
  if (callPhase(call, now) !== 'open') return { kind: 'closed' };
  return { kind: 'ok', application, call };
}
