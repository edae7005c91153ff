import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { pictureRoutes } from '../../../platform/pictures/index.ts';
import { MY_PICTURE_PATH } from './paths.ts';
import { removeProfilePicture } from './remove-profile-picture.ts';
import { getMyProfile } from './service.ts';
import { setProfilePicture } from './set-profile-picture.ts';
import { MyPicturePage } from './views/my-picture-page.tsx';

/** The person's own picture, through the platform's picture page: its owner is the person signed in. */
export function profilePictureRoutes(app: FastifyInstance, deps: AppDeps): void {
  pictureRoutes(app, deps, {
    path: MY_PICTURE_PATH,
    preHandler: requireUser,
    load: (request) => getMyProfile(deps.db, request.user!.id),
    pictureOf: (mine) => mine.profile?.pictureId ?? null,
    set: (tx, { actor, prepared, alt }) => setProfilePicture(tx, { actor, prepared, alt }),
    remove: (tx, { actor }) => removeProfilePicture(tx, { actor }),
    page: async (request, mine, props) => h(MyPicturePage, { ctx: request.view(), picture: mine.picture, ...props }),
  });
}
