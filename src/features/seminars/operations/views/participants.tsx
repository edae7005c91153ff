import { formatDate } from '../../../../platform/i18n/dates.ts';
import { Table, Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { STRATEGY_STEPS } from '../../../strategy/plan/homework-service.ts';
import { editorModulePath, editorSeriesPath } from '../../core/paths.ts';
import type { SeriesRow } from '../../core/repository.ts';
import { SeriesEditorLayout } from '../../core/views/series-editor-layout.tsx';
import type { ParticipantEntry, ParticipantsOverview } from '../service.ts';

export interface ParticipantsPageProps {
  ctx: ViewContext;
  series: SeriesRow;
  overview: ParticipantsOverview;
}

/** A module's ✓ with its word beside it, so that nobody has to read a symbol. */
function AttendedCell(props: { ctx: ViewContext; attended: boolean }) {
  const m = props.ctx.t.seminarsOperations.participants;
  return props.attended ? (
    <>
      <span aria-hidden="true">✓ </span>
      {m.attended}
    </>
  ) : (
    m.notAttended
  );
}

function RegistrationsTable(props: {
  ctx: ViewContext;
  caption: string;
  entries: ParticipantEntry[];
  total: number;
  attendedCount: (e: ParticipantEntry) => number;
  /** with each person's place on the waiting list */
  waiting?: boolean;
}) {
  const { ctx, entries } = props;
  const m = ctx.t.seminarsOperations.participants;
  const c = m.columns;
  return (
    <Table
      caption={props.caption}
      captionHidden
      head={[...(props.waiting ? [c.position] : []), c.name, c.email, c.organisation, c.function, c.status, c.registeredAt, c.scope, c.progress]}
      numeric={props.waiting ? [0] : []}
      rows={entries.map((e, i) => [
        ...(props.waiting ? [String(i + 1)] : []),
        e.displayName,
        e.email,
        e.organisationName ?? m.none,
        e.registration.functionStatement || m.none,
        <Tag colour={e.registration.status === 'confirmed' ? 'green' : 'yellow'}>
          {m.statuses[e.registration.status === 'confirmed' ? 'confirmed' : 'waiting']}
        </Tag>,
        formatDate(ctx.locale, e.registration.createdAt),
        e.module ? e.module.title : m.scopeSeries,
        m.progress(props.attendedCount(e), props.total),
      ])}
    />
  );
}

/**
 * The editors' view of a series' participants: registrations, how many modules each person
 * attended, module by module, and how far each municipality's strategy has come.
 */
export function ParticipantsPage(props: ParticipantsPageProps) {
  const { ctx, series, overview } = props;
  const m = ctx.t.seminarsOperations.participants;
  const total = overview.modules.length;
  const attendedCount = (e: ParticipantEntry) => overview.modules.filter((module) => e.attended.has(module.id)).length;
  // one row per person: in module mode a person holds one registration per module
  const people = [...new Map(overview.confirmed.map((e) => [e.registration.userId, e])).values()];
  return (
    <SeriesEditorLayout ctx={ctx} series={series} title={m.title} section="participants" wide>
      <p class="kern-body kern-body--large">{m.lead}</p>

      <h2 class="kern-heading-medium">{m.confirmedHeading}</h2>
      {overview.confirmed.length === 0 ? (
        <p class="kern-body">{m.noneConfirmed}</p>
      ) : (
        <RegistrationsTable ctx={ctx} caption={m.confirmedHeading} entries={overview.confirmed} total={total} attendedCount={attendedCount} />
      )}

      <h2 class="kern-heading-medium">{m.waitingHeading}</h2>
      {overview.waiting.length === 0 ? (
        <p class="kern-body">{m.noneWaiting}</p>
      ) : (
        <RegistrationsTable ctx={ctx} caption={m.waitingHeading} entries={overview.waiting} total={total} attendedCount={attendedCount} waiting />
      )}

      {people.length > 0 && total > 0 ? (
        <>
          <h2 class="kern-heading-medium">{m.progressHeading}</h2>
          <Table
            caption={m.progressCaption}
            captionHidden
            head={[m.columns.name, ...overview.modules.map((module, i) => `${ctx.t.seminars.moduleNumber(i + 1)}: ${module.title}`), m.columns.progress]}
            rows={people.map((e) => [
              e.displayName,
              ...overview.modules.map((module) => <AttendedCell ctx={ctx} attended={e.attended.has(module.id)} />),
              m.progress(attendedCount(e), total),
            ])}
          />
        </>
      ) : null}

      <h2 class="kern-heading-medium">{m.stepsHeading}</h2>
      <p class="kern-body">{m.stepsLead}</p>
      {overview.organisations.length === 0 ? (
        <p class="kern-body">{m.noOrganisations}</p>
      ) : (
        <Table
          caption={m.stepsCaption}
          captionHidden
          head={[m.columns.organisation, ...STRATEGY_STEPS.map((step) => ctx.t.strategy.steps[step])]}
          rows={overview.organisations.map((o) => [o.name, ...STRATEGY_STEPS.map((step) => ctx.t.strategyPlan.tasks.states[o.steps[step]])])}
        />
      )}

      {total > 0 ? (
        <>
          <h2 class="kern-heading-medium">{m.modulesHeading}</h2>
          <ul class="kern-list">
            {overview.modules.map((module, i) => {
              const name = `${ctx.t.seminars.moduleNumber(i + 1)}: ${module.title}`;
              return (
                <li key={module.id}>
                  <a href={editorModulePath(series.id, module.id, 'anwesenheit')}>{m.attendanceLink(name)}</a>
                  {module.isPilot ? (
                    <>
                      {' · '}
                      <a href={editorModulePath(series.id, module.id, 'rueckmeldungen')}>{m.feedbackLink(name)}</a>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      <h2 class="kern-heading-medium">{m.exportHeading}</h2>
      <p class="kern-body">{m.exportLead}</p>
      <ul class="kern-list">
        <li>
          <a href={editorSeriesPath(series.id, 'teilnehmende.csv')}>{m.csv}</a>
        </li>
        <li>
          <a href={editorSeriesPath(series.id, 'teilnehmende.xlsx')}>{m.xlsx}</a>
        </li>
      </ul>
    </SeriesEditorLayout>
  );
}
