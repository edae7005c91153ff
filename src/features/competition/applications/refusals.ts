import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../../platform/http/errors.ts';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import { APPLICATIONS_PATH, applicationPath, PUBLIC_PATH } from '../core/paths.ts';
import type { DraftRefusal } from './lock-draft.ts';

/**
 * Answers a change that came too late or to a submitted application: 409 with a page that
 * says so and leads back to the application. Nothing was stored.
 */
export function answerDraftRefusal(request: FastifyRequest, reply: FastifyReply, applicationId: string, refusal: DraftRefusal): FastifyReply {
  if (refusal.kind === 'notFound') throw notFound();
  const m = request.t.competitionApplications;
  const title = refusal.kind === 'closed' ? request.t.competition.phases.closed : m.status.submitted;
  const crumbs = [
    { href: PUBLIC_PATH, label: request.t.competition.public.title },
    { href: APPLICATIONS_PATH, label: m.mine.title },
    { href: applicationPath(applicationId), label: m.start.title },
    { label: title },
  ];
  return reply.page(
    h(
      MessagePage,
      { ctx: request.view(), title, body: m.errors[refusal.kind], breadcrumbs: crumbs },
      h('p', { class: 'kern-body' }, h('a', { href: applicationPath(applicationId) }, m.back)),
    ),
    409,
  );
}
