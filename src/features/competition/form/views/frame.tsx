import type { ComponentChildren } from 'preact';
import type { ListNotice } from '../../../../platform/editor/ordered-list-types.ts';
import type { FieldError } from '../../../../platform/http/form.ts';
import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, fieldId, Form } from '../../../../platform/views/components/form.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { EDITOR_PATH, editorCallPath } from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';

/*
 * The frame of the form builder's pages (sections, questions, criteria): a list page with the
 * form to add an entry, and a page per entry to edit or delete it. Each list brings its own
 * table and fields.
 */

/** The words every list of the builder has in the catalogue. */
export interface ListMessages {
  lead: string;
  empty: string;
  addTitle: string;
  add: string;
  editTitle: string;
  delete: string;
  notices: Record<ListNotice, string>;
}

/**
 * The breadcrumbs up to the call, the call's name above the page's heading, the error summary
 * first and a confirmation after a redirect.
 */
function FormEditorLayout(props: {
  ctx: ViewContext;
  call: Pick<CompetitionCallRow, 'id' | 'title'>;
  title: string;
  /** crumbs between the call and this page, e.g. the sections above a section's questions */
  parents: Crumb[];
  notice?: string | undefined;
  errors?: FieldError[] | undefined;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const { ctx, call } = props;
  const crumbs: Crumb[] = [
    { href: '/verwaltung', label: ctx.t.common.nav.admin },
    { href: EDITOR_PATH, label: ctx.t.competition.editor.title },
    { href: editorCallPath(call.id), label: call.title },
    ...props.parents,
    { label: props.title },
  ];
  return (
    <Layout ctx={ctx} title={`${props.title}: ${call.title}`} breadcrumbs={crumbs} wide={props.wide}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <p class="kern-body kern-body--muted">{call.title}</p>
      <h1 class="kern-heading-x-large">{props.title}</h1>
      {props.children}
    </Layout>
  );
}

/**
 * Why the list no longer takes some changes. It is the target of the error summary's link when
 * a change was refused (an error of the field `form`).
 */
function LockNotice(props: { ctx: ViewContext; title: string; text: string }) {
  return (
    <div id={fieldId('form')} tabindex={-1}>
      <NotificationBanner ctx={props.ctx} title={props.title}>
        <p class="kern-body">{props.text}</p>
      </NotificationBanner>
    </div>
  );
}

export interface Lock {
  title: string;
  text: string;
}

export function ListFrame(props: {
  ctx: ViewContext;
  call: Pick<CompetitionCallRow, 'id' | 'title'>;
  title: string;
  parents: Crumb[];
  m: ListMessages;
  notice?: ListNotice | undefined;
  errors?: FieldError[] | undefined;
  /** set while the list takes no new entries */
  lock?: Lock | undefined;
  empty: boolean;
  table: ComponentChildren;
  /** where the add form posts */
  action: string;
  submissionId: string;
  /** the fields of the form that adds an entry */
  fields: ComponentChildren;
  /** below everything, e.g. a link back */
  after?: ComponentChildren;
}) {
  const { ctx, m } = props;
  return (
    <FormEditorLayout
      ctx={ctx}
      call={props.call}
      title={props.title}
      parents={props.parents}
      notice={props.notice ? m.notices[props.notice] : undefined}
      errors={props.errors}
      wide
    >
      <p class="kern-body">{m.lead}</p>
      {props.lock ? <LockNotice ctx={ctx} {...props.lock} /> : null}
      {props.empty ? <p class="kern-body">{m.empty}</p> : props.table}
      {props.lock ? null : (
        <>
          <h2 class="kern-heading-large">{m.addTitle}</h2>
          <Form ctx={ctx} action={props.action} submissionId={props.submissionId}>
            {props.fields}
            <Button>{m.add}</Button>
          </Form>
        </>
      )}
      {props.after}
    </FormEditorLayout>
  );
}

export function EntryFrame(props: {
  ctx: ViewContext;
  call: Pick<CompetitionCallRow, 'id' | 'title'>;
  /** the list's page, the entry's parent */
  list: Crumb & { href: string };
  parents: Crumb[];
  m: ListMessages;
  entryId: string;
  errors?: FieldError[] | undefined;
  /** what no longer changes, and why */
  lock?: Lock | undefined;
  /** whether the entry may be deleted */
  deletable: boolean;
  deleteHint?: string | undefined;
  /** the form's fields; without them the entry is shown as it is (`readOnly`) */
  fields?: ComponentChildren;
  readOnly?: ComponentChildren;
}) {
  const { ctx, m } = props;
  const base = `${props.list.href}/${props.entryId}`;
  return (
    <FormEditorLayout ctx={ctx} call={props.call} title={m.editTitle} parents={[...props.parents, props.list]} errors={props.errors}>
      {props.lock ? <LockNotice ctx={ctx} {...props.lock} /> : null}
      {props.fields ? (
        <Form ctx={ctx} action={base}>
          {props.fields}
          <Button>{ctx.t.common.save}</Button>
        </Form>
      ) : (
        props.readOnly
      )}
      {props.deletable ? (
        <>
          {props.deleteHint ? <p class="kern-body">{props.deleteHint}</p> : null}
          <Form ctx={ctx} action={`${base}/loeschen`}>
            <Button variant="warning">{m.delete}</Button>
          </Form>
        </>
      ) : null}
      <p class="kern-body">
        <a href={props.list.href}>{props.list.label}</a>
      </p>
    </FormEditorLayout>
  );
}

/**
 * The actions cell of an entry: edit, and (unless the list is locked) move up or down. The
 * entry is named in aria-label: a visually hidden span inside a scrolling table would widen
 * the whole page on small screens.
 */
export function EntryActions(props: {
  ctx: ViewContext;
  /** the entry's page */
  href: string;
  label: string;
  index: number;
  count: number;
  movable: boolean;
  /** further links, e.g. to a section's questions */
  children?: ComponentChildren;
}) {
  const { ctx } = props;
  const m = ctx.t.competition.form;
  const button = (direction: 'hoch' | 'runter', text: string) => (
    <Form ctx={ctx} action={`${props.href}/verschieben`} class="dk-inline-form">
      <Button variant="secondary" name="direction" value={direction} ariaLabel={`${text}: ${props.label}`}>
        {text}
      </Button>
    </Form>
  );
  return (
    <>
      <p class="kern-body">
        <a href={props.href} aria-label={`${m.edit}: ${props.label}`}>
          {m.edit}
        </a>
      </p>
      {props.children}
      {props.movable && props.count > 1 ? (
        <div class="dk-actions">
          {props.index === 0 ? null : button('hoch', m.up)}
          {props.index === props.count - 1 ? null : button('runter', m.down)}
        </div>
      ) : null}
    </>
  );
}
