import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { newSubmissionId, parseForm, toValues, type FieldError } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmission } from '../../../platform/http/submissions.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { GROUPS_PATH, NEW_GROUP_PATH, groupPath } from '../core/paths.ts';
import { requireGroup, requireOwnedGroup } from '../core/require-group.ts';
import { createGroup } from './create-group.ts';
import { joinRoutes } from './join-routes.ts';
import { memberRoutes } from './member-routes.ts';
import { refusal } from './refusal.ts';
import { groupForm, groupListQuery, type GroupInput } from './schema.ts';
import { renderOverview } from './overview-page.ts';
import { getGroupFormChoices, getGroupList, type GroupFormChoices } from './service.ts';
import { updateGroupSettings } from './update-group.ts';
import { CreateGroupPage, EditGroupPage, groupValues } from './views/group-form.tsx';
import { GroupListPageView } from './views/list.tsx';

type SlugRoute = { Params: { slug: string } };

/** What the person typed, for the form shown again; parseForm has checked that it is a form body. */
const typedValues = (body: unknown) => toValues(body as Record<string, unknown>);

/** The choices the form offers are the only ones it takes: a region or field from elsewhere is a field error. */
function choiceErrors(input: GroupInput, choices: GroupFormChoices, t: Messages): FieldError[] {
  const errors: FieldError[] = [];
  if (input.region && !choices.regions.some((r) => r.id === input.region)) errors.push({ field: 'region', message: t.networkGroups.validation.regionUnknown });
  const known = new Set(choices.fields.map((f) => f.slug));
  if (input.fieldsOfAction.some((f) => !known.has(f))) errors.push({ field: 'fieldsOfAction', message: t.networkGroups.validation.fieldUnknown });
  return errors;
}

/** Groups: the list, founding one, a group's overview and its settings; joining and members in their own files. */
export function groupsRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get(GROUPS_PATH, async (request, reply) => {
    const query = groupListQuery.parse(request.query ?? {});
    const filter = { handlungsfeld: query.handlungsfeld, programm: query.programm };
    const result = await getGroupList(
      deps.db,
      request.user?.id,
      { fieldOfAction: query.handlungsfeld || undefined, programme: query.programm || undefined },
      query.seite,
    );
    return reply.page(h(GroupListPageView, { ctx: request.view(), filter, result }));
  });

  app.get(NEW_GROUP_PATH, { preHandler: requireUser }, async (request, reply) => {
    const choices = await getGroupFormChoices(deps.db);
    return reply.page(h(CreateGroupPage, { ctx: request.view(), choices, submissionId: newSubmissionId() }));
  });

  app.post(NEW_GROUP_PATH, { preHandler: requireUser }, async (request, reply) => {
    const form = parseForm(groupForm, request.body, request.t);
    const choices = await getGroupFormChoices(deps.db);
    const errors = form.ok ? choiceErrors(form.data, choices, request.t) : form.errors;
    if (!form.ok || errors.length > 0) {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(CreateGroupPage, { ctx: request.view(), choices, submissionId, values: typedValues(request.body), errors }), 400);
    }
    const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const group = await createGroup(tx, { actor: request.user!, input: form.data });
      return groupPath(group.slug);
    });
    return redirectWithNotice(reply, outcome.location, { word: 'created' });
  });

  app.get<SlugRoute>(`${GROUPS_PATH}/:slug`, async (request, reply) => {
    const found = await requireGroup(deps.db, request.params.slug, request.user);
    return renderOverview(deps, request, reply, found);
  });

  app.get<SlugRoute>(`${GROUPS_PATH}/:slug/bearbeiten`, { preHandler: requireUser }, async (request, reply) => {
    const { group, standing } = await requireOwnedGroup(deps.db, request.params.slug, request.user!);
    const choices = await getGroupFormChoices(deps.db);
    return reply.page(h(EditGroupPage, { ctx: request.view(), group, standing, choices, values: groupValues(group) }));
  });

  app.post<SlugRoute>(`${GROUPS_PATH}/:slug/bearbeiten`, { preHandler: requireUser }, async (request, reply) => {
    // Authorise before validating, so that nobody else learns anything from the answer.
    const { group, standing } = await requireOwnedGroup(deps.db, request.params.slug, request.user!);
    const form = parseForm(groupForm, request.body, request.t);
    const choices = await getGroupFormChoices(deps.db);
    const errors = form.ok ? choiceErrors(form.data, choices, request.t) : form.errors;
    if (!form.ok || errors.length > 0) {
      return reply.page(h(EditGroupPage, { ctx: request.view(), group, standing, choices, values: typedValues(request.body), errors }), 400);
    }
    const outcome = await updateGroupSettings(deps, { actor: request.user!, groupId: group.id, input: form.data });
    if (outcome !== 'saved') throw refusal(outcome);
    return redirectWithNotice(reply, groupPath(group.slug), { word: 'saved' });
  });

  joinRoutes(app, deps);
  memberRoutes(app, deps);
}
