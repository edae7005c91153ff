import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { forbidden, notFound } from '../../platform/http/errors.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { declineInvitation } from './decline-invitation.ts';
import { INVITATIONS_PATH, organisationPath } from './paths.ts';
import { requireId } from './require-organisation.ts';
import { getMembershipsOfUser, getMyInvitations } from './service.ts';
import { MyInvitationsPage, MyOrganisationsPage } from './views/account.tsx';
import { knownNotice, redirectWithNotice } from '../../platform/http/notice.ts';

type InvitationRoute = { Params: { id: string } };

/** "Mein Konto": the person's own organisations, requests and invitations. */
export function accountRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/konto/organisationen', { preHandler: requireUser }, async (request, reply) => {
    const memberships = await getMembershipsOfUser(deps.db, request.user!.id);
    const { invitations } = await getMyInvitations(deps.db, request.user!);
    return reply.page(h(MyOrganisationsPage, { ctx: request.view(), memberships, openInvitations: invitations.length }));
  });

  app.get(INVITATIONS_PATH, { preHandler: requireUser }, async (request, reply) => {
    const data = await getMyInvitations(deps.db, request.user!);
    return reply.page(h(MyInvitationsPage, { ctx: request.view(), data, notice: knownNotice(request, request.t.organisations.notices)?.word }));
  });

  app.post<InvitationRoute>(`${INVITATIONS_PATH}/:id/annehmen`, { preHandler: requireUser }, async (request, reply) => {
    const outcome = await acceptInvitation(deps, { actor: request.user!, invitationId: requireId(request.params.id) });
    if (outcome.kind === 'unconfirmedAddress') throw forbidden();
    if (outcome.kind === 'notFound') throw notFound();
    return redirectWithNotice(reply, organisationPath(outcome.organisation.slug), { word: 'invitationAccepted' });
  });

  app.post<InvitationRoute>(`${INVITATIONS_PATH}/:id/ablehnen`, { preHandler: requireUser }, async (request, reply) => {
    const outcome = await declineInvitation(deps, { actor: request.user!, invitationId: requireId(request.params.id) });
    if (outcome === 'unconfirmedAddress') throw forbidden();
    return redirectWithNotice(reply, INVITATIONS_PATH, { word: 'invitationDeclined' });
  });
}
