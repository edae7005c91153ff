import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../../platform/http/errors.ts';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import type { Crumb } from '../../../platform/views/context.ts';
import { OWNER_PATH } from '../core/paths.ts';

/** What was refused because of where the challenge stands, not because of what was typed. */
export type Refusal = 'notEditable' | 'criteriaLocked' | 'notDraft' | 'notInReview' | 'deadlinePassed' | 'notFound';

/**
 * Answers a change that the challenge's status or timeline no longer allows: 409 with a page
 * that says why and leads back to where the person came from. Nothing was stored.
 */
export function answerRefusal(
  request: FastifyRequest,
  reply: FastifyReply,
  refusal: Refusal,
  /** the crumbs up to the challenge's page, the last one its link back */
  crumbs: Crumb[],
): FastifyReply {
  if (refusal === 'notFound') throw notFound();
  const m = request.t.challengesAuthoring.refusals;
  const title = m[`${refusal}Title`];
  const back = crumbs.at(-1)?.href ?? OWNER_PATH;
  return reply.page(
    h(
      MessagePage,
      { ctx: request.view(), title, body: m[refusal], breadcrumbs: [...crumbs, { label: title }] },
      h('p', { class: 'kern-body' }, h('a', { href: back }, m.back)),
    ),
    409,
  );
}

/** The words of a criteria refusal of a command, as a refusal of the page. */
export function criteriaRefusal(refusal: 'notEditable' | 'deadlinePassed' | 'notFound'): Refusal {
  return refusal === 'deadlinePassed' ? 'criteriaLocked' : refusal;
}
