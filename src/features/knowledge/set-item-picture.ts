import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { replacePicture, type PreparedPicture } from '../../platform/pictures/index.ts';
import { lockItemForEditing } from './edit-item.ts';
import { updateItemRow } from './repository.ts';

export type SetItemPictureOutcome = { kind: 'saved'; obsoleteFiles: string[] } | { kind: 'notFound' } | { kind: 'noPicture' };

/**
 * Gives the item a new title picture, or its picture a new text alternative; the old picture's
 * files are for the route to remove after commit. Not a new version: versions hold the texts.
 */
export async function setItemPicture(
  tx: Executor,
  options: { actor: AuditActor; itemId: string; prepared: PreparedPicture | undefined; alt: string },
): Promise<SetItemPictureOutcome> {
  const { actor, itemId, prepared, alt } = options;
  const item = await lockItemForEditing(tx, itemId);
  if (!item) return { kind: 'notFound' };
  const attach = async (pictureId: string | null) => void (await updateItemRow(tx, item.id, { pictureId }));
  const change = await replacePicture(tx, { current: item.pictureId, prepared, alt, createdBy: actor.id, attach });
  if (change === 'noPicture') return { kind: 'noPicture' };
  await recordAudit(tx, actor, 'knowledge.picture', { type: 'knowledge_item', id: item.id }, item.pictureId ? { pictureId: item.pictureId } : undefined, {
    pictureId: change.pictureId,
    alt,
  });
  return { kind: 'saved', obsoleteFiles: change.obsoleteFiles };
}
