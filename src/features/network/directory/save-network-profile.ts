import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateProfile, updateProfile, type ProfileValues } from './repository.ts';

/**
 * Stores the person's own network profile, in the caller's transaction (once per submission).
 * The route has checked the organisation, the Kreis and the fields of action against what exists.
 */
export async function saveNetworkProfile(tx: Executor, options: { actor: AuditActor; values: ProfileValues }): Promise<{ kind: 'saved' }> {
  const { actor, values } = options;
  const current = await lockOrCreateProfile(tx, actor.id);
  const before: ProfileValues = {
    listed: current.listed,
    sector: current.sector,
    jobTitle: current.jobTitle,
    organisationId: current.organisationId,
    kreisOrganisationId: current.kreisOrganisationId,
    fieldsOfAction: current.fieldsOfAction,
    expertise: current.expertise,
    about: current.about,
  };
  await updateProfile(tx, actor.id, values);
  await recordAudit(tx, actor, 'network.profile', { type: 'network_profile', id: actor.id }, before, values);
  return { kind: 'saved' };
}
