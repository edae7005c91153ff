import type { ComponentChildren } from 'preact';
import type { EntryPageProps, ListPageProps } from '../../../../platform/editor/ordered-list-types.ts';
import { Button, ErrorSummary, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { EventRow } from '../../core/event-repository.ts';
import { EventEditorLayout, sectionPath, type NoticeKey } from './shared.tsx';

/*
 * The frame of the editor's list parts (programme, registration questions, World Café
 * questions): a list page with the form to add an entry, and a page per entry to edit or
 * delete it. Each part brings its own table and fields.
 */

export type ListSection = 'programme' | 'questions' | 'worldCafe';

/** A list part's pages as the platform's list routes call them, with the event as owner. */
export type EventListPageProps<List> = ListPageProps<EventRow, List, NoticeKey>;
export type EventEntryPageProps<List> = EntryPageProps<EventRow, List>;

/** The words every list part has in the catalogue. */
interface ListMessages {
  title: string;
  lead: string;
  empty: string;
  addTitle: string;
  add: string;
  editTitle: string;
  delete: string;
}

/** The list page of a part: the routes' props but the list, which the part turns into `table` and `fields`. */
export function EditorListPage(
  props: Omit<EventListPageProps<unknown>, 'list' | 'values'> & {
    section: ListSection;
    m: ListMessages;
    empty: boolean;
    table: ComponentChildren;
    /** the fields of the form that adds an entry */
    fields: ComponentChildren;
    /** why nothing can be added yet; shown in place of the form */
    addUnavailable?: ComponentChildren;
  },
) {
  const { ctx, owner: event, m } = props;
  return (
    <EventEditorLayout
      ctx={ctx}
      event={event}
      title={m.title}
      section={props.section}
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
      wide
    >
      <p class="kern-body">{m.lead}</p>
      {props.empty ? <p class="kern-body">{m.empty}</p> : props.table}
      <h2 class="kern-heading-large">{m.addTitle}</h2>
      {props.addUnavailable ?? (
        <Form ctx={ctx} action={sectionPath(event.id, props.section)} submissionId={props.submissionId}>
          {props.fields}
          <Button>{m.add}</Button>
        </Form>
      )}
    </EventEditorLayout>
  );
}

export function EditorEntryPage(
  props: Omit<EventEntryPageProps<unknown>, 'list' | 'values'> & {
    section: ListSection;
    m: ListMessages;
    fields: ComponentChildren;
    /** a sentence above the form */
    intro?: string;
    /** a sentence above the delete button */
    deleteHint?: string;
  },
) {
  const { ctx, owner: event, m } = props;
  const list = sectionPath(event.id, props.section);
  const base = `${list}/${props.entryId}`;
  return (
    <EventEditorLayout
      ctx={ctx}
      event={event}
      title={m.editTitle}
      parent={{ href: list, label: ctx.t.events.editor.subnav[props.section] }}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      {props.intro ? <p class="kern-body">{props.intro}</p> : null}
      <Form ctx={ctx} action={base}>
        {props.fields}
        <Button>{ctx.t.common.save}</Button>
      </Form>
      {props.deleteHint ? <p class="kern-body">{props.deleteHint}</p> : null}
      <Form ctx={ctx} action={`${base}/loeschen`}>
        <Button variant="warning">{m.delete}</Button>
      </Form>
    </EventEditorLayout>
  );
}

/**
 * "Nach oben" / "Nach unten" for one entry of an ordered list; each a small POST form. The
 * entry is named in aria-label: a visually hidden span inside a scrolling table would
 * widen the whole page on small screens.
 */
function MoveButtons(props: { ctx: ViewContext; action: string; label: string; first: boolean; last: boolean }) {
  const m = props.ctx.t.events.editor.questions;
  const button = (direction: 'hoch' | 'runter', text: string) => (
    <Form ctx={props.ctx} action={props.action} class="dk-inline-form">
      <Button variant="secondary" name="direction" value={direction} ariaLabel={`${text}: ${props.label}`}>
        {text}
      </Button>
    </Form>
  );
  return (
    <div class="dk-actions">
      {props.first ? null : button('hoch', m.up)}
      {props.last ? null : button('runter', m.down)}
    </div>
  );
}

/** The actions cell of an entry in a list people order by hand: edit, and move up or down. */
export function OrderedEntryActions(props: {
  ctx: ViewContext;
  event: EventRow;
  section: ListSection;
  entryId: string;
  label: string;
  index: number;
  count: number;
}) {
  const { ctx } = props;
  const edit = ctx.t.events.editor.questions.edit;
  const base = `${sectionPath(props.event.id, props.section)}/${props.entryId}`;
  return (
    <>
      <p class="kern-body">
        <a href={base} aria-label={`${edit}: ${props.label}`}>
          {edit}
        </a>
      </p>
      <MoveButtons ctx={ctx} action={`${base}/verschieben`} label={props.label} first={props.index === 0} last={props.index === props.count - 1} />
    </>
  );
}
