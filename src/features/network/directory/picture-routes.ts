import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { newSubmissionId } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { discardPictureFiles, receivePictureForm, uploadMegabytes, type PicturePageProps } from '../../../platform/pictures/index.ts';
import { MY_PICTURE_PATH } from './paths.ts';
import { removeProfilePicture } from './remove-profile-picture.ts';
import { getMyProfile } from './service.ts';
import { setProfilePicture } from './set-profile-picture.ts';
import { MyPicturePage } from './views/my-picture-page.tsx';

const NOTICES = { pictureSaved: true, pictureRemoved: true } as const;

/**
 * The person's own picture: the platform's picture form (pictureRoutes serves pages of an owner
 * with an id; this page's owner is the person signed in), with the same care for the files: the
 * variants of a refused or repeated upload and those of a replaced picture are removed.
 */
export function profilePictureRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    props: Partial<PicturePageProps> = {},
    status: 200 | 400 | 409 | 413 = 200,
  ): Promise<FastifyReply> {
    const { picture } = await getMyProfile(deps.db, request.user!.id);
    const page = h(MyPicturePage, { ctx: request.view(), picture, maxMb: uploadMegabytes(deps), submissionId: newSubmissionId(), ...props });
    return reply.page(page, status);
  }

  app.get(MY_PICTURE_PATH, guard, async (request, reply) => show(request, reply, { notice: knownNotice(request, NOTICES)?.word }));

  app.post(MY_PICTURE_PATH, guard, async (request, reply) => {
    const { profile } = await getMyProfile(deps.db, request.user!.id);
    const form = await receivePictureForm(request, deps, { hasPicture: Boolean(profile?.pictureId) });
    if (form.kind === 'invalid') {
      const { errors, values, chosenAgain } = form;
      return show(request, reply, { errors, values, chosenAgain, submissionId: form.submissionId ?? newSubmissionId() }, form.status);
    }
    const made = form.prepared?.variants.map((v) => v.fileId) ?? [];
    let obsolete: string[] = [];
    let outcome: Awaited<ReturnType<typeof runOncePerSubmissionUnlessRefused<'noPicture'>>>;
    try {
      outcome = await runOncePerSubmissionUnlessRefused<'noPicture'>(deps.db, form.submissionId, async (tx) => {
        const saved = await setProfilePicture(tx, { actor: request.user!, prepared: form.prepared, alt: form.alt });
        if (saved.kind !== 'saved') return { refused: 'noPicture' };
        obsolete = saved.obsoleteFiles;
        return MY_PICTURE_PATH;
      });
    } catch (error) {
      await discardPictureFiles(deps.files, made);
      throw error;
    }
    // The files are tidied before the answer goes out: once it has, the next request may look.
    if ('refused' in outcome || outcome.repeated) await discardPictureFiles(deps.files, made);
    else await discardPictureFiles(deps.files, obsolete);
    if ('refused' in outcome) {
      // The picture was removed while the form was open: a new one must be chosen.
      const errors = [{ field: 'picture', message: request.t.pictures.validation.fileRequired }];
      return show(request, reply, { errors, values: { alt: form.alt }, submissionId: form.submissionId ?? newSubmissionId() }, 409);
    }
    return redirectWithNotice(reply, outcome.location, { word: 'pictureSaved' });
  });

  app.post(`${MY_PICTURE_PATH}/entfernen`, guard, async (request, reply) => {
    const outcome = await deps.db.transaction((tx) => removeProfilePicture(tx, { actor: request.user! }));
    // Removed twice (a double click) is removed all the same.
    if (outcome.kind === 'removed') await discardPictureFiles(deps.files, outcome.obsoleteFiles);
    return redirectWithNotice(reply, MY_PICTURE_PATH, { word: 'pictureRemoved' });
  });
}
