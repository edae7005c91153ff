import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentType } from 'preact';
import type { z } from 'zod';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Executor, Tx } from '../db/client.ts';
import type { AppDeps } from '../deps.ts';
import type { HttpError } from '../http/errors.ts';
import type { FieldError, FormValues } from '../http/form.ts';
import type { Locale, Messages } from '../i18n/index.ts';
import type { ViewContext } from '../views/context.ts';
import type { Direction } from './move.ts';

/*
 * An ordered list part of an editor (an event's programme, a call's application form
 * sections …): the list belongs to an owner, which the routes find by the `:id` in the
 * address, and each owner keeps its own editor frame, texts and notices.
 */

/** The confirmations the list's routes redirect with; the owner's notices must have texts for them. */
export type ListNotice = 'added' | 'saved' | 'deleted' | 'moved';

/** How the routes of a list part find and address the owner of the list. */
export interface ListOwner<Owner, Section extends string, Notice extends string> {
  /** the owner the address names; throws notFound() when there is none, so that every route answers 404 alike */
  require(db: Executor, id: string): Promise<Owner>;
  id(owner: Owner): string;
  /**
   * The address of one of the owner's list parts. The routes' pattern is `path(':id', section)`,
   * so the id must go into the address as it is given.
   */
  path(ownerId: string, section: Section): string;
  /** the confirmation the previous redirect left for the list page, if the owner knows it */
  notice(request: FastifyRequest): Notice | undefined;
  /** 303 to `path`, whose page confirms `word` once */
  redirect(reply: FastifyReply, path: string, word: ListNotice): FastifyReply;
}

/** What the routes give a list page: the owner, its list as loaded, and the add form's state. */
export interface ListPageProps<Owner, List, Notice extends string = ListNotice> {
  ctx: ViewContext;
  owner: Owner;
  list: List;
  submissionId: string;
  notice?: Notice | undefined;
  values?: FormValues;
  errors?: FieldError[];
}

/** What the routes give an entry's page. */
export interface EntryPageProps<Owner, List> {
  ctx: ViewContext;
  owner: Owner;
  list: List;
  entryId: string;
  values: FormValues;
  errors?: FieldError[];
}

/** The entry a command is about. */
export interface EntryTarget {
  actor: CurrentUser;
  ownerId: string;
  entryId: string;
}

/**
 * How the routes answer a refusal of the list's own: with an error page (say, a 400 for a form
 * naming a date of another event), or with the page the person was on again, the refusal's
 * sentence in its error summary (as an error of the field `form`) and `status` (409 for a change
 * the list no longer allows). Adding and moving come back to the list page, saving and deleting
 * to the entry's page.
 */
export type RefusalAnswer = (() => HttpError) | { status: number; message: (t: Messages) => string };

/**
 * One list part, from loading its entries to their pages. Commands answer `notFound` (404)
 * when the owner or the entry is not (or no longer) there, or a refusal of the list's own,
 * which `refusals` turns into the answer.
 */
export interface OrderedList<Owner, Section extends string, Notice extends string, List, Entry, Form extends z.ZodType, Refusal extends string = never> {
  section: Section;
  /** the form of one entry, for adding and for editing */
  form: Form;
  /** the list as its pages need it */
  load(db: Executor, ownerId: string): Promise<List>;
  find(list: List, entryId: string): Entry | undefined;
  /** an entry's form values, to edit it */
  values(entry: Entry, list: List): FormValues;
  /**
   * What the form alone cannot tell, because it depends on the list (a programme time outside
   * a date); errors stop the change as a form error would. `entryId` is unset when adding.
   */
  check?: (list: List, input: z.output<Form>, entryId: string | undefined, words: { t: Messages; locale: Locale }) => FieldError[];
  /** runs in the transaction that makes a double submit store nothing twice */
  add(
    tx: Tx,
    options: { actor: CurrentUser; ownerId: string; input: z.output<Form> },
  ): Promise<{ kind: 'added' } | { kind: 'notFound' } | { kind: NoInfer<Refusal> }>;
  update(deps: AppDeps, options: EntryTarget & { input: z.output<Form> }): Promise<'saved' | 'notFound' | NoInfer<Refusal>>;
  remove(deps: AppDeps, options: EntryTarget): Promise<'deleted' | 'notFound' | NoInfer<Refusal>>;
  /** up or down by hand; a list kept in another order (the programme, by time) has none */
  move?: (deps: AppDeps, options: EntryTarget & { direction: Direction }) => Promise<'moved' | 'notFound' | NoInfer<Refusal>>;
  /**
   * How each refusal of the commands is answered. The list's refusals are read from here
   * alone, so a command that refuses does not type-check without its answer.
   */
  refusals?: Record<Refusal, RefusalAnswer>;
  ListPage: ComponentType<ListPageProps<Owner, List, Notice>>;
  EntryPage: ComponentType<EntryPageProps<Owner, List>>;
}
