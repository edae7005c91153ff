import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import { pictureRoutes } from '../../../platform/pictures/index.ts';
import type { EventRow } from '../core/event-repository.ts';
import { eventPictures } from '../core/event-pictures.ts';
import { EDITOR_PATH } from '../core/paths.ts';
import { requireEvent } from '../core/require-event.ts';
import { removeEventPicture } from './remove-event-picture.ts';
import { setEventPicture } from './set-event-picture.ts';
import { EventPicturePage } from './views/picture.tsx';

/** The event's picture: upload, a new text alternative, removal. */
export function editorPictureRoutes(app: FastifyInstance, deps: AppDeps, canEdit: preHandlerHookHandler): void {
  pictureRoutes<EventRow>(app, deps, {
    path: `${EDITOR_PATH}/:id/bild`,
    preHandler: canEdit,
    load: (request) => requireEvent(deps.db, request.params.id ?? ''),
    pictureOf: (event) => event.pictureId,
    set: (tx, { actor, owner, prepared, alt }) => setEventPicture(tx, { actor, eventId: owner.id, prepared, alt }),
    remove: (tx, { actor, owner }) => removeEventPicture(tx, { actor, eventId: owner.id }),
    page: async (request, event, props) =>
      h(EventPicturePage, { ctx: request.view(), event, picture: (await eventPictures(deps.db, [event])).get(event.id), ...props }),
  });
}
