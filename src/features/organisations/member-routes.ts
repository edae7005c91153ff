import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { parseForm, type FieldError, type FormValues } from '../../platform/http/form.ts';
import type { Limit } from '../../platform/http/rate-limit.ts';
import { changeMemberRole, type ChangeRoleOutcome } from './change-member-role.ts';
import { decideJoinRequest, type JoinRequestOutcome } from './decide-join-request.ts';
import { inviteMember } from './invite-member.ts';
import { LIST_PATH, membersPath } from './paths.ts';
import { removeMember, type RemoveMemberOutcome } from './remove-member.ts';
import type { OrganisationRow } from './repository.ts';
import { refusedToManager, requireId, requireManagedOrganisation } from './require-organisation.ts';
import { revokeInvitation } from './revoke-invitation.ts';
import { invitationForm, roleForm } from './schema.ts';
import { getMemberAdministration } from './service.ts';
import { MembersPage, roleFieldName } from './views/members.tsx';
import type { NoticeKey } from './views/shared.tsx';
import { knownNotice, redirectWithNotice } from '../../platform/http/notice.ts';

/**
 * Invitation e-mails go out in the platform's name to any address a manager types in. They
 * are counted inside the invitation's transaction (invite-member.ts), only after the manager's
 * rights were checked and only for an invitation that is new, so that nobody else can use up an
 * organisation's e-mails and a refused invitation counts nothing; the route hands them over.
 */
