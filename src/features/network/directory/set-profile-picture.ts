import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { replacePicture, type PreparedPicture } from '../../../platform/pictures/index.ts';
import { lockOrCreateProfile, updateProfile } from './repository.ts';

/**
 * Gives the person's network profile a new picture, or its picture a new text alternative; the
 * old picture's files are for the route to remove after commit.
 */
export async function setProfilePicture(
  tx: Executor,
  options: { actor: AuditActor; prepared: PreparedPicture | undefined; alt: string },
): Promise<{ kind: 'saved'; obsoleteFiles: string[] } | { kind: 'noPicture' }> {
  const { actor, prepared, alt } = options;
  const profile = await lockOrCreateProfile(tx, actor.id);
  const attach = async (pictureId: string | null) => updateProfile(tx, actor.id, { pictureId });
  const change = await replacePicture(tx, { current: profile.pictureId, prepared, alt, createdBy: actor.id, attach });
  if (change === 'noPicture') return { kind: 'noPicture' };
  const before = profile.pictureId ? { pictureId: profile.pictureId } : undefined;
  await recordAudit(tx, actor, 'network.profile.picture', { type: 'network_profile', id: actor.id }, before, { pictureId: change.pictureId, alt });
  return { kind: 'saved', obsoleteFiles: change.obsoleteFiles };
}
