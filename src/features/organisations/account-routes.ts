import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { acceptInvitation, declineInvitation, getMyInvitations, INVITATIONS_PATH } from './invitation-service.ts';
import { getMembershipsOfUser } from './membership-service.ts';
import { parseId } from './schema.ts';
import { organisationPath } from './service.ts';
import { MyInvitationsPage, MyOrganisationsPage } from './views/account.tsx';
import { parseNotice, withNotice } from './views/shared.tsx';

type InvitationRoute = { Params: { id: string } };

/** "Mein Konto": the person's own organisations, requests and invitations. */
export function accountRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/konto/organisationen', { preHandler: requireUser }, async (request, reply) => {
    const memberships = await getMembershipsOfUser(deps.db, request.user!.id);
    const { invitations } = await getMyInvitations(deps.db, request.user!);
    return reply.page(h(MyOrganisationsPage, { ctx: request.view(), memberships, openInvitations: invitations.length }));
  });

  app.get<{ Querystring: { hinweis?: string } }>(INVITATIONS_PATH, { preHandler: requireUser }, async (request, reply) => {
    const data = await getMyInvitations(deps.db, request.user!);
    return reply.page(h(MyInvitationsPage, { ctx: request.view(), data, notice: parseNotice(request.query.hinweis) }));
  });

  app.post<InvitationRoute>(`${INVITATIONS_PATH}/:id/annehmen`, { preHandler: requireUser }, async (request, reply) => {
    const organisation = await acceptInvitation(deps.db, request.user!, parseId(request.params.id));
    return reply.redirect(withNotice(organisationPath(organisation.slug), 'invitationAccepted'), 303);
  });

  app.post<InvitationRoute>(`${INVITATIONS_PATH}/:id/ablehnen`, { preHandler: requireUser }, async (request, reply) => {
    await declineInvitation(deps.db, request.user!, parseId(request.params.id));
    return reply.redirect(withNotice(INVITATIONS_PATH, 'invitationDeclined'), 303);
  });
}
