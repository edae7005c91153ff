import sharp from 'sharp';
import type { AppDeps } from '../../../platform/deps.ts';
import { makePicture } from '../../../platform/pictures/index.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { lockOrCreateProfile, updateProfile, type ProfileValues } from '../directory/repository.ts';
import { setProfilePicture } from '../directory/set-profile-picture.ts';

/** A person with a network profile as the test says; listed unless told otherwise. */
export async function createProfiledPerson(
  deps: AppDeps,
  options: { displayName?: string; profile?: Partial<ProfileValues> } = {},
): Promise<{ id: string; email: string }> {
  const user = await createTestUser(deps, options.displayName ? { displayName: options.displayName } : {});
  await deps.db.transaction(async (tx) => {
    await lockOrCreateProfile(tx, user.id);
    await updateProfile(tx, user.id, { listed: true, sector: 'verwaltung', ...options.profile });
  });
  return { id: user.id, email: user.email };
}

/** Gives the person's profile a picture through the same command as the upload; the ids of its variants' files. */
export async function givePicture(deps: AppDeps, person: { id: string; email: string }, colour = '#3366aa'): Promise<string[]> {
  const bytes = await sharp({ create: { width: 800, height: 800, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
  const prepared = await makePicture(deps.files, { bytes, name: 'portrait.jpg', createdBy: person.id });
  if (prepared === 'unreadable') throw new Error('test picture unreadable');
  await deps.db.transaction((tx) => setProfilePicture(tx, { actor: person, prepared, alt: 'Porträt' }));
  return prepared.variants.map((v) => v.fileId);
}
