import { canModerate, isActiveMember, type GroupStanding } from '../core/rules.ts';

/** Active members add files; reading them follows the group's visibility (core/rules.ts). */
export function canUploadFile(standing: GroupStanding | undefined): boolean {
  return isActiveMember(standing);
}

/**
 * A file goes with its uploader while they are a member, and with the moderators, who keep the
 * shelf in order; a plain member cannot take away what others shared.
 */
export function canDeleteFile(standing: GroupStanding | undefined, file: { uploadedBy: string | null }, viewerId: string | undefined): boolean {
  if (canModerate(standing)) return true;
  return isActiveMember(standing) && viewerId !== undefined && file.uploadedBy === viewerId;
}

/** Moderators order the shelf and mark events as the group's. */
export function canArrangeShelf(standing: GroupStanding | undefined): boolean {
  return canModerate(standing);
}