export const LIMITS = {
  // A council or a project team invited at once stays below this; a taken-over manager account
  // cannot use the platform to send more (spam, and the reputation of the sending domain, on
  // which every other e-mail of the platform depends). Past it nothing is invited (429).
  invitationMailsPerOrganisation: { name: 'invitation-mail:organisation', max: 20, windowSeconds: 60 * 60 },
  // Withdrawing and inviting again must not become a way to mail someone over and over; the
  // invitation itself is still saved.
  invitationMailsPerAddress: { name: 'invitation-mail:organisation+address', max: 1, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

type SlugRoute = { Params: { slug: string } };
type MemberRoute = { Params: { slug: string; userId: string } };
type InvitationRoute = { Params: { slug: string; id: string } };

/** The organisation's member page: requests, members, invitations. Managers and administrators only. */
export function memberRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function renderMembers(
    request: FastifyRequest,
    reply: FastifyReply,
    organisation: OrganisationRow,
    status: number,
    options: { errors?: FieldError[]; inviteValues?: FormValues; notice?: NoticeKey | undefined } = {},
  ) {
    const data = await getMemberAdministration(deps.db, organisation);
    return reply.page(h(MembersPage, { ctx: request.view(), data, ...options }), status);
  }

  /** The member a change is about, in an organisation the person manages. */
  async function memberOf(request: FastifyRequest<MemberRoute>) {
    const userId = requireId(request.params.userId);
    const organisation = await requireManagedOrganisation(deps.db, request.user!, request.params.slug);
    return { userId, organisation };
  }

  /** Answers a change of a member; a refused one (last manager) is shown at that member's role. */
  async function answerChange(
    request: FastifyRequest<MemberRoute>,
    reply: FastifyReply,
    { userId, organisation }: { userId: string; organisation: OrganisationRow },
    outcome: JoinRequestOutcome | ChangeRoleOutcome | RemoveMemberOutcome,
    notice: NoticeKey,
  ) {
    if (outcome === 'notFound' || outcome === 'notAllowed') throw refusedToManager(outcome);
    if (outcome === 'lastManager') {
      const errors = [{ field: roleFieldName(userId), message: request.t.organisations.validation.lastManager }];
      return renderMembers(request, reply, organisation, 409, { errors });
    }
    return redirectWithNotice(reply, membersPath(organisation.slug), { word: notice });
  }

  app.get<SlugRoute>(`${LIST_PATH}/:slug/mitglieder`, { preHandler: requireUser }, async (request, reply) => {
    const organisation = await requireManagedOrganisation(deps.db, request.user!, request.params.slug);
    return renderMembers(request, reply, organisation, 200, { notice: knownNotice(request, request.t.organisations.notices)?.word });
  });

  app.post<MemberRoute>(`${LIST_PATH}/:slug/mitglieder/:userId/annehmen`, { preHandler: requireUser }, async (request, reply) => {
    const member = await memberOf(request);
    const outcome = await decideJoinRequest(deps, { actor: request.user!, organisationId: member.organisation.id, userId: member.userId, decision: 'accept' });
    return answerChange(request, reply, member, outcome, 'accepted');
  });

  app.post<MemberRoute>(`${LIST_PATH}/:slug/mitglieder/:userId/ablehnen`, { preHandler: requireUser }, async (request, reply) => {
    const member = await memberOf(request);
    const outcome = await decideJoinRequest(deps, { actor: request.user!, organisationId: member.organisation.id, userId: member.userId, decision: 'decline' });
    return answerChange(request, reply, member, outcome, 'declined');
  });

  app.post<MemberRoute>(`${LIST_PATH}/:slug/mitglieder/:userId/rolle`, { preHandler: requireUser }, async (request, reply) => {
    const member = await memberOf(request);
    const form = parseForm(roleForm, request.body, request.t);
    if (!form.ok) {
      const errors = [{ field: roleFieldName(member.userId), message: form.errors[0]?.message ?? '' }];
      return renderMembers(request, reply, member.organisation, 400, { errors });
    }
    const outcome = await changeMemberRole(deps, { actor: request.user!, organisationId: member.organisation.id, userId: member.userId, role: form.data.role });
    return answerChange(request, reply, member, outcome, 'roleChanged');
  });

  app.post<MemberRoute>(`${LIST_PATH}/:slug/mitglieder/:userId/entfernen`, { preHandler: requireUser }, async (request, reply) => {
    const member = await memberOf(request);
    const outcome = await removeMember(deps, { actor: request.user!, organisationId: member.organisation.id, userId: member.userId });
    return answerChange(request, reply, member, outcome, 'removed');
  });

  app.post<SlugRoute>(`${LIST_PATH}/:slug/einladungen`, { preHandler: requireUser }, async (request, reply) => {
    const organisation = await requireManagedOrganisation(deps.db, request.user!, request.params.slug);
    const form = parseForm(invitationForm, request.body, request.t);
    if (!form.ok) return renderMembers(request, reply, organisation, 400, { errors: form.errors, inviteValues: form.values });
    const { email, role } = form.data;
    const outcome = await inviteMember(deps, { actor: request.user!, organisationId: organisation.id, email, role, limits: LIMITS });
    switch (outcome) {
      case 'notFound':
      case 'notAllowed':
        throw refusedToManager(outcome);
      case 'alreadyMember':
      case 'tooManyInvitations': {
        const errors = [{ field: 'email', message: request.t.organisations.validation[outcome] }];
        return renderMembers(request, reply, organisation, outcome === 'tooManyInvitations' ? 429 : 400, { errors, inviteValues: { email, role } });
      }
      default:
        return redirectWithNotice(reply, membersPath(organisation.slug), { word: outcome === 'invitedWithoutMail' ? 'invitedWithoutMail' : 'invited' });
    }
  });

  app.post<InvitationRoute>(`${LIST_PATH}/:slug/einladungen/:id/zuruecknehmen`, { preHandler: requireUser }, async (request, reply) => {
    const invitationId = requireId(request.params.id);
    const organisation = await requireManagedOrganisation(deps.db, request.user!, request.params.slug);
    const outcome = await revokeInvitation(deps, { actor: request.user!, organisationId: organisation.id, invitationId });
    if (outcome === 'notFound' || outcome === 'notAllowed') throw refusedToManager(outcome);
    return redirectWithNotice(reply, membersPath(organisation.slug), { word: 'revoked' });
  });
}
