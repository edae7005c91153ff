import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { sendStoredFile } from '../files/index.ts';
import { findPictureOfFile } from './repository.ts';

/**
 * Sends one variant of a picture, if the file is one of this picture's. The feature has checked
 * who may see the page the picture belongs to; `shared` says that anyone may. Undefined when the
 * file is not the picture's.
 */
export async function sendPictureFile(reply: FastifyReply, deps: AppDeps, options: { pictureId: string | null; fileId: string; shared: boolean }): Promise<FastifyReply | undefined> {
  const { pictureId, fileId, shared } = options;
  if (!pictureId || (await findPictureOfFile(deps.db, fileId)) !== pictureId) return undefined;
  // A variant's bytes never change (a new picture gets new files), but a page can be withdrawn:
  // a day in shared caches, not a year.
  reply.header('cache-control', shared ? 'public, max-age=86400' : 'private, no-store');
  return sendStoredFile(reply, deps.files, fileId);
}
