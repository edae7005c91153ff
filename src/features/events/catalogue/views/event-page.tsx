import { Picture } from '../../../../platform/views/components/picture.tsx';
import { Fragment, type ComponentChildren } from 'preact';
import type { FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { NotificationBanner, SummaryList, Tag, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { formatClock, formatDay, formatLeaf } from '../../../../platform/i18n/dates.ts';
import { dateIcsPath, editorEventPath, registrationPath } from '../../core/paths.ts';
import { dateWhere, placeLines, shortPlace } from '../../core/places.ts';
import { isRegistrationOpen, seatsLeft } from '../../core/rules.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventPageData } from '../catalogue-service.ts';
import { groupByClockTimes, programmeAt, sameClockAtEveryDate, type ProgrammeEntry } from '../../core/programme.ts';
import { HOLD_MINUTES } from '../../core/rules.ts';
import type { WorldCafe } from '../../world-cafe/service.ts';
import { catalogueCrumb, deadlineText, FieldTags, SeatsLeft, timeRange } from '../../core/views/event-parts.tsx';
import { WorldCafeSection } from '../../world-cafe/views/results.tsx';

/**
 * A part of the page under an h2 whose id the page can link to; nothing when the editor left
 * it empty. No <section> wrapper: the design system spaces an h2 from what precedes it.
 */
function Section(props: { id: string; title: string; text?: string; children?: ComponentChildren }) {
  if (props.text !== undefined && props.text.trim() === '') return null;
  return (
    <>
      <h2 class="kern-heading-large" id={props.id}>
        {props.title}
      </h2>
      {props.text !== undefined ? <PlainText text={props.text} headingLevel={3} /> : null}
      {props.children}
    </>
  );
}

function Lines(props: { lines: string[] }) {
  return <>{props.lines.flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]))}</>;
}

/** The day as a calendar leaf beside the heading; the heading says it in words. */
function Leaf(props: { ctx: ViewContext; date: Date }) {
  const leaf = formatLeaf(props.ctx.locale, props.date);
  return (
    <p class="dk-leaf" aria-hidden="true">
      <span class="dk-leaf__month">{leaf.month}</span>
      <span class="dk-leaf__day">{leaf.day}</span>
      <span class="dk-leaf__weekday">{leaf.weekday}</span>
    </p>
  );
}

/**
 * One date as a card to take in at a glance: the day, the place, the time and the free seats
 * first, then what the registration needs.
 */
function DateCard(props: { ctx: ViewContext; slug: string; date: EventDate; now: Date }) {
  const { ctx, date } = props;
  const m = ctx.t.events.page;
  const day = formatDay(ctx.locale, date.startsAt);
  const place = shortPlace(date, ctx.t);
  const state = isRegistrationOpen(date, props.now);
  const headingId = `termin-${date.id}`;
  const clock = (d: Date) => ctx.t.events.clock(formatClock(ctx.locale, d));
  // Once a date has begun, its deadline and free seats are history nobody needs to read.
  const begun = !state.open && state.reason === 'past';
  const facts: SummaryRow[] = [
    { key: m.time, value: timeRange(ctx, date) },
    ...(date.doorsOpenAt ? [{ key: m.doorsOpen, value: clock(date.doorsOpenAt) }] : []),
    { key: m.place, value: <Lines lines={placeLines(date, ctx.t)} /> },
    ...(date.cancelledAt || begun ? [] : [{ key: m.seats, value: <SeatsLeft ctx={ctx} date={date} /> }]),
    ...(begun ? [] : [{ key: m.deadline, value: deadlineText(ctx, date) }]),
    ...(date.note ? [{ key: m.note, value: date.note }] : []),
  ];
  return (
    <article class="kern-card dk-date-card" aria-labelledby={headingId}>
      <div class="kern-card__container">
        <header class="dk-date-card__header">
          <h3 class="kern-heading-small" id={headingId}>
            {day} – {place} {date.cancelledAt ? <Tag colour="red">{ctx.t.events.cancelledTag}</Tag> : null}
          </h3>
          <Leaf ctx={ctx} date={date.startsAt} />
        </header>
        <dl class="dk-facts">
          {facts.map((f) => (
            <div class="dk-facts__row" key={f.key}>
              <dt class="dk-facts__key">{f.key}</dt>
              <dd class="dk-facts__value">{f.value}</dd>
            </div>
          ))}
        </dl>
        {date.online && !date.cancelledAt ? <p class="kern-body">{m.streamHint}</p> : null}
        {state.open ? (
          <>
            {seatsLeft(date) === 0 ? <p class="dk-inset-text">{ctx.t.events.seats.fullHint}</p> : null}
            <ButtonLink href={registrationPath(props.slug, date.id)}>
              {m.register}
              <span class="kern-sr-only"> {m.registerFor(day, place)}</span>
            </ButtonLink>
          </>
        ) : (
          <div class="dk-inset-text">
            <p class="kern-body">
              <strong>{m.registrationClosed}:</strong> {ctx.t.events.closed[state.reason]}
            </p>
          </div>
        )}
        {date.cancelledAt ? null : (
          <p class="kern-body kern-body--small">
            <a href={dateIcsPath(props.slug, date.id)} type="text/calendar">
              {m.addToCalendar}
              <span class="kern-sr-only"> – {m.calendarFor(day, place)}</span>
            </a>
          </p>
        )}
      </div>
    </article>
  );
}

