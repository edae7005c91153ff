import { MY_PROFILE_PATH, personPath } from '../core/paths.ts';

/** The page of a person's own picture, and where each variant of a person's picture is served. */
export const MY_PICTURE_PATH = `${MY_PROFILE_PATH}/bild`;
export function personPicturePath(userId: string, fileId: string): string {
  return `${personPath(userId)}/bild/${fileId}`;
}
