import type { FieldError } from '../../../../platform/http/form.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { SummaryList, Table, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { formatDate } from '../../../../platform/i18n/dates.ts';
import { editorEventPath, eventPath } from '../../core/paths.ts';
import { isRegistrationOpen } from '../../core/rules.ts';
import { shortPlace } from '../../core/places.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventOverview } from '../editor-service.ts';
import { timeRange } from '../../core/views/event-parts.tsx';
import { EventEditorLayout, sectionPath, type NoticeKey } from './shared.tsx';

function DateActions(props: { ctx: ViewContext; eventId: string; date: EventDate; now: Date }) {
  const { ctx, date } = props;
  const m = ctx.t.events.editor.overview;
  const base = `${editorEventPath(props.eventId)}/termine/${date.id}`;
  // aria-label, not a visually hidden span: inside a scrolling table such a span is
  // positioned outside the wrapper and widens the whole page on small screens.
  const which = m.forDate(formatDate(ctx.locale, date.startsAt), shortPlace(date, ctx.t));
  const changeable = !date.cancelledAt;
  const links: [string, string][] = [
    ...(changeable ? [[`${base}/bearbeiten`, m.editDate] as [string, string]] : []),
    ...(changeable && date.endsAt > props.now ? [[`${base}/absagen`, m.cancelDate] as [string, string]] : []),
    [`${base}/anmeldungen`, m.registrations],
    [`${base}/einlass`, m.checkIn],
    [`${base}/nachrichten`, m.messages],
  ];
  return (
    <ul class="kern-list">
      {links.map(([href, text]) => (
        <li key={href}>
          <a href={href} aria-label={`${text} ${which}`}>
            {text}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function EventOverviewPage(props: {
  ctx: ViewContext;
  overview: EventOverview;
  fields: FieldOfAction[];
  now: Date;
  notice?: NoticeKey | undefined;
  errors?: FieldError[];
}) {
  const { ctx, overview, now } = props;
  const { event, dates } = overview;
  const m = ctx.t.events.editor.overview;
  const id = event.id;
  const published = event.status === 'published';
  const fieldNames = props.fields.filter((f) => event.fieldsOfAction.includes(f.slug)).map((f) => fieldName(f, ctx.locale));
  return (
    <EventEditorLayout
      ctx={ctx}
      event={event}
      title={event.title}
      section="overview"
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
      wide
    >
      <p class="kern-body">
        <Tag colour={published ? 'green' : 'grey'}>{ctx.t.events.status[event.status]}</Tag>
      </p>
      <div class="dk-actions" id="f-publish">
        <Form ctx={ctx} action={`${editorEventPath(id)}/${published ? 'zurueckziehen' : 'veroeffentlichen'}`} class="dk-inline-form">
          <Button variant={published ? 'secondary' : 'primary'}>{published ? m.unpublish : m.publish}</Button>
        </Form>
        <a href={eventPath(event.slug)}>{published ? m.view : m.preview}</a>
        <a href={`${editorEventPath(id)}/kopieren`}>{m.copy}</a>
      </div>

      <h2 class="kern-heading-large">{m.dates}</h2>
      <ButtonLink href={`${editorEventPath(id)}/termine/neu`} variant="secondary">
        {m.addDate}
      </ButtonLink>
      {dates.length === 0 ? (
        <p class="kern-body">{m.noDates}</p>
      ) : (
        <Table
          caption={m.dates}
          captionHidden
          head={[m.columns.when, m.columns.where, m.columns.seats, m.columns.waiting, m.columns.registration, m.columns.actions]}
          numeric={[2, 3]}
          rows={dates.map((d) => {
            const state = isRegistrationOpen(d, now);
            return [
              <>
                {formatDate(ctx.locale, d.startsAt)}
                <br />
                {timeRange(ctx, d)}
              </>,
              shortPlace(d, ctx.t),
              m.taken(d.confirmedCount, d.seats),
              String(overview.waiting.get(d.id) ?? 0),
              state.open ? (
                <Tag colour="green">{m.open}</Tag>
              ) : (
                <Tag colour={state.reason === 'cancelled' ? 'red' : 'grey'}>{m.closedReasons[state.reason]}</Tag>
              ),
              <DateActions ctx={ctx} eventId={id} date={d} now={now} />,
            ];
          })}
        />
      )}

      <h2 class="kern-heading-large">{m.wholeEvent}</h2>
      <ul class="kern-list">
        <li>
          <a href={`${editorEventPath(id)}/anmeldungen.csv`}>{m.exportCsv}</a>
        </li>
        <li>
          <a href={`${editorEventPath(id)}/anmeldungen.xlsx`}>{m.exportXlsx}</a>
        </li>
        <li>
          <a href={`${editorEventPath(id)}/world-cafe`}>{m.worldCafeResults}</a>
        </li>
      </ul>

      <h2 class="kern-heading-large">{m.contents}</h2>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: ctx.t.pictures.title, value: event.pictureId ? ctx.t.pictures.present : ctx.t.pictures.none, changeHref: sectionPath(id, 'picture') },
          { key: ctx.t.events.editor.subnav.programme, value: m.programmeCount(overview.programmeCount), changeHref: sectionPath(id, 'programme') },
          { key: ctx.t.events.editor.subnav.questions, value: m.questionCount(overview.questionCount), changeHref: sectionPath(id, 'questions') },
          { key: ctx.t.events.editor.subnav.consent, value: m.consentVersion(event.consentVersion), changeHref: sectionPath(id, 'consent') },
          { key: ctx.t.events.editor.subnav.worldCafe, value: m.questionCount(overview.worldCafeCount), changeHref: sectionPath(id, 'worldCafe') },
          { key: ctx.t.events.editor.form.fields, value: fieldNames.length > 0 ? fieldNames.join(', ') : m.noFields, changeHref: sectionPath(id, 'texts') },
          { key: m.retentionLabel, value: m.retention(event.retentionDays), changeHref: sectionPath(id, 'texts') },
          { key: m.slug, value: <a href={eventPath(event.slug)}>{eventPath(event.slug)}</a> },
        ]}
      />
    </EventEditorLayout>
  );
}