/**
 * The programme for dates that share its clock times: each item once, the other speakers and
 * the items at one of these dates only marked.
 */
function SharedProgramme(props: { ctx: ViewContext; programme: ProgrammeEntry[]; dates: EventDate[]; shown: EventDate[] }) {
  const { ctx, dates } = props;
  const m = ctx.t.events.page;
  const where = (d: EventDate) => dateWhere(d, dates, ctx.t, ctx.locale);
  const shown = new Set(props.shown.map((d) => d.id));
  const rows: SummaryRow[] = props.programme.flatMap(({ item, onlyDate, variations, times }) => {
    const time = times.find((t) => shown.has(t.date.id));
    if (!time) return [];
    const value = (
      <>
        <strong>{item.title}</strong>
        {onlyDate && shown.size > 1 ? (
          <>
            {' '}
            <Tag colour="blue">{m.onlyAt(where(onlyDate))}</Tag>
          </>
        ) : null}
        {item.speaker ? (
          <>
            <br />
            {item.speaker}
          </>
        ) : null}
        {variations
          .filter((v) => shown.has(v.date.id))
          .map((v) => (
            <span key={v.date.id}>
              <br />
              <Tag colour="blue">{m.speakerAt(where(v.date))}</Tag> {v.speaker}
            </span>
          ))}
        <Description text={item.description} />
      </>
    );
    return [{ key: m.programmeTime(formatClock(ctx.locale, time.at)), value }];
  });
  return <SummaryList ctx={ctx} rows={rows} />;
}

function Description(props: { text: string }) {
  if (!props.text) return null;
  return (
    <>
      <br />
      <span class="kern-body--muted">{props.text}</span>
    </>
  );
}

/** One date's programme at its own times, with the people who speak there. */
function DateProgramme(props: { ctx: ViewContext; programme: ProgrammeEntry[]; date: EventDate }) {
  const { ctx } = props;
  const m = ctx.t.events.page;
  const rows: SummaryRow[] = programmeAt(props.programme, props.date).map(({ item, at, speaker }) => ({
    key: m.programmeTime(formatClock(ctx.locale, at)),
    value: (
      <>
        <strong>{item.title}</strong>
        {speaker ? (
          <>
            <br />
            {speaker}
          </>
        ) : null}
        <Description text={item.description} />
      </>
    ),
  }));
  return <SummaryList ctx={ctx} rows={rows} />;
}

/**
 * The programme: once for all dates while every date keeps the same clock times, else once
 * for each group of dates with the same times. A cancelled date's times do not count,
 * unless every date is cancelled.
 */
function Programme(props: { ctx: ViewContext; programme: ProgrammeEntry[]; dates: EventDate[] }) {
  const { ctx, programme, dates } = props;
  const m = ctx.t.events.page;
  const open = dates.filter((d) => !d.cancelledAt);
  const shown = open.length > 0 ? open : dates;
  if (sameClockAtEveryDate(programme, shown)) {
    return (
      <>
        {dates.length > 1 ? <p class="kern-body">{m.programmeLead}</p> : null}
        <SharedProgramme ctx={ctx} programme={programme} dates={dates} shown={shown} />
      </>
    );
  }
  const places = new Intl.ListFormat(ctx.locale, { type: 'conjunction' });
  return (
    <>
      <p class="kern-body">{m.programmeByDate}</p>
      {groupByClockTimes(programme, shown).map((group) => (
        <Fragment key={group[0]!.id}>
          <h3 class="kern-heading-medium" id={`programm-${group[0]!.id}`}>
            {m.programmeAt(places.format(group.map((d) => dateWhere(d, dates, ctx.t, ctx.locale))))}
          </h3>
          {group.length > 1 ? (
            <SharedProgramme ctx={ctx} programme={programme} dates={dates} shown={group} />
          ) : (
            <DateProgramme ctx={ctx} programme={programme} date={group[0]!} />
          )}
        </Fragment>
      ))}
    </>
  );
}

