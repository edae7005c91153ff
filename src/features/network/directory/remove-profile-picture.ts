import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { removePicture } from '../../../platform/pictures/index.ts';
import { lockProfile, updateProfile } from './repository.ts';

/** Takes the picture off the person's network profile; its files are for the route to remove after commit. */
export async function removeProfilePicture(
  tx: Executor,
  options: { actor: AuditActor },
): Promise<{ kind: 'removed'; obsoleteFiles: string[] } | { kind: 'noPicture' }> {
  const { actor } = options;
  const profile = await lockProfile(tx, actor.id);
  if (!profile) return { kind: 'noPicture' };
  const change = await removePicture(tx, { current: profile.pictureId, attach: async (pictureId) => updateProfile(tx, actor.id, { pictureId }) });
  if (change === 'noPicture') return { kind: 'noPicture' };
  await recordAudit(tx, actor, 'network.profile.picture.remove', { type: 'network_profile', id: actor.id }, { pictureId: profile.pictureId }, undefined);
  return { kind: 'removed', obsoleteFiles: change.obsoleteFiles };
}
