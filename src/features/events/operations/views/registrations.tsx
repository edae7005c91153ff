import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDate, formatDateTime } from '../../../../platform/i18n/dates.ts';
import { NotificationBanner, Table } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, fieldId, Form, TextField } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { RegistrationRow } from '../repository.ts';
import { datePath, dateLabel, registrationsPath, type RegistrationsOverview } from '../service.ts';
import { personalDataRemovedAt } from '../retention.ts';
import { RegistrationChart } from './chart.tsx';
import { ManualRegistrationForm } from './manual-form.tsx';
import { DateSubnav, operationsCrumbs, personName, SuccessNotice } from './shared.tsx';
import { DateSummary, StatusTag } from '../../registration/views/parts.tsx';

export interface RegistrationsPageProps {
  ctx: ViewContext;
  overview: RegistrationsOverview;
  search: string;
  notice?: string | undefined;
  /** problems of the manual form or of an action on one registration */
  errors?: FieldError[] | undefined;
  /** what was typed into the manual form */
  values?: FormValues | undefined;
  /** whether editors can still register someone: the date has not begun, is not cancelled or anonymised */
  manualOpen: boolean;
}

/** Error "fields" for problems of a button in a list; the summary links to the list's heading. */
export const ACTION_ANCHORS = { registrations: 'anmeldungen', waitingList: 'warteliste' } as const;