/**
 * Before the event the questions are part of the invitation (people choose one when they
 * register); once a date is over, or results or contributions exist, H3's section shows
 * them with results and the members' contributions.
 */
function worldCafeHasResults(worldCafe: WorldCafe, dates: EventDate[], now: Date): boolean {
  return dates.some((d) => d.endsAt <= now) || worldCafe.contributions.length > 0 || worldCafe.questions.some((q) => q.resultPublishedAt);
}

export function EventPage(props: {
  ctx: ViewContext;
  data: EventPageData;
  fields: FieldOfAction[];
  now: Date;
  canEdit: boolean;
  /** the questions with published results and members' contributions */
  worldCafe: WorldCafe;
  /** signed-in members may add contributions */
  canContribute: boolean;
}) {
  const { ctx, data } = props;
  const { event, dates } = data;
  const m = ctx.t.events.page;
  return (
    <Layout ctx={ctx} title={event.title} breadcrumbs={[catalogueCrumb(ctx), { label: event.title }]}>
      {event.status === 'draft' ? (
        <NotificationBanner ctx={ctx} title={m.draftTitle}>
          <p class="kern-body">{m.draftBody}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="kern-heading-x-large">{event.title}</h1>
      <p class="kern-body kern-body--large">{event.summary}</p>
      <p class="kern-body">
        <strong>{m.organiser}:</strong> {event.organiser}
      </p>
      <FieldTags ctx={ctx} slugs={event.fieldsOfAction} fields={props.fields} label={m.fields} />
      <p class="kern-body">
        <a href="#termine">{dates.some((d) => d.startsAt > props.now) ? m.toDates : m.toPastDates}</a>
        {props.canEdit ? (
          <>
            {' · '}
            <a href={editorEventPath(event.id)}>{m.editLink}</a>
          </>
        ) : null}
      </p>
      {data.picture ? <Picture picture={data.picture} sizes="page" first class="dk-picture--lead" /> : null}

      <Section id="geplant" title={m.planned} text={event.description} />
      <Section id="eingeladen" title={m.audience} text={event.audience} />

      <Section id="termine" title={m.dates}>
        {dates.length === 0 ? <p class="kern-body">{m.noDates}</p> : null}
        {event.requiresConfirmedEmail && dates.length > 0 ? <p class="dk-inset-text">{m.confirmedEmailNotice(HOLD_MINUTES)}</p> : null}
        <div class="dk-date-grid">
          {dates.map((d) => (
            <DateCard key={d.id} ctx={ctx} slug={event.slug} date={d} now={props.now} />
          ))}
        </div>
      </Section>

      <Section id="hinweise" title={m.notes} text={event.notes} />

      {/* without a date there is no start to read the programme's times from */}
      {data.programme.length > 0 && dates.length > 0 ? (
        <Section id="programm" title={m.programme}>
          <Programme ctx={ctx} programme={data.programme} dates={dates} />
        </Section>
      ) : null}

      {worldCafeHasResults(props.worldCafe, dates, props.now) ? (
        <WorldCafeSection
          ctx={ctx}
          event={event}
          questions={props.worldCafe.questions}
          contributions={props.worldCafe.contributions}
          canContribute={props.canContribute}
        />
      ) : props.worldCafe.questions.length > 0 ? (
        <Section id="world-cafe" title={m.worldCafe}>
          <p class="kern-body">{m.worldCafeLead}</p>
          <ol class="kern-list kern-list--number">
            {props.worldCafe.questions.map((q) => (
              <li key={q.id}>{q.question}</li>
            ))}
          </ol>
        </Section>
      ) : null}

      <Section id="medien" title={m.mediaNotice} text={event.mediaNotice} />
      <Section id="ablauf" title={m.procedure} text={event.procedure} />
      <Section id="einwilligung" title={m.consent}>
        <PlainText text={event.consentText} />
        <p class="kern-body kern-body--small kern-body--muted">{m.consentVersion(event.consentVersion)}</p>
      </Section>
      <Section id="kontakt" title={m.contact} text={event.contact} />
    </Layout>
  );
}
