import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { parseForm } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import { GROUPS_PATH, groupPath } from '../core/paths.ts';
import { requireGroup } from '../core/require-group.ts';
import { answerInvitation } from './answer-invitation.ts';
import { joinGroup } from './join-group.ts';
import { leaveGroup } from './leave-group.ts';
import { renderOverview } from './overview-page.ts';
import { emptyForm, joinForm } from './schema.ts';
import { withdrawRequest } from './withdraw-request.ts';

type SlugRoute = { Params: { slug: string } };

/**
 * What a person does about their own place in a group: join, ask, withdraw, answer an
 * invitation, leave. Each answers a hidden group with 404 to whoever is not in it, before
 * anything else, and each is idempotent: a second click finds the work done and stores nothing.
 */
export function joinRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post<SlugRoute>(`${GROUPS_PATH}/:slug/beitreten`, { preHandler: requireUser }, async (request, reply) => {
    const found = await requireGroup(deps.db, request.params.slug, request.user);
    const form = parseForm(joinForm, request.body, request.t);
    if (!form.ok) return renderOverview(deps, request, reply, found, 400, { errors: form.errors, values: form.values });
    const outcome = await joinGroup(deps, { actor: request.user!, groupId: found.group.id, message: form.data.message ?? '' });
    const path = groupPath(found.group.slug);
    switch (outcome.kind) {
      case 'notFound':
        return renderOverview(deps, request, reply, found, 404);
      case 'invitationOnly': {
        const m = request.t.networkGroups.refused;
        const page = h(
          MessagePage,
          { ctx: request.view(), title: m.invitationOnlyTitle, body: m.invitationOnly },
          h('p', { class: 'kern-body' }, h('a', { href: path }, found.group.name)),
        );
        return reply.page(page, 403);
      }
      case 'messageRequired': {
        const errors = [{ field: 'message', message: request.t.networkGroups.validation.messageRequired }];
        return renderOverview(deps, request, reply, found, 400, { errors });
      }
      case 'alreadyRequested':
        return redirectWithNotice(reply, path, { word: 'requested' });
      default:
        return redirectWithNotice(reply, path, { word: outcome.kind });
    }
  });

  app.post<SlugRoute>(`${GROUPS_PATH}/:slug/anfrage-zurueckziehen`, { preHandler: requireUser }, async (request, reply) => {
    const found = await requireGroup(deps.db, request.params.slug, request.user);
    parseForm(emptyForm, request.body, request.t);
    const outcome = await withdrawRequest(deps, { actor: request.user!, groupId: found.group.id });
    const path = groupPath(found.group.slug);
    return outcome === 'withdrawn' ? redirectWithNotice(reply, path, { word: 'withdrawn' }) : reply.redirect(path, 303);
  });

  for (const answer of ['accept', 'decline'] as const) {
    const page = answer === 'accept' ? 'annehmen' : 'ablehnen';
    app.post<SlugRoute>(`${GROUPS_PATH}/:slug/einladung/${page}`, { preHandler: requireUser }, async (request, reply) => {
      const found = await requireGroup(deps.db, request.params.slug, request.user);
      parseForm(emptyForm, request.body, request.t);
      const outcome = await answerInvitation(deps, { actor: request.user!, groupId: found.group.id, answer });
      const path = groupPath(found.group.slug);
      if (outcome === 'accepted') return redirectWithNotice(reply, path, { word: 'joined' });
      // after declining a hidden group's invitation its page is gone for the person
      if (outcome === 'declined') return redirectWithNotice(reply, found.group.visibility === 'hidden' ? GROUPS_PATH : path, { word: 'invitationDeclined' });
      return reply.redirect(path, 303);
    });
  }

  app.post<SlugRoute>(`${GROUPS_PATH}/:slug/verlassen`, { preHandler: requireUser }, async (request, reply) => {
    const found = await requireGroup(deps.db, request.params.slug, request.user);
    parseForm(emptyForm, request.body, request.t);
    const outcome = await leaveGroup(deps, { actor: request.user!, groupId: found.group.id });
    if (outcome === 'lastOwner') {
      const errors = [{ field: 'leave', message: request.t.networkGroups.validation.lastOwner }];
      return renderOverview(deps, request, reply, found, 409, { errors });
    }
    const path = found.group.visibility === 'hidden' ? GROUPS_PATH : groupPath(found.group.slug);
    return outcome === 'left' ? redirectWithNotice(reply, path, { word: 'left' }) : reply.redirect(groupPath(found.group.slug), 303);
  });
}
