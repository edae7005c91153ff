import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { h, type ComponentType } from 'preact';
import type { z } from 'zod';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor, Tx } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import { runOncePerSubmission } from '../../../platform/http/submissions.ts';
import type { Direction } from './edit-questions.ts';
import { requireEvent } from '../core/require-event.ts';
import { moveForm } from '../core/schema.ts';
import type { EntryPageProps, ListPageProps, ListSection } from './views/ordered-list.tsx';
import { editorNotice, redirectToEditor } from './notices.ts';
import { sectionPath } from './views/shared.tsx';

type EventRoute = { Params: { id: string } };
type EntryRoute = { Params: { id: string; entryId: string } };

/** What a command of a list answers besides success: 404, or 400 for a form naming another event's date. */
type Refusal = 'notFound' | 'forgedDates';

/** The entry a command is about. */
export interface EntryTarget {
  actor: CurrentUser;
  eventId: string;
  entryId: string;
}

function answerRefusal(outcome: string): void {
  if (outcome === 'notFound') throw notFound();
  if (outcome === 'forgedDates') throw badRequest('date of another event');
}

/** One list part of an event in the editor, from loading its entries to their pages. */
export interface OrderedList<List, Entry, Form extends z.ZodType> {
  section: ListSection;
  /** the form of one entry, for adding and for editing */
  form: Form;
  /** the list as its pages need it */
  load(db: Executor, eventId: string): Promise<List>;
  find(list: List, entryId: string): Entry | undefined;
  /** an entry's form values, to edit it */
  values(entry: Entry, list: List): FormValues;
  /**
   * What the form alone cannot tell, because it depends on the list (a programme time outside
   * a date); errors stop the change as a form error would. `entryId` is unset when adding.
   */
  check?: (list: List, input: z.output<Form>, entryId: string | undefined, words: { t: Messages; locale: Locale }) => FieldError[];
  add(tx: Tx, options: { actor: CurrentUser; eventId: string; input: z.output<Form> }): Promise<{ kind: 'added' } | { kind: Refusal }>;
  update(deps: AppDeps, options: EntryTarget & { input: z.output<Form> }): Promise<'saved' | Refusal>;
  /** notFound for an entry that is not (or no longer) in the list */
  remove(deps: AppDeps, options: EntryTarget): Promise<'deleted' | 'notFound'>;
  /** up or down by hand; a list kept in another order (the programme, by time) has none */
  move?: (deps: AppDeps, options: EntryTarget & { direction: Direction }) => Promise<'moved' | 'notFound'>;
  ListPage: ComponentType<ListPageProps<List>>;
  EntryPage: ComponentType<EntryPageProps<List>>;
}

/**
 * The routes of one list part below the event's editor address: the list with the form to
 * add (double submit safe), an entry's page to edit it, delete, and move up or down. Every
 * route is behind `canEdit`; a form that fails validation comes back with the error summary
 * and what the person typed.
 */
export function orderedListRoutes<List, Entry, Form extends z.ZodType>(
  app: FastifyInstance,
  deps: AppDeps,
  canEdit: preHandlerHookHandler,
  list: OrderedList<List, Entry, Form>,
): void {
  const guard = { preHandler: canEdit };
  const path = (eventId: string) => sectionPath(eventId, list.section);
  // the route's pattern: the part's address with the event's id as parameter
  const at = path(':id');

  async function entryOf(eventId: string, entryId: string): Promise<{ entries: List; entry: Entry }> {
    const entries = await list.load(deps.db, eventId);
    const entry = list.find(entries, entryId);
    if (entry === undefined) throw notFound();
    return { entries, entry };
  }

  app.get<EventRoute>(at, guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const entries = await list.load(deps.db, event.id);
    return reply.page(h(list.ListPage, { ctx: request.view(), event, list: entries, submissionId: newSubmissionId(), notice: editorNotice(request) }));
  });

  app.post<EventRoute>(at, guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const form = parseForm(list.form, request.body, request.t);
    if (!form.ok) {
      const entries = await list.load(deps.db, event.id);
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(list.ListPage, { ctx: request.view(), event, list: entries, submissionId, values: form.values, errors: form.errors }), 400);
    }
    if (list.check) {
      const entries = await list.load(deps.db, event.id);
      const errors = list.check(entries, form.data, undefined, request);
      if (errors.length > 0) {
        const submissionId = form.submissionId ?? newSubmissionId();
        return reply.page(h(list.ListPage, { ctx: request.view(), event, list: entries, submissionId, values: request.body as FormValues, errors }), 400);
      }
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      answerRefusal((await list.add(tx, { actor: request.user!, eventId: event.id, input: form.data })).kind);
      return path(event.id);
    });
    return redirectToEditor(reply, location, 'added');
  });

  app.get<EntryRoute>(`${at}/:entryId`, guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const { entries, entry } = await entryOf(event.id, request.params.entryId);
    const page = h(list.EntryPage, { ctx: request.view(), event, list: entries, entryId: request.params.entryId, values: list.values(entry, entries) });
    return reply.page(page);
  });

  app.post<EntryRoute>(`${at}/:entryId`, guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const { entries } = await entryOf(event.id, request.params.entryId);
    const form = parseForm(list.form, request.body, request.t);
    if (!form.ok) {
      const page = h(list.EntryPage, { ctx: request.view(), event, list: entries, entryId: request.params.entryId, values: form.values, errors: form.errors });
      return reply.page(page, 400);
    }
    const errors = list.check?.(entries, form.data, request.params.entryId, request) ?? [];
    if (errors.length > 0) {
      const values = request.body as FormValues;
      return reply.page(h(list.EntryPage, { ctx: request.view(), event, list: entries, entryId: request.params.entryId, values, errors }), 400);
    }
    answerRefusal(await list.update(deps, { actor: request.user!, eventId: event.id, entryId: request.params.entryId, input: form.data }));
    return redirectToEditor(reply, path(event.id), 'saved');
  });

  app.post<EntryRoute>(`${at}/:entryId/loeschen`, guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    answerRefusal(await list.remove(deps, { actor: request.user!, eventId: event.id, entryId: request.params.entryId }));
    return redirectToEditor(reply, path(event.id), 'deleted');
  });

  const { move } = list;
  if (!move) return;
  app.post<EntryRoute>(`${at}/:entryId/verschieben`, guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    await entryOf(event.id, request.params.entryId);
    const form = parseForm(moveForm, request.body, request.t);
    // Only the two buttons send this form; anything else is not a person's mistake.
    if (!form.ok) return reply.redirect(path(event.id), 303);
    answerRefusal(await move(deps, { actor: request.user!, eventId: event.id, entryId: request.params.entryId, direction: form.data.direction }));
    return redirectToEditor(reply, path(event.id), 'moved');
  });
}
