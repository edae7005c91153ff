import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { GROUPS_PATH } from '../core/paths.ts';
import { requireModeratedGroup, requireOwnedGroup, requireReadableGroup, type GroupInContext } from '../core/require-group.ts';
import { groupSectionPath } from '../core/views/group-layout.tsx';
import { changeMemberRole } from './change-member-role.ts';
import { decideJoinRequest } from './decide-join-request.ts';
import { inviteMember } from './invite-member.ts';
import { refusal } from './refusal.ts';
import { removeMember } from './remove-member.ts';
import { revokeInvitation } from './revoke-invitation.ts';
import { declineForm, emptyForm, invitationForm, roleForm, userIdParam } from './schema.ts';
import { getMemberPage } from './service.ts';
import { MembersPageView, reasonFieldName, roleFieldName } from './views/members.tsx';

type SlugRoute = { Params: { slug: string } };
type PersonRoute = { Params: { slug: string; userId: string } };

/** The person a change is about: a malformed id is 404, as is a change of one's own place here. */
function personId(request: FastifyRequest<PersonRoute>): string {
  const parsed = userIdParam.safeParse(request.params.userId);
  if (!parsed.success || parsed.data === request.user?.id) throw notFound();
  return parsed.data;
}

/** The member list; for moderators also requests, invitations and the forms that answer them. */
export function memberRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function renderMembers(
    request: FastifyRequest,
    reply: FastifyReply,
    found: GroupInContext,
    status: number,
    options: { errors?: FieldError[]; values?: FormValues } = {},
  ) {
    const data = await getMemberPage(deps.db, found);
    const notice = knownNotice(request, request.t.networkGroups.notices);
    const view = h(MembersPageView, {
      ctx: request.view(),
      group: found.group,
      standing: found.standing,
      data,
      notice: notice && request.t.networkGroups.notices[notice.word],
      ...options,
    });
    return reply.page(view, status);
  }

  const membersPath = (found: GroupInContext) => groupSectionPath(found.group.slug, 'members');

  app.get<SlugRoute>(`${GROUPS_PATH}/:slug/mitglieder`, async (request, reply) => {
    const found = await requireReadableGroup(deps.db, request.params.slug, request.user);
    return renderMembers(request, reply, found, 200);
  });

  app.post<PersonRoute>(`${GROUPS_PATH}/:slug/anfragen/:userId/annehmen`, { preHandler: requireUser }, async (request, reply) => {
    const userId = personId(request);
    const found = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
    const form = parseForm(emptyForm, request.body, request.t);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const decided = await decideJoinRequest(tx, { actor: request.user!, groupId: found.group.id, userId, decision: { kind: 'accept' } });
      return decided === 'accepted' ? membersPath(found) : { refused: decided };
    });
    if ('refused' in outcome) throw refusal(outcome.refused === 'declined' ? 'notFound' : outcome.refused);
    return redirectWithNotice(reply, outcome.location, { word: 'accepted' });
  });

  app.post<PersonRoute>(`${GROUPS_PATH}/:slug/anfragen/:userId/ablehnen`, { preHandler: requireUser }, async (request, reply) => {
    const userId = personId(request);
    const found = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
    const form = parseForm(declineForm, request.body, request.t);
    if (!form.ok) {
      // the form's one field is named after the person, so that each request on the page keeps its own error
      const field = reasonFieldName(userId);
      const errors = form.errors.map((e) => ({ ...e, field }));
      return renderMembers(request, reply, found, 400, { errors, values: { [field]: form.values.reason ?? '' } });
    }
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const decision = { kind: 'decline' as const, reason: form.data.reason };
      const decided = await decideJoinRequest(tx, { actor: request.user!, groupId: found.group.id, userId, decision });
      return decided === 'declined' ? membersPath(found) : { refused: decided };
    });
    if ('refused' in outcome) throw refusal(outcome.refused === 'accepted' ? 'notFound' : outcome.refused);
    return redirectWithNotice(reply, outcome.location, { word: 'declined' });
  });

  app.post<SlugRoute>(`${GROUPS_PATH}/:slug/einladungen`, { preHandler: requireUser }, async (request, reply) => {
    const found = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
    const form = parseForm(invitationForm, request.body, request.t);
    if (!form.ok) return renderMembers(request, reply, found, 400, { errors: form.errors, values: form.values });
    const email = form.data.email;
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const invited = await inviteMember(tx, { actor: request.user!, groupId: found.group.id, email });
      return invited === 'invited' ? membersPath(found) : { refused: invited };
    });
    if (!('refused' in outcome)) return redirectWithNotice(reply, outcome.location, { word: 'invited' });
    const refused = outcome.refused;
    if (refused === 'notFound' || refused === 'notAllowed') throw refusal(refused);
    const message = request.t.networkGroups.validation[refused === 'unknownEmail' ? 'unknownEmail' : 'alreadyInGroup'];
    return renderMembers(request, reply, found, refused === 'unknownEmail' ? 400 : 409, { errors: [{ field: 'email', message }], values: { email } });
  });

  app.post<PersonRoute>(`${GROUPS_PATH}/:slug/einladungen/:userId/zuruecknehmen`, { preHandler: requireUser }, async (request, reply) => {
    const userId = personId(request);
    const found = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
    parseForm(emptyForm, request.body, request.t);
    const outcome = await revokeInvitation(deps, { actor: request.user!, groupId: found.group.id, userId });
    if (outcome === 'notFound' || outcome === 'notAllowed') throw refusal(outcome);
    return outcome === 'revoked' ? redirectWithNotice(reply, membersPath(found), { word: 'revoked' }) : reply.redirect(membersPath(found), 303);
  });

  app.post<PersonRoute>(`${GROUPS_PATH}/:slug/mitglieder/:userId/rolle`, { preHandler: requireUser }, async (request, reply) => {
    const userId = personId(request);
    const found = await requireOwnedGroup(deps.db, request.params.slug, request.user!);
    const form = parseForm(roleForm, request.body, request.t);
    const field = roleFieldName(userId);
    if (!form.ok) return renderMembers(request, reply, found, 400, { errors: [{ field, message: form.errors[0]?.message ?? '' }] });
    const outcome = await changeMemberRole(deps, { actor: request.user!, groupId: found.group.id, userId, role: form.data.role });
    if (outcome === 'notFound' || outcome === 'notAllowed') throw refusal(outcome);
    if (outcome === 'lastOwner')
      return renderMembers(request, reply, found, 409, { errors: [{ field, message: request.t.networkGroups.validation.lastOwner }] });
    return outcome === 'changed' ? redirectWithNotice(reply, membersPath(found), { word: 'roleChanged' }) : reply.redirect(membersPath(found), 303);
  });

  app.post<PersonRoute>(`${GROUPS_PATH}/:slug/mitglieder/:userId/entfernen`, { preHandler: requireUser }, async (request, reply) => {
    const userId = personId(request);
    const found = await requireModeratedGroup(deps.db, request.params.slug, request.user!);
    parseForm(emptyForm, request.body, request.t);
    const outcome = await removeMember(deps, { actor: request.user!, groupId: found.group.id, userId });
    if (outcome !== 'removed') throw refusal(outcome);
    return redirectWithNotice(reply, membersPath(found), { word: 'removed' });
  });
}
