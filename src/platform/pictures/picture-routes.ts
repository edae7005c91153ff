import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { JSX } from 'preact';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Executor } from '../db/client.ts';
import type { AppDeps } from '../deps.ts';
import { notFound } from '../http/errors.ts';
import { knownNotice, redirectWithNotice } from '../http/notice.ts';
import { newSubmissionId, type FieldError, type FormValues } from '../http/form.ts';
import { runOncePerSubmissionUnlessRefused } from '../http/submissions.ts';
import { receivePictureForm, uploadMegabytes } from './picture-form.ts';
import { discardPictureFiles, type PreparedPicture } from './prepare-picture.ts';

/** What the feature's picture page is given, beyond its owner. */
export interface PicturePageProps {
  maxMb: number;
  submissionId: string;
  /** after a redirect: what was done, once */
  notice?: PictureNotice | undefined;
  errors?: FieldError[] | undefined;
  values?: FormValues | undefined;
  chosenAgain?: string | undefined;
}

const NOTICES = { pictureSaved: true, pictureRemoved: true } as const;
export type PictureNotice = keyof typeof NOTICES;

type Changed = { kind: 'notFound' } | { kind: 'noPicture' };

/** The owner's id in the address; none where the page is the signed-in person's own. */
type IdRoute = { Params: { id?: string } };

export interface PictureRoutes<Owner> {
  /** the page's address, with the owner's id as :id, or without one where the owner is the person signed in */
  path: string;
  /** role check, before the owner is looked up */
  preHandler: preHandlerHookHandler;
  /** the page or item the picture belongs to (from the address's :id, or the person); throws 404 when there is none */
  load(request: FastifyRequest<IdRoute>): Promise<Owner>;
  pictureOf(owner: Owner): string | null;
  /** the feature's command: a new picture or a new text, in the transaction given */
  set(
    tx: Executor,
    options: { actor: CurrentUser; owner: Owner; prepared: PreparedPicture | undefined; alt: string },
  ): Promise<{ kind: 'saved'; obsoleteFiles: string[] } | Changed>;
  remove(tx: Executor, options: { actor: CurrentUser; owner: Owner }): Promise<{ kind: 'removed'; obsoleteFiles: string[] } | Changed>;
  /** the feature's picture page in its own frame */
  page(request: FastifyRequest, owner: Owner, props: PicturePageProps): Promise<JSX.Element>;
}

/**
 * The routes of a picture page (GET the page, POST the picture form, POST …/entfernen), the same
 * for every feature whose pages carry a picture. The feature decides who may come, what the
 * picture belongs to and what the change records; the platform reads the upload, makes the
 * variants and keeps the files and the rows in step.
 */
export function pictureRoutes<Owner>(app: FastifyInstance, deps: AppDeps, routes: PictureRoutes<Owner>): void {
  const guard = { preHandler: routes.preHandler };
  // the id has been found by load(), so it is a real one
  const pagePath = (request: FastifyRequest<IdRoute>) => (request.params.id === undefined ? routes.path : routes.path.replace(':id', request.params.id));
  const props = (extra: Partial<PicturePageProps> = {}): PicturePageProps => ({ maxMb: uploadMegabytes(deps), submissionId: newSubmissionId(), ...extra });

  app.get<IdRoute>(routes.path, guard, async (request, reply) => {
    const owner = await routes.load(request);
    return reply.page(await routes.page(request, owner, props({ notice: knownNotice(request, NOTICES)?.word })));
  });

  app.post<IdRoute>(routes.path, guard, async (request, reply): Promise<FastifyReply> => {
    const owner = await routes.load(request);
    const form = await receivePictureForm(request, deps, { hasPicture: routes.pictureOf(owner) !== null });
    if (form.kind === 'invalid') {
      const { errors, values, chosenAgain } = form;
      return reply.page(
        await routes.page(request, owner, props({ errors, values, chosenAgain, submissionId: form.submissionId ?? newSubmissionId() })),
        form.status,
      );
    }
    const made = form.prepared?.variants.map((v) => v.fileId) ?? [];
    let obsolete: string[] = [];
    let outcome: Awaited<ReturnType<typeof runOncePerSubmissionUnlessRefused<Changed>>>;
    try {
      outcome = await runOncePerSubmissionUnlessRefused<Changed>(deps.db, form.submissionId, async (tx) => {
        const saved = await routes.set(tx, { actor: request.user!, owner, prepared: form.prepared, alt: form.alt });
        if (saved.kind !== 'saved') return { refused: saved };
        obsolete = saved.obsoleteFiles;
        return pagePath(request);
      });
    } catch (error) {
      await discardPictureFiles(deps.files, made);
      throw error;
    }
    // The files are tidied before the answer goes out: once it has, the next request may look.
    if ('refused' in outcome || outcome.repeated) await discardPictureFiles(deps.files, made);
    else await discardPictureFiles(deps.files, obsolete);
    if ('refused' in outcome) {
      if (outcome.refused.kind === 'notFound') throw notFound();
      // The picture was removed while the form was open: a new one must be chosen.
      const errors = [{ field: 'picture', message: request.t.pictures.validation.fileRequired }];
      return reply.page(
        await routes.page(request, owner, props({ errors, values: { alt: form.alt }, submissionId: form.submissionId ?? newSubmissionId() })),
        409,
      );
    }
    return redirectWithNotice(reply, outcome.location, { word: 'pictureSaved' });
  });

  app.post<IdRoute>(`${routes.path}/entfernen`, guard, async (request, reply) => {
    const owner = await routes.load(request);
    const outcome = await deps.db.transaction((tx) => routes.remove(tx, { actor: request.user!, owner }));
    if (outcome.kind === 'notFound') throw notFound();
    // Removed twice (a double click) is removed all the same.
    if (outcome.kind === 'removed') await discardPictureFiles(deps.files, outcome.obsoleteFiles);
    return redirectWithNotice(reply, pagePath(request), { word: 'pictureRemoved' });
  });
}
