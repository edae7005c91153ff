import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { replacePicture, type PreparedPicture } from '../../../platform/pictures/index.ts';
import { updateEventRow } from '../core/event-repository.ts';
import { lockEventForEditing } from './edit-event.ts';

export interface SetEventPictureOptions {
  actor: CurrentUser;
  eventId: string;
  /** a new picture, or undefined to change only the text alternative of the current one */
  prepared: PreparedPicture | undefined;
  alt: string;
}

export type SetEventPictureOutcome = { kind: 'saved'; obsoleteFiles: string[] } | { kind: 'notFound' } | { kind: 'noPicture' };

/** Gives the event a new picture, or its picture a new text alternative; the old picture's files are for the route to remove after commit. */
export async function setEventPicture(tx: Executor, options: SetEventPictureOptions): Promise<SetEventPictureOutcome> {
  const { actor, eventId, prepared, alt } = options;
  const event = await lockEventForEditing(tx, eventId);
  if (!event) return { kind: 'notFound' };
  const attach = async (pictureId: string | null) => void (await updateEventRow(tx, event.id, { pictureId }));
  const change = await replacePicture(tx, { current: event.pictureId, prepared, alt, createdBy: actor.id, attach });
  if (change === 'noPicture') return { kind: 'noPicture' };
  await recordAudit(tx, actor, 'event.picture', { type: 'event', id: event.id }, event.pictureId ? { pictureId: event.pictureId } : undefined, {
    pictureId: change.pictureId,
    alt,
  });
  return { kind: 'saved', obsoleteFiles: change.obsoleteFiles };
}
