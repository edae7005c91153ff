import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { moveForm } from '../../../platform/editor/move.ts';
import { type DocumentFormState, receiveDocumentUpload } from '../../../platform/files/document-upload.ts';
import { sendStoredFile, storedFileCaching } from '../../../platform/files/index.ts';
import { badRequest, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import type { DocumentNotice } from '../../../platform/views/components/documents.tsx';
import { type GroupInContext, requireGroup, requireReadableGroup } from '../core/require-group.ts';
import { addGroupFile } from './add-group-file.ts';
import { deleteGroupFile } from './delete-group-file.ts';
import { moveGroupFile } from './move-group-file.ts';
import { groupFilePath, groupFilesPath } from './paths.ts';
import { findGroupFile, listGroupFiles } from './repository.ts';
import { canArrangeShelf, canDeleteFile, canUploadFile } from './rules.ts';
import { groupFileForm } from './schema.ts';
import { GroupFilesPage } from './views/files-page.tsx';

type SlugRoute = { Params: { slug: string } };
type EntryRoute = { Params: { slug: string; fileId: string } };

const NOTICES: Record<DocumentNotice, true> = { added: true, removed: true, moved: true };

/**
 * A group's file shelf: read and downloaded by whoever reads the group (a hidden group's
 * addresses answer 404 to outsiders, a members-only group's 403), filled by its members,
 * cleared by the uploader or a moderator, ordered by the moderators.
 */
export function shelfFileRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };
  const maxMegabytes = Math.floor(deps.config.uploadMaxBytes / (1024 * 1024));
  const at = groupFilesPath(':slug');

  async function showPage(
    request: FastifyRequest,
    reply: FastifyReply,
    found: GroupInContext,
    state: DocumentFormState & { notice?: DocumentNotice | undefined },
    status = 200,
  ): Promise<FastifyReply> {
    const { group, standing } = found;
    const files = await listGroupFiles(deps.db, group.id);
    const entries = files.map((file) => ({ file, canDelete: canDeleteFile(standing, file, request.user?.id) }));
    return reply.page(
      h(GroupFilesPage, {
        ctx: request.view(),
        group,
        standing,
        entries,
        canUpload: canUploadFile(standing),
        canArrange: canArrangeShelf(standing),
        maxMegabytes,
        ...state,
      }),
      status,
    );
  }

  /** The entry of this group named in the address; another group's id or no uuid is 404. */
  async function requireEntry(groupId: string, entryId: string) {
    const entry = isUuid(entryId) ? await findGroupFile(deps.db, groupId, entryId) : undefined;
    if (!entry) throw notFound();
    return entry;
  }

  app.get<SlugRoute>(at, async (request, reply) => {
    const found = await requireReadableGroup(deps.db, request.params.slug, request.user);
    return showPage(request, reply, found, { submissionId: newSubmissionId(), notice: knownNotice(request, NOTICES)?.word });
  });

  app.post<SlugRoute>(at, guard, async (request, reply) => {
    const found = await requireReadableGroup(deps.db, request.params.slug, request.user);
    if (!canUploadFile(found.standing)) throw forbidden();
    const { group } = found;
    return receiveDocumentUpload(request, reply, deps, {
      schema: groupFileForm,
      words: request.t.networkShelf.files.errors,
      location: groupFilesPath(group.slug),
      add: (tx, document) => addGroupFile(tx, { actor: request.user!, groupId: group.id, ...document }),
      showPage: (state, status) => showPage(request, reply, found, state, status),
    });
  });

  // Files are sent as stored: compressing documents gains little, and ranges must count stored bytes.
  app.get<EntryRoute>(groupFilePath(':slug', ':fileId'), { compress: false }, async (request, reply) => {
    const { group } = await requireReadableGroup(deps.db, request.params.slug, request.user);
    const entry = await requireEntry(group.id, request.params.fileId);
    // a public group's file too: taking it off the shelf must take it out of every cache
    reply.header('cache-control', storedFileCaching(false));
    return (await sendStoredFile(reply, deps.files, entry.fileId)) ?? reply.callNotFound();
  });

  app.post<EntryRoute>(groupFilePath(':slug', ':fileId', 'loeschen'), guard, async (request, reply) => {
    const { group, standing } = await requireReadableGroup(deps.db, request.params.slug, request.user);
    const entry = await requireEntry(group.id, request.params.fileId);
    if (!canDeleteFile(standing, entry, request.user!.id)) throw forbidden();
    const outcome = await deleteGroupFile(deps.db, { actor: request.user!, groupId: group.id, entryId: entry.id });
    // deleted in the meantime (a second click)
    if (outcome.kind === 'notFound') throw notFound();
    await deps.files.delete(outcome.fileId);
    return redirectWithNotice(reply, groupFilesPath(group.slug), { word: 'removed' });
  });

  app.post<EntryRoute>(groupFilePath(':slug', ':fileId', 'verschieben'), guard, async (request, reply) => {
    const { group, standing } = await requireGroup(deps.db, request.params.slug, request.user);
    if (!canArrangeShelf(standing)) throw forbidden();
    const entry = await requireEntry(group.id, request.params.fileId);
    const form = parseForm(moveForm, request.body, request.t);
    // Only the two buttons send this form; anything else is not a person's mistake.
    if (!form.ok) throw badRequest('unknown direction');
    const outcome = await moveGroupFile(deps.db, { actor: request.user!, groupId: group.id, entryId: entry.id, direction: form.data.direction });
    if (outcome === 'notFound') throw notFound();
    return redirectWithNotice(reply, groupFilesPath(group.slug), { word: 'moved' });
  });
}
