import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { removePicture } from '../../platform/pictures/index.ts';
import { lockItemForEditing } from './edit-item.ts';
import { updateItemRow } from './repository.ts';

export type RemoveItemPictureOutcome = { kind: 'removed'; obsoleteFiles: string[] } | { kind: 'notFound' } | { kind: 'noPicture' };

/** Takes the title picture off the item; its files are for the route to remove after commit. */
export async function removeItemPicture(tx: Executor, options: { actor: AuditActor; itemId: string }): Promise<RemoveItemPictureOutcome> {
  const item = await lockItemForEditing(tx, options.itemId);
  if (!item) return { kind: 'notFound' };
  const change = await removePicture(tx, { current: item.pictureId, attach: async (pictureId) => void (await updateItemRow(tx, item.id, { pictureId })) });
  if (change === 'noPicture') return { kind: 'noPicture' };
  await recordAudit(tx, options.actor, 'knowledge.picture.remove', { type: 'knowledge_item', id: item.id }, { pictureId: item.pictureId }, undefined);
  return { kind: 'removed', obsoleteFiles: change.obsoleteFiles };
}
