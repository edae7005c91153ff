import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { type FieldError, type FormValues, newSubmissionId, parseForm, toValues } from '../../../platform/http/form.ts';
import { runOncePerSubmission, runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { mailSite } from '../../../platform/mail/site.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import { OWNER_PATH, ownerChallengePath } from '../core/paths.ts';
import { type ChallengeRow, type CriterionRow, listCriteria } from '../core/repository.ts';
import { requireOwnChallenge } from '../core/require-challenge.ts';
import { addCriterion } from './add-criterion.ts';
import { getChallengeOverview, getFormChoices, getOwnerList, isEditor } from './authoring-service.ts';
import { changeCriterion } from './change-criterion.ts';
import { criteriaLocked, mayEdit } from './checklist.ts';
import { createChallenge } from './create-challenge.ts';
import { editorRoutes } from './editor-routes.ts';
import { answerRefusal, criteriaRefusal, type Refusal } from './refusals.ts';
import { removeCriterion } from './remove-criterion.ts';
import { findCriterion } from './repository.ts';
import { buttonForm, type ChallengeInput, challengeForm, criterionForm } from './schema.ts';
import { sendForReview } from './send-for-review.ts';
import { updateChallenge } from './update-challenge.ts';
import { type ChallengeFormProps, EditChallengePage, NewChallengePage, challengeValues, newChallengeValues } from './views/challenge-form.tsx';
import { CriteriaPage, criterionField } from './views/criteria.tsx';
import { MyChallengesPage } from './views/mine.tsx';
import { OwnerOverviewPage } from './views/overview.tsx';
import { authoringNotice, redirectWithAuthoringNotice } from './notices.ts';
import { ownerCrumbs } from './views/shared.tsx';

type IdRoute = { Params: { id: string } };
type CriterionRoute = { Params: { id: string; criterionId: string } };

const NEW = `${OWNER_PATH}/neu`;
const CHALLENGE = `${OWNER_PATH}/:id`;

/**
 * The owners' pages (signed in; the challenge's owners only, 404 for anyone else): their list,
 * a new challenge, its overview, texts and timeline, criteria, and sending it to the editors.
 * The editors' approval is in editor-routes.ts.
 */
export function authoringRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  /** The choices of the form and the form's values checked against them: a forged choice is a field error. */
  async function choicesAndChecks(request: FastifyRequest, input: ChallengeInput | undefined, current?: ChallengeRow) {
    const choices = await getFormChoices(deps.db, request.user!, current);
    const v = request.t.challengesAuthoring.validation;
    const errors: FieldError[] = [];
    if (input && !choices.organisations.some((o) => o.id === input.organisationId)) errors.push({ field: 'organisationId', message: v.organisationNotYours });
    const known = new Set(choices.fields.map((f) => f.slug));
    if (input && !input.texts.fieldsOfAction.every((slug) => known.has(slug))) errors.push({ field: 'fieldsOfAction', message: v.fieldsOfAction });
    return { choices, errors };
  }

  /** People who may post for no municipality are told who may, instead of a form they cannot send. */
  function notAllowed(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const m = request.t.challengesAuthoring.mine;
    return reply.page(h(MessagePage, { ctx: request.view(), title: m.notAllowedTitle, body: m.notAllowed, breadcrumbs: ownerCrumbs(request.view()) }), 403);
  }

  app.get(OWNER_PATH, guard, async (request, reply) => {
    const { challenges, mayPost } = await getOwnerList(deps.db, request.user!);
    return reply.page(h(MyChallengesPage, { ctx: request.view(), challenges, mayPost, notice: authoringNotice(request) }));
  });

  app.get(NEW, guard, async (request, reply) => {
    const { choices } = await choicesAndChecks(request, undefined);
    if (choices.organisations.length === 0) return notAllowed(request, reply);
    const values = newChallengeValues(choices.organisations);
    return reply.page(h(NewChallengePage, { ctx: request.view(), ...choices, values, submissionId: newSubmissionId() }));
  });

  app.post(NEW, guard, async (request, reply) => {
    const user = request.user!;
    const form = parseForm(challengeForm({ now: new Date() }), request.body, request.t);
    const { choices, errors } = await choicesAndChecks(request, form.ok ? form.data : undefined);
    if (choices.organisations.length === 0) return notAllowed(request, reply);
    if (!form.ok || errors.length > 0) {
      const page: ChallengeFormProps & { submissionId: string } = {
        ctx: request.view(),
        ...choices,
        values: form.ok ? toValues(request.body as Record<string, unknown>) : form.values,
        errors: form.ok ? errors : form.errors,
        submissionId: form.submissionId ?? newSubmissionId(),
      };
      return reply.page(h(NewChallengePage, page), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const challenge = await createChallenge(tx, { actor: user, input: form.data });
      return ownerChallengePath(challenge.id);
    });
    return redirectWithAuthoringNotice(reply, location, 'created');
  });

  async function overviewPage(request: FastifyRequest, reply: FastifyReply, challenge: ChallengeRow, errors?: FieldError[], status = 200) {
    const overview = await getChallengeOverview(deps.db, challenge);
    const page = h(OwnerOverviewPage, {
      ctx: request.view(),
      overview,
      mayEdit: mayEdit(challenge, isEditor(request.user!)),
      submissionId: newSubmissionId(),
      notice: status === 200 ? authoringNotice(request) : undefined,
      errors,
    });
    return reply.page(page, status);
  }

  const backTo = (request: FastifyRequest, challenge: ChallengeRow) => [
    ...ownerCrumbs(request.view()),
    { href: ownerChallengePath(challenge.id), label: challenge.title },
  ];
  const refuse = (request: FastifyRequest, reply: FastifyReply, challenge: ChallengeRow, refusal: Refusal) =>
    answerRefusal(request, reply, refusal, backTo(request, challenge));

  app.get<IdRoute>(CHALLENGE, guard, async (request, reply) => {
    const challenge = await requireOwnChallenge(deps.db, request.user!, request.params.id);
    return overviewPage(request, reply, challenge);
  });

  app.get<IdRoute>(`${CHALLENGE}/bearbeiten`, guard, async (request, reply) => {
    const user = request.user!;
    const challenge = await requireOwnChallenge(deps.db, user, request.params.id);
    if (!mayEdit(challenge, isEditor(user))) return refuse(request, reply, challenge, 'notEditable');
    const { choices } = await choicesAndChecks(request, undefined, challenge);
    return reply.page(h(EditChallengePage, { ctx: request.view(), ...choices, challenge, values: challengeValues(challenge) }));
  });

  app.post<IdRoute>(`${CHALLENGE}/bearbeiten`, guard, async (request, reply) => {
    const user = request.user!;
    const challenge = await requireOwnChallenge(deps.db, user, request.params.id);
    const editor = isEditor(user);
    if (!mayEdit(challenge, editor)) return refuse(request, reply, challenge, 'notEditable');
    const form = parseForm(challengeForm(), request.body, request.t);
    const { choices, errors } = await choicesAndChecks(request, form.ok ? form.data : undefined, challenge);
    if (!form.ok || errors.length > 0) {
      const values = form.ok ? toValues(request.body as Record<string, unknown>) : form.values;
      const page = h(EditChallengePage, { ctx: request.view(), ...choices, challenge, values, errors: form.ok ? errors : form.errors });
      return reply.page(page, 400);
    }
    const outcome = await updateChallenge(deps, { actor: user, challengeId: challenge.id, input: form.data, isEditor: editor });
    if (outcome !== 'saved') return refuse(request, reply, challenge, outcome);
    return redirectWithAuthoringNotice(reply, ownerChallengePath(challenge.id), 'saved');
  });

  app.post<IdRoute>(`${CHALLENGE}/freigabe`, guard, async (request, reply) => {
    const user = request.user!;
    const challenge = await requireOwnChallenge(deps.db, user, request.params.id);
    const form = parseForm(buttonForm, request.body, request.t);
    // The form is only a button: anything else in it is not a person's mistake.
    if (!form.ok) throw badRequest('button form');
    const site = await mailSite(deps);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const sent = await sendForReview(tx, { actor: user, challengeId: challenge.id, site });
      return sent.kind === 'sent' ? ownerChallengePath(challenge.id) : { refused: sent };
    });
    if (!('refused' in outcome)) return redirectWithAuthoringNotice(reply, outcome.location, 'sent');
    const refused = outcome.refused;
    if (refused.kind === 'incomplete') {
      const missing = request.t.challengesAuthoring.overview.missing;
      const lead = request.t.challengesAuthoring.overview.missingLead;
      return overviewPage(
        request,
        reply,
        challenge,
        refused.missing.map((item) => ({ field: 'send', message: `${lead} ${missing[item]}` })),
        400,
      );
    }
    return refuse(request, reply, challenge, refused.kind);
  });

  // The criteria: changed by the owners while the challenge is theirs to change, by no one after the deadline.
  async function criteriaPage(
    request: FastifyRequest,
    reply: FastifyReply,
    challenge: ChallengeRow,
    failed?: { criterionId: string | undefined; values: FormValues; errors: FieldError[]; submissionId?: string | undefined },
  ) {
    const locked = criteriaLocked(challenge, new Date()) || !mayEdit(challenge, isEditor(request.user!));
    const page = h(CriteriaPage, {
      ctx: request.view(),
      challenge,
      criteria: await listCriteria(deps.db, challenge.id),
      locked,
      submissionId: failed?.submissionId ?? newSubmissionId(),
      failed,
      notice: failed ? undefined : authoringNotice(request),
    });
    return reply.page(page, failed ? 400 : 200);
  }

  /** Why the criteria may not change now, checked before the form is read. */
  function criteriaClosed(user: CurrentUser, challenge: ChallengeRow): Refusal | undefined {
    if (criteriaLocked(challenge, new Date())) return 'criteriaLocked';
    if (!mayEdit(challenge, isEditor(user))) return 'notEditable';
    return undefined;
  }

  async function challengeAndCriterion(request: FastifyRequest<CriterionRoute>): Promise<{ challenge: ChallengeRow; criterion: CriterionRow }> {
    const challenge = await requireOwnChallenge(deps.db, request.user!, request.params.id);
    const { criterionId } = request.params;
    const criterion = isUuid(criterionId) ? await findCriterion(deps.db, challenge.id, criterionId) : undefined;
    if (!criterion) throw notFound();
    return { challenge, criterion };
  }

  app.get<IdRoute>(`${CHALLENGE}/kriterien`, guard, async (request, reply) => {
    return criteriaPage(request, reply, await requireOwnChallenge(deps.db, request.user!, request.params.id));
  });

  app.post<IdRoute>(`${CHALLENGE}/kriterien`, guard, async (request, reply) => {
    const user = request.user!;
    const challenge = await requireOwnChallenge(deps.db, user, request.params.id);
    const closed = criteriaClosed(user, challenge);
    if (closed) return refuse(request, reply, challenge, closed);
    const form = parseForm(criterionForm, request.body, request.t);
    if (!form.ok)
      return criteriaPage(request, reply, challenge, { criterionId: undefined, values: form.values, errors: form.errors, submissionId: form.submissionId });
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const added = await addCriterion(tx, { actor: user, challengeId: challenge.id, input: form.data, isEditor: isEditor(user) });
      return added === 'added' ? ownerChallengePath(challenge.id, 'kriterien') : { refused: added };
    });
    if ('refused' in outcome) return refuse(request, reply, challenge, criteriaRefusal(outcome.refused));
    return redirectWithAuthoringNotice(reply, outcome.location, 'criterionAdded');
  });

  app.post<CriterionRoute>(`${CHALLENGE}/kriterien/:criterionId`, guard, async (request, reply) => {
    const user = request.user!;
    const { challenge, criterion } = await challengeAndCriterion(request);
    const closed = criteriaClosed(user, challenge);
    if (closed) return refuse(request, reply, challenge, closed);
    const form = parseForm(criterionForm, request.body, request.t);
    if (!form.ok) {
      const errors = form.errors.map((e) => ({ ...e, field: criterionField(e.field, criterion.id) }));
      return criteriaPage(request, reply, challenge, { criterionId: criterion.id, values: form.values, errors });
    }
    const outcome = await changeCriterion(deps, {
      actor: user,
      challengeId: challenge.id,
      criterionId: criterion.id,
      input: form.data,
      isEditor: isEditor(user),
    });
    if (outcome !== 'saved') return refuse(request, reply, challenge, criteriaRefusal(outcome));
    return redirectWithAuthoringNotice(reply, ownerChallengePath(challenge.id, 'kriterien'), 'criterionSaved');
  });

  app.post<CriterionRoute>(`${CHALLENGE}/kriterien/:criterionId/entfernen`, guard, async (request, reply) => {
    const user = request.user!;
    const { challenge, criterion } = await challengeAndCriterion(request);
    const closed = criteriaClosed(user, challenge);
    if (closed) return refuse(request, reply, challenge, closed);
    const outcome = await removeCriterion(deps, { actor: user, challengeId: challenge.id, criterionId: criterion.id, isEditor: isEditor(user) });
    if (outcome !== 'removed') return refuse(request, reply, challenge, criteriaRefusal(outcome));
    return redirectWithAuthoringNotice(reply, ownerChallengePath(challenge.id, 'kriterien'), 'criterionRemoved');
  });

  editorRoutes(app, deps);
}
