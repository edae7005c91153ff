import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { h } from 'preact';
import type { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FormValues } from '../http/form.ts';
import { runOncePerSubmissionUnlessRefused } from '../http/submissions.ts';
import { moveForm } from './move.ts';
import type { ListOwner, OrderedList } from './ordered-list-types.ts';

type OwnerRoute = { Params: { id: string } };
type EntryRoute = { Params: { id: string; entryId: string } };

/**
 * The routes of one list part below its owner's editor address: the list with the form to
 * add (double submit safe), an entry's page to edit it, delete, and move up or down. Every
 * route is behind `canEdit`; a form that fails validation comes back with the error summary
 * and what the person typed.
 */
export function orderedListRoutes<Owner, Section extends string, Notice extends string, List, Entry, Form extends z.ZodType, Refusal extends string = never>(
  app: FastifyInstance,
  deps: AppDeps,
  canEdit: preHandlerHookHandler,
  owners: ListOwner<Owner, Section, Notice>,
  list: OrderedList<Owner, Section, Notice, List, Entry, Form, Refusal>,
): void {
  const guard = { preHandler: canEdit };
  const path = (owner: Owner) => owners.path(owners.id(owner), list.section);
  const at = owners.path(':id', list.section);

  /**
   * Answers a refusal: 404, the list's error page, or the page the person was on again with
   * the refusal in its error summary. Nothing was stored.
   */
  async function refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    owner: Owner,
    outcome: 'notFound' | Refusal,
    on:
      | { page: 'list'; submissionId?: string | undefined; values?: FormValues | undefined }
      | { page: 'entry'; entryId: string; values?: FormValues | undefined },
  ): Promise<FastifyReply> {
    if (outcome === 'notFound') throw notFound();
    const answer = list.refusals?.[outcome];
    // Unreachable while the types hold: a list whose commands refuse must name the answers.
    if (answer === undefined) throw badRequest(outcome);
    if (typeof answer === 'function') throw answer();
    const entries = await list.load(deps.db, owners.id(owner));
    const errors = [{ field: 'form', message: answer.message(request.t) }];
    const ctx = request.view();
    if (on.page === 'list') {
      const submissionId = on.submissionId ?? newSubmissionId();
      return reply.page(h(list.ListPage, { ctx, owner, list: entries, submissionId, values: on.values, errors }), answer.status);
    }
    const entry = list.find(entries, on.entryId);
    if (entry === undefined) throw notFound();
    const values = on.values ?? list.values(entry, entries);
    return reply.page(h(list.EntryPage, { ctx, owner, list: entries, entryId: on.entryId, values, errors }), answer.status);
  }

  async function entryOf(owner: Owner, entryId: string): Promise<{ entries: List; entry: Entry }> {
    const entries = await list.load(deps.db, owners.id(owner));
    const entry = list.find(entries, entryId);
    if (entry === undefined) throw notFound();
    return { entries, entry };
  }

  app.get<OwnerRoute>(at, guard, async (request, reply) => {
    const owner = await owners.require(deps.db, request.params.id);
    const entries = await list.load(deps.db, owners.id(owner));
    const notice = owners.notice(request);
    return reply.page(h(list.ListPage, { ctx: request.view(), owner, list: entries, submissionId: newSubmissionId(), notice }));
  });

  app.post<OwnerRoute>(at, guard, async (request, reply) => {
    const owner = await owners.require(deps.db, request.params.id);
    const ownerId = owners.id(owner);
    const form = parseForm(list.form, request.body, request.t);
    if (!form.ok) {
      const entries = await list.load(deps.db, ownerId);
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(list.ListPage, { ctx: request.view(), owner, list: entries, submissionId, values: form.values, errors: form.errors }), 400);
    }
    if (list.check) {
      const entries = await list.load(deps.db, ownerId);
      const errors = list.check(entries, form.data, undefined, request);
      if (errors.length > 0) {
        const submissionId = form.submissionId ?? newSubmissionId();
        const values = request.body as FormValues;
        return reply.page(h(list.ListPage, { ctx: request.view(), owner, list: entries, submissionId, values, errors }), 400);
      }
    }
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      // A refusal rolls the submission back: corrected, it may come again.
      const added = await list.add(tx, { actor: request.user!, ownerId, input: form.data });
      return added.kind === 'added' ? path(owner) : { refused: added.kind };
    });
    if ('refused' in outcome) {
      const values = toValues(request.body as Record<string, unknown>);
      return refuse(request, reply, owner, outcome.refused, { page: 'list', submissionId: form.submissionId, values });
    }
    return owners.redirect(reply, outcome.location, 'added');
  });

  app.get<EntryRoute>(`${at}/:entryId`, guard, async (request, reply) => {
    const owner = await owners.require(deps.db, request.params.id);
    const { entries, entry } = await entryOf(owner, request.params.entryId);
    const page = h(list.EntryPage, { ctx: request.view(), owner, list: entries, entryId: request.params.entryId, values: list.values(entry, entries) });
    return reply.page(page);
  });

  app.post<EntryRoute>(`${at}/:entryId`, guard, async (request, reply) => {
    const owner = await owners.require(deps.db, request.params.id);
    const { entryId } = request.params;
    const { entries } = await entryOf(owner, entryId);
    const form = parseForm(list.form, request.body, request.t);
    if (!form.ok) return reply.page(h(list.EntryPage, { ctx: request.view(), owner, list: entries, entryId, values: form.values, errors: form.errors }), 400);
    const errors = list.check?.(entries, form.data, entryId, request) ?? [];
    if (errors.length > 0) {
      const values = request.body as FormValues;
      return reply.page(h(list.EntryPage, { ctx: request.view(), owner, list: entries, entryId, values, errors }), 400);
    }
    const outcome = await list.update(deps, { actor: request.user!, ownerId: owners.id(owner), entryId, input: form.data });
    if (outcome !== 'saved')
      return refuse(request, reply, owner, outcome, { page: 'entry', entryId, values: toValues(request.body as Record<string, unknown>) });
    return owners.redirect(reply, path(owner), 'saved');
  });

  app.post<EntryRoute>(`${at}/:entryId/loeschen`, guard, async (request, reply) => {
    const owner = await owners.require(deps.db, request.params.id);
    const { entryId } = request.params;
    const outcome = await list.remove(deps, { actor: request.user!, ownerId: owners.id(owner), entryId });
    if (outcome !== 'deleted') return refuse(request, reply, owner, outcome, { page: 'entry', entryId });
    return owners.redirect(reply, path(owner), 'deleted');
  });

  const { move } = list;
  if (!move) return;
  app.post<EntryRoute>(`${at}/:entryId/verschieben`, guard, async (request, reply) => {
    const owner = await owners.require(deps.db, request.params.id);
    await entryOf(owner, request.params.entryId);
    const form = parseForm(moveForm, request.body, request.t);
    // Only the two buttons send this form; anything else is not a person's mistake.
    if (!form.ok) return reply.redirect(path(owner), 303);
    const outcome = await move(deps, { actor: request.user!, ownerId: owners.id(owner), entryId: request.params.entryId, direction: form.data.direction });
    if (outcome !== 'moved') return refuse(request, reply, owner, outcome, { page: 'list' });
    return owners.redirect(reply, path(owner), 'moved');
  });
}
