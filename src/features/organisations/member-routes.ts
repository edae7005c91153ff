import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { parseForm, type FieldError, type FormValues } from '../../platform/http/form.ts';
import { inviteToOrganisation, revokeInvitation } from './invitation-service.ts';
import { acceptRequest, changeRole, declineRequest, getMemberAdministration, removeMember } from './membership-service.ts';
import { OrganisationRuleError } from './rules.ts';
import { invitationForm, parseId, roleForm } from './schema.ts';
import { organisationPath } from './service.ts';
import { MembersPage, roleFieldName } from './views/members.tsx';
import { LIST_PATH, parseNotice, withNotice, type NoticeKey } from './views/shared.tsx';

type MemberRoute = { Params: { slug: string; userId: string } };
type InvitationRoute = { Params: { slug: string; id: string } };

const membersPath = (slug: string) => `${organisationPath(slug)}/mitglieder`;

/** The organisation's member page: requests, members, invitations. Managers and administrators only. */
export function memberRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function renderMembers(
    request: FastifyRequest<{ Params: { slug: string } }>,
    reply: FastifyReply,
    status: number,
    options: { errors?: FieldError[]; inviteValues?: FormValues; notice?: NoticeKey | undefined } = {},
  ) {
    const data = await getMemberAdministration(deps.db, request.user!, request.params.slug);
    return reply.page(h(MembersPage, { ctx: request.view(), data, ...options }), status);
  }

  /** Runs a change of a member; a refused one (last manager) is shown at that member's role. */
  async function changeMember(
    request: FastifyRequest<MemberRoute>,
    reply: FastifyReply,
    notice: NoticeKey,
    change: (userId: string) => Promise<void>,
  ) {
    const userId = parseId(request.params.userId);
    try {
      await change(userId);
    } catch (error) {
      if (!(error instanceof OrganisationRuleError)) throw error;
      const errors = [{ field: roleFieldName(userId), message: request.t.organisations.validation[error.reason] }];
      return renderMembers(request, reply, 409, { errors });
    }
    return reply.redirect(withNotice(membersPath(request.params.slug), notice), 303);
  }

  app.get<{ Params: { slug: string }; Querystring: { hinweis?: string } }>(
    `${LIST_PATH}/:slug/mitglieder`,
    { preHandler: requireUser },
    async (request, reply) => renderMembers(request, reply, 200, { notice: parseNotice(request.query.hinweis) }),
  );

  app.post<MemberRoute>(`${LIST_PATH}/:slug/mitglieder/:userId/annehmen`, { preHandler: requireUser }, async (request, reply) =>
    changeMember(request, reply, 'accepted', (userId) => acceptRequest(deps.db, request.user!, request.params.slug, userId)),
  );

  app.post<MemberRoute>(`${LIST_PATH}/:slug/mitglieder/:userId/ablehnen`, { preHandler: requireUser }, async (request, reply) =>
    changeMember(request, reply, 'declined', (userId) => declineRequest(deps.db, request.user!, request.params.slug, userId)),
  );

  app.post<MemberRoute>(`${LIST_PATH}/:slug/mitglieder/:userId/rolle`, { preHandler: requireUser }, async (request, reply) => {
    const form = parseForm(roleForm, request.body, request.t);
    if (!form.ok) {
      const errors = [{ field: roleFieldName(parseId(request.params.userId)), message: form.errors[0]?.message ?? '' }];
      return renderMembers(request, reply, 400, { errors });
    }
    return changeMember(request, reply, 'roleChanged', (userId) => changeRole(deps.db, request.user!, request.params.slug, userId, form.data.role));
  });

  app.post<MemberRoute>(`${LIST_PATH}/:slug/mitglieder/:userId/entfernen`, { preHandler: requireUser }, async (request, reply) =>
    changeMember(request, reply, 'removed', (userId) => removeMember(deps.db, request.user!, request.params.slug, userId)),
  );

  app.post<{ Params: { slug: string } }>(`${LIST_PATH}/:slug/einladungen`, { preHandler: requireUser }, async (request, reply) => {
    const form = parseForm(invitationForm, request.body, request.t);
    if (!form.ok) return renderMembers(request, reply, 400, { errors: form.errors, inviteValues: form.values });
    try {
      const outcome = await inviteToOrganisation(deps, request.user!, request.params.slug, form.data);
      return reply.redirect(withNotice(membersPath(request.params.slug), outcome === 'invitedWithoutMail' ? 'invitedWithoutMail' : 'invited'), 303);
    } catch (error) {
      if (!(error instanceof OrganisationRuleError)) throw error;
      const errors = [{ field: 'email', message: request.t.organisations.validation[error.reason] }];
      const status = error.reason === 'tooManyInvitations' ? 429 : 400;
      return renderMembers(request, reply, status, { errors, inviteValues: { email: form.data.email, role: form.data.role } });
    }
  });

  app.post<InvitationRoute>(`${LIST_PATH}/:slug/einladungen/:id/zuruecknehmen`, { preHandler: requireUser }, async (request, reply) => {
    await revokeInvitation(deps.db, request.user!, request.params.slug, parseId(request.params.id));
    return reply.redirect(withNotice(membersPath(request.params.slug), 'revoked'), 303);
  });
}
