import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { removePicture } from '../../../platform/pictures/index.ts';
import { updateEventRow } from '../core/event-repository.ts';
import { lockEventForEditing } from './edit-event.ts';

export type RemoveEventPictureOutcome = { kind: 'removed'; obsoleteFiles: string[] } | { kind: 'notFound' } | { kind: 'noPicture' };

/** Takes the picture off the event; its files are for the route to remove after commit. */
export async function removeEventPicture(tx: Executor, options: { actor: CurrentUser; eventId: string }): Promise<RemoveEventPictureOutcome> {
  const event = await lockEventForEditing(tx, options.eventId);
  if (!event) return { kind: 'notFound' };
  const change = await removePicture(tx, { current: event.pictureId, attach: async (pictureId) => void (await updateEventRow(tx, event.id, { pictureId })) });
  if (change === 'noPicture') return { kind: 'noPicture' };
  await recordAudit(tx, options.actor, 'event.picture.remove', { type: 'event', id: event.id }, { pictureId: event.pictureId }, undefined);
  return { kind: 'removed', obsoleteFiles: change.obsoleteFiles };
}
