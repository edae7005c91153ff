import type { FieldError } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Card, SummaryList, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { isStrategyStep } from '../../../strategy/plan/homework-service.ts';
import { editorModulePath, editorSeriesPath, seriesPath } from '../../core/paths.ts';
import type { SeriesRow } from '../../core/repository.ts';
import { SeriesEditorLayout } from '../../core/views/series-editor-layout.tsx';
import type { ModuleOverview } from '../editor-service.ts';
import { sessionWhen, sessionWhere } from './shared.tsx';

/** "Nach oben" / "Nach unten" for one module; the module is named in the buttons' accessible names. */
function MoveButtons(props: { ctx: ViewContext; action: string; label: string; first: boolean; last: boolean }) {
  const m = props.ctx.t.seminarsEditor.overview;
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

function ModuleCard(props: { ctx: ViewContext; series: SeriesRow; entry: ModuleOverview; index: number; count: number }) {
  const { ctx, series, entry } = props;
  const { module, sessions } = entry;
  const m = ctx.t.seminarsEditor.overview;
  const title = `${ctx.t.seminars.moduleNumber(props.index + 1)}: ${module.title}`;
  return (
    <Card
      title={title}
      headingLevel={3}
      meta={
        <>
          {module.isPilot ? <Tag colour="yellow">{ctx.t.seminars.pilot}</Tag> : null} {m.materialsCount(entry.materials)}
          {module.homeworkStep && isStrategyStep(module.homeworkStep) ? ` · ${m.homework(ctx.t.strategy.steps[module.homeworkStep])}` : ''}
        </>
      }
    >
      {sessions.length === 0 ? (
        <p class="kern-body">{m.noSessions}</p>
      ) : (
        <ul class="kern-list">
          {sessions.map((s) => (
            <li key={s.id}>
              {sessionWhen(ctx, s)} · {sessionWhere(ctx, s)}
            </li>
          ))}
        </ul>
      )}
      <ul class="kern-list">
        <li>
          <a href={editorModulePath(series.id, module.id)}>
            {m.editModule}
            <span class="kern-sr-only">: {module.title}</span>
          </a>
        </li>
        <li>
          <a href={editorModulePath(series.id, module.id, 'termine')}>
            {m.sessions}
            <span class="kern-sr-only">: {module.title}</span>
          </a>
        </li>
        <li>
          <a href={editorModulePath(series.id, module.id, 'materialien')}>
            {m.materials}
            <span class="kern-sr-only">: {module.title}</span>
          </a>
        </li>
        <li>
          <a href={editorModulePath(series.id, module.id, 'anwesenheit')}>
            {m.attendance}
            <span class="kern-sr-only">: {module.title}</span>
          </a>
        </li>
        {module.isPilot ? (
          <li>
            <a href={editorModulePath(series.id, module.id, 'rueckmeldungen')}>
              {m.feedback}
              <span class="kern-sr-only">: {module.title}</span>
            </a>
          </li>
        ) : null}
      </ul>
      <MoveButtons
        ctx={ctx}
        action={editorModulePath(series.id, module.id, 'verschieben')}
        label={module.title}
        first={props.index === 0}
        last={props.index === props.count - 1}
      />
    </Card>
  );
}

export function SeriesOverviewPage(props: {
  ctx: ViewContext;
  series: SeriesRow;
  modules: ModuleOverview[];
  notice?: string | undefined;
  errors?: FieldError[];
}) {
  const { ctx, series, modules } = props;
  const m = ctx.t.seminarsEditor.overview;
  const published = series.status === 'published';
  const eligibility = [
    series.requiredFunction,
    series.organisationTypes.map((type) => ctx.t.organisations.types[type as keyof typeof ctx.t.organisations.types] ?? type).join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <SeriesEditorLayout
      ctx={ctx}
      series={series}
      title={series.title}
      section="overview"
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <p class="kern-body">
        <Tag colour={published ? 'green' : 'grey'}>{ctx.t.seminars.status[series.status]}</Tag> {published ? m.publishedNote : m.draftNote}
      </p>
      <Form ctx={ctx} action={editorSeriesPath(series.id, published ? 'zurueckziehen' : 'veroeffentlichen')}>
        <span id="f-publish" />
        <Button variant={published ? 'secondary' : 'primary'}>{published ? m.withdraw : m.publish}</Button>
      </Form>
      <h2 class="kern-heading-medium">{m.facts}</h2>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.publicPage, value: <a href={seriesPath(series.slug)}>{seriesPath(series.slug)}</a> },
          { key: m.audience, value: series.audience, changeHref: editorSeriesPath(series.id, 'bearbeiten') },
          { key: m.period, value: ctx.t.seminars.period(series.startYear, series.endYear) },
          { key: m.partners, value: series.partners.length > 0 ? series.partners.join(', ') : m.none },
          { key: m.mode, value: ctx.t.seminars.modes[series.registrationMode] },
          ...(series.registrationMode === 'series'
            ? [
                { key: m.seats, value: series.seats === null ? m.none : String(series.seats) },
                { key: m.deadline, value: series.registrationDeadline ? formatDateTime(ctx.locale, series.registrationDeadline) : m.none },
              ]
            : []),
          { key: m.eligibility, value: eligibility || m.anyone },
        ]}
      />
      <h2 class="kern-heading-medium">{m.modules}</h2>
      {modules.length === 0 ? <p class="kern-body">{m.noModules}</p> : null}
      {modules.map((entry, i) => (
        <ModuleCard key={entry.module.id} ctx={ctx} series={series} entry={entry} index={i} count={modules.length} />
      ))}
      <p class="kern-body">
        <ButtonLink href={editorSeriesPath(series.id, 'module/neu')} variant="secondary">
          {m.addModule}
        </ButtonLink>
      </p>
    </SeriesEditorLayout>
  );
}
