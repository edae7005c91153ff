import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { sendStoredFile, storedFileCaching } from '../files/index.ts';
import { findPictureOfFile } from './repository.ts';

/**
 * Sends one variant of a picture, if the file is one of this picture's. The feature has checked
 * who may see the page the picture belongs to; `shared` says that anyone may. Undefined when the
 * file is not the picture's.
 */
export async function sendPictureFile(
  reply: FastifyReply,
  deps: AppDeps,
  options: { pictureId: string | null; fileId: string; shared: boolean },
): Promise<FastifyReply | undefined> {
  const { pictureId, fileId, shared } = options;
  if (!pictureId || (await findPictureOfFile(deps.db, fileId)) !== pictureId) return undefined;
  reply.header('cache-control', storedFileCaching(shared));
  return sendStoredFile(reply, deps.files, fileId);
}
