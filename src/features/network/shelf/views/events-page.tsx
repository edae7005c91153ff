import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Table, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, errorFor, Form, Select, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { GroupRow } from '../../core/repository.ts';
import type { GroupStanding } from '../../core/rules.ts';
import { GroupLayout } from '../../core/views/group-layout.tsx';
import { groupEventRemovePath, groupEventsPath } from '../paths.ts';
import { eventPath, type ListedEvent } from '../service.ts';

export type GroupEventNotice = 'marked' | 'unmarked';

/** The moderators' form to mark another event, with what they sent and why it was refused. */
export interface MarkEventState {
  choices: { id: string; title: string; nextStart: Date }[];
  submissionId: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

function place(ctx: ViewContext, date: ListedEvent['date']): string {
  if (date.online) return ctx.t.networkShelf.events.online;
  return [date.placeName, date.town].filter((part) => part).join(', ');
}

function EventsTable(props: { ctx: ViewContext; group: GroupRow; events: ListedEvent[]; caption: string; removable: boolean }) {
  const { ctx, group } = props;
  const m = ctx.t.networkShelf.events;
  const rows = props.events.map(({ event, date }) => [
    <a key="title" href={eventPath(event.slug)}>
      {event.title}
    </a>,
    <span key="date">
      {formatDateTime(ctx.locale, date.startsAt)}
      {date.cancelledAt ? (
        <>
          {' '}
          <Tag colour="red">{m.cancelled}</Tag>
        </>
      ) : null}
    </span>,
    place(ctx, date),
    ...(props.removable
      ? [
          <Form key="remove" ctx={ctx} action={groupEventRemovePath(group.slug, event.id)} class="dk-inline-form">
            <Button variant="tertiary" ariaLabel={m.removeLabel(event.title)}>
              {m.remove}
            </Button>
          </Form>,
        ]
      : []),
  ]);
  return (
    <Table caption={props.caption} captionHidden head={[m.head.title, m.head.date, m.head.place, ...(props.removable ? [m.head.actions] : [])]} rows={rows} />
  );
}

/**
 * The events marked as the group's: those to come with their next date and place, the last
 * past ones below; moderators add a coming event from a list and take one away.
 */
export function GroupEventsPage(props: {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  upcoming: ListedEvent[];
  past: ListedEvent[];
  /** only for the group's moderators */
  mark?: MarkEventState | undefined;
  notice?: GroupEventNotice | undefined;
}) {
  const { ctx, group, mark } = props;
  const m = ctx.t.networkShelf.events;
  return (
    <GroupLayout
      ctx={ctx}
      group={group}
      standing={props.standing}
      title={m.title}
      section="events"
      notice={props.notice ? m.notices[props.notice] : undefined}
      top={<ErrorSummary ctx={ctx} errors={mark?.errors} />}
    >
      <p class="kern-body">{m.lead}</p>
      <h2 class="kern-heading-large">{m.upcomingTitle}</h2>
      {props.upcoming.length === 0 ? (
        <p class="kern-body">{m.upcomingEmpty}</p>
      ) : (
        <EventsTable ctx={ctx} group={group} events={props.upcoming} caption={m.upcomingCaption} removable={mark !== undefined} />
      )}
      {mark ? (
        <>
          <h2 class="kern-heading-large">{m.markTitle}</h2>
          <p class="kern-body">{m.markLead}</p>
          {mark.choices.length === 0 && !mark.errors ? (
            <p class="kern-body kern-body--muted">{m.markEmpty}</p>
          ) : (
            <Form ctx={ctx} action={groupEventsPath(group.slug)} submissionId={mark.submissionId}>
              <Select
                name="eventId"
                label={m.fields.eventId}
                placeholder={m.fields.placeholder}
                value={valueFor(mark.values, 'eventId')}
                error={errorFor(mark.errors, 'eventId')}
                options={mark.choices.map((c) => ({ value: c.id, label: m.choice(c.title, formatDateTime(ctx.locale, c.nextStart)) }))}
              />
              <Button>{m.mark}</Button>
            </Form>
          )}
        </>
      ) : null}
      {props.past.length === 0 ? null : (
        <>
          <h2 class="kern-heading-large">{m.pastTitle}</h2>
          <EventsTable ctx={ctx} group={group} events={props.past} caption={m.pastCaption} removable={mark !== undefined} />
        </>
      )}
    </GroupLayout>
  );
}
