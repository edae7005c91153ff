import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmission } from '../../../platform/http/submissions.ts';
import { sendPictureFile } from '../../../platform/pictures/index.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { MY_PROFILE_PATH, PEOPLE_PATH, personPath } from '../core/paths.ts';
import { personPicturePath } from './paths.ts';
import { profilePictureRoutes } from './picture-routes.ts';
import { findProfile } from './repository.ts';
import { saveNetworkProfile } from './save-network-profile.ts';
import { directoryQuery, profileForm, type ProfileForm } from './schema.ts';
import { findListedProfile, getDirectoryPage, getMyProfile, getPersonPage, getProfileChoices, type ProfileChoices } from './service.ts';
import { DirectoryPage } from './views/directory-page.tsx';
import { MyProfilePage, profileValues } from './views/my-profile-page.tsx';
import { PersonPage } from './views/person-page.tsx';

type PersonRoute = { Params: { userId: string } };
type PictureFileRoute = { Params: { userId: string; fileId: string } };
type FormState = { values?: FormValues | undefined; errors?: FieldError[] | undefined; submissionId?: string | undefined };

/** The choices the form cannot check by itself: only the person's own organisations, real Kreise, known fields. */
function choiceErrors(request: FastifyRequest, data: ProfileForm, choices: ProfileChoices): FieldError[] {
  const e = request.t.networkDirectory.errors;
  const errors: FieldError[] = [];
  if (data.organisationId && !choices.organisations.some((o) => o.id === data.organisationId))
    errors.push({ field: 'organisationId', message: e.organisationInvalid });
  if (data.kreisOrganisationId && !choices.kreise.some((k) => k.id === data.kreisOrganisationId))
    errors.push({ field: 'kreisOrganisationId', message: e.kreisInvalid });
  if (data.fieldsOfAction.some((slug) => !choices.fields.some((f) => f.slug === slug))) errors.push({ field: 'fieldsOfAction', message: e.fieldsInvalid });
  return errors;
}

/**
 * The directory of people who opted in, each listed person's profile, and the person's own
 * network profile with its picture. Everything of a person is public once listed, except their
 * hidden groups (only for co-members) and never their e-mail address.
 */
export function directoryRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  app.get(PEOPLE_PATH, async (request, reply) => {
    const query = directoryQuery.parse(request.query ?? {});
    const result = await getDirectoryPage(deps.db, query, request.user?.id);
    return reply.page(h(DirectoryPage, { ctx: request.view(), query, result }));
  });

  app.get<PersonRoute>(personPath(':userId'), async (request, reply) => {
    const person = await getPersonPage(deps.db, request.params.userId, request.user?.id);
    if (!person) throw notFound();
    return reply.page(h(PersonPage, { ctx: request.view(), person }));
  });

  // Anyone may see a listed person's picture; an unlisted person sees their own on their picture page.
  app.get<PictureFileRoute>(personPicturePath(':userId', ':fileId'), async (request, reply) => {
    const { userId, fileId } = request.params;
    if (!isUuid(userId) || !isUuid(fileId)) throw notFound();
    const listed = await findListedProfile(deps.db, userId);
    const profile = listed ?? (request.user?.id === userId ? await findProfile(deps.db, userId) : undefined);
    if (!profile) throw notFound();
    return (await sendPictureFile(reply, deps, { pictureId: profile.pictureId, fileId, shared: listed !== undefined })) ?? reply.callNotFound();
  });

  async function showMyProfile(request: FastifyRequest, reply: FastifyReply, form: FormState = {}, status: 200 | 400 = 200): Promise<FastifyReply> {
    const userId = request.user!.id;
    const mine = await getMyProfile(deps.db, userId);
    const notices = request.t.networkDirectory.notices;
    const word = status === 200 ? knownNotice(request, notices)?.word : undefined;
    const page = h(MyProfilePage, {
      ctx: request.view(),
      choices: await getProfileChoices(deps.db, userId),
      profile: mine.profile,
      picture: mine.picture,
      values: form.values ?? profileValues(mine.profile),
      errors: form.errors,
      submissionId: form.submissionId ?? newSubmissionId(),
      notice: word ? notices[word] : undefined,
    });
    return reply.page(page, status);
  }

  app.get(MY_PROFILE_PATH, guard, async (request, reply) => showMyProfile(request, reply));

  app.post(MY_PROFILE_PATH, guard, async (request, reply) => {
    const form = parseForm(profileForm, request.body, request.t);
    if (!form.ok) return showMyProfile(request, reply, form, 400);
    const errors = choiceErrors(request, form.data, await getProfileChoices(deps.db, request.user!.id));
    if (errors.length > 0)
      return showMyProfile(request, reply, { values: toValues(request.body as Record<string, unknown>), errors, submissionId: form.submissionId }, 400);
    const { listed, jobTitle, sector, organisationId, kreisOrganisationId, fieldsOfAction, expertise, about } = form.data;
    const values = {
      listed,
      jobTitle,
      sector: sector ?? null,
      organisationId: organisationId ?? null,
      kreisOrganisationId: kreisOrganisationId ?? null,
      fieldsOfAction,
      expertise,
      about,
    };
    const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await saveNetworkProfile(tx, { actor: request.user!, values });
      return MY_PROFILE_PATH;
    });
    return redirectWithNotice(reply, outcome.location, { word: 'saved' });
  });

  profilePictureRoutes(app, deps);
}