function Counts(props: { ctx: ViewContext; overview: RegistrationsOverview }) {
  const { counts, date } = props.overview;
  const m = props.ctx.t.eventOperations.registrations.counts;
  const items: [number, string][] = [
    [counts.confirmed, `${m.confirmed} ${m.seatsOf(date.seats)}`],
    [counts.waiting, m.waiting],
    [counts.offered, m.offered],
    [counts.held, m.held],
    [counts.cancelled, m.cancelled],
    [counts.checkedIn, m.checkedIn],
  ];
  return (
    <ul class="dk-grid dk-grid--3 kern-list">
      {items.map(([n, label]) => (
        <li key={label} class="kern-card">
          <div class="kern-card__container">
            <p class="kern-heading-large">{n}</p>
            <p class="kern-body">{label}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

function Retention(props: { ctx: ViewContext; overview: RegistrationsOverview }) {
  const { ctx, overview } = props;
  const m = ctx.t.eventOperations.retention;
  const { event, date } = overview;
  return (
    <NotificationBanner ctx={ctx} title={m.heading} id="retention-title">
      <p class="kern-body">
        {date.anonymisedAt
          ? m.done(formatDate(ctx.locale, date.anonymisedAt))
          : m.pending(formatDate(ctx.locale, personalDataRemovedAt(event, date)), event.retentionDays)}
      </p>
    </NotificationBanner>
  );
}

function StatusCell(props: { ctx: ViewContext; registration: RegistrationRow }) {
  const { ctx, registration: r } = props;
  const m = ctx.t.eventOperations.registrations;
  const notes = [
    r.checkedInAt ? m.checkedIn : undefined,
    r.status === 'offered' && r.offerExpiresAt ? m.offerUntil(formatDateTime(ctx.locale, r.offerExpiresAt)) : undefined,
    r.status === 'held' && r.holdExpiresAt ? m.holdUntil(formatDateTime(ctx.locale, r.holdExpiresAt)) : undefined,
    r.createdBy ? m.manually : undefined,
  ].filter(Boolean);
  return (
    <>
      <StatusTag ctx={ctx} status={r.status} />
      {notes.length > 0 ? <span class="kern-body kern-body--small kern-body--muted"> {notes.join(', ')}</span> : null}
    </>
  );
}

// aria-label, not a visually hidden span: inside the scrolling table such a span is placed
// outside the wrapper and widens the whole page on small screens. The label starts with the
// visible word, so speech control finds the button by what it shows.
function ActionButton(props: { ctx: ViewContext; action: string; label: string; name: string; variant: 'warning' | 'secondary' }) {
  return (
    <Form ctx={props.ctx} action={props.action} class="dk-inline-form">
      <Button variant={props.variant} ariaLabel={`${props.label} ${props.name}`}>
        {props.label}
      </Button>
    </Form>
  );
}

export function RegistrationsPage(props: RegistrationsPageProps) {
  const { ctx, overview, search } = props;
  const { event, date } = overview;
  const m = ctx.t.eventOperations.registrations;
  const base = registrationsPath(event.id, date.id);
  const title = m.pageTitle(event.title, dateLabel(date, ctx.locale, ctx.t));
  const anonymised = Boolean(date.anonymisedAt);
  const cancelButton = (r: RegistrationRow) =>
    r.status === 'cancelled' || anonymised ? null : (
      <ActionButton ctx={ctx} action={`${base}/${r.id}/stornieren`} label={m.cancel} name={personName(r)} variant="warning" />
    );
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={operationsCrumbs(ctx, event, date, m.title)} wide>
      <SuccessNotice ctx={ctx} text={props.notice} />
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <DateSubnav ctx={ctx} event={event} date={date} current="registrations" />
      {date.cancelledAt ? <p class="dk-inset-text">{m.cancelledDate}</p> : null}
      <DateSummary ctx={ctx} event={event} date={date} />
      <Retention ctx={ctx} overview={overview} />

      <h2 class="kern-heading-large">{m.countsHeading}</h2>
      <Counts ctx={ctx} overview={overview} />

      <h2 class="kern-heading-large">{ctx.t.eventOperations.chart.heading}</h2>
      <RegistrationChart ctx={ctx} perDay={overview.perDay} seats={date.seats} />

      <h2 class="kern-heading-large">{m.exportsHeading}</h2>
      <ul class="kern-list kern-list--bullet">
        <li>
          <a href={`${base}.csv`} download>
            {m.exportCsv}
          </a>
        </li>
        <li>
          <a href={`${base}.xlsx`} download>
            {m.exportXlsx}
          </a>
        </li>
        <li>
          <a href={`${datePath(event.id, date.id)}/teilnehmerliste`}>{m.printList}</a>
        </li>
      </ul>

      <h2 class="kern-heading-large" id={fieldId(ACTION_ANCHORS.registrations)} tabindex={-1}>
        {m.searchHeading}
      </h2>
      <form method="get" action={base} class="dk-filter" role="search">
        <TextField name="suche" type="search" label={m.search} value={search} width="half" spellcheck={false} />
        <Button variant="secondary">{m.searchSubmit}</Button>
      </form>
      {search ? (
        <p class="kern-body">
          <a href={base}>{m.searchReset}</a>
        </p>
      ) : null}
      <p class="kern-body" role="status">
        {overview.registrations.length === 0
          ? search
            ? m.noneFound
            : m.none
          : search
            ? m.found(overview.registrations.length)
            : m.total(overview.registrations.length)}
      </p>
      {overview.registrations.length > 0 ? (
        <Table
          caption={m.searchHeading}
          captionHidden
          id="registrations-table"
          head={[m.columns.reference, m.columns.name, m.columns.email, m.columns.organisation, m.columns.status, m.columns.registeredAt, m.columns.actions]}
          rows={overview.registrations.map((r) => [
            <span class="dk-reference">{r.reference}</span>,
            personName(r),
            r.email,
            r.organisation,
            <StatusCell ctx={ctx} registration={r} />,
            formatDateTime(ctx.locale, r.createdAt),
            cancelButton(r),
          ])}
        />
      ) : null}

      <h2 class="kern-heading-large" id={fieldId(ACTION_ANCHORS.waitingList)} tabindex={-1}>
        {m.waitingHeading}
      </h2>
      {overview.waitingList.length === 0 ? (
        <p class="kern-body">{m.waitingEmpty}</p>
      ) : (
        <>
          <p class="kern-body">{m.waitingLead}</p>
          <Table
            caption={m.waitingHeading}
            captionHidden
            id="waiting-list-table"
            head={[m.columns.position, m.columns.reference, m.columns.name, m.columns.organisation, m.columns.registeredAt, m.columns.actions]}
            numeric={[0]}
            rows={overview.waitingList.map((r, i) => [
              String(i + 1),
              <span class="dk-reference">{r.reference}</span>,
              personName(r),
              r.organisation,
              formatDateTime(ctx.locale, r.createdAt),
              <div class="dk-actions">
                <ActionButton ctx={ctx} action={`${base}/${r.id}/nachruecken`} label={m.promote} name={personName(r)} variant="secondary" />
                {cancelButton(r)}
              </div>,
            ])}
          />
        </>
      )}

      {props.manualOpen ? (
        <>
          <h2 class="kern-heading-large">{m.manualHeading}</h2>
          <p class="kern-body">{m.manualLead}</p>
          <ManualRegistrationForm
            ctx={ctx}
            event={event}
            action={`${base}/manuell`}
            questions={overview.questions}
            worldCafe={overview.worldCafeQuestions}
            values={props.values}
            errors={props.errors}
          />
        </>
      ) : null}
    </Layout>
  );
}
