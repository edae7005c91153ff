import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import type { Messages } from '../../../../platform/i18n/index.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { SummaryList, Tag, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { isStrategyStep } from '../../../strategy/plan/homework-service.ts';
import { editorSeriesPath, materialPath, participationPath, registerPath, seriesPath } from '../../core/paths.ts';
import type { ModuleEntry, RegistrationCall, SeriesPage as SeriesPageData } from '../service.ts';
import { seriesCrumbs, sessionPlace, sessionTime } from './parts.tsx';

/** The name of an organisation type, or the type itself when the catalogue does not know it. */
function typeName(t: Messages, type: string): string {
  return Object.entries(t.organisations.types).find(([key]) => key === type)?.[1] ?? type;
}

function seatsText(ctx: ViewContext, left: number | undefined, of: number | null): string {
  const m = ctx.t.seminarsCatalogue;
  return left === undefined || of === null ? m.noLimit : m.seatsLeft(left, of);
}

/** What the visitor can do about registering, for the series or one module. */
function Call(props: { ctx: ViewContext; slug: string; call: RegistrationCall; moduleTitle?: string | undefined }) {
  const { ctx, call, slug } = props;
  const m = ctx.t.seminarsCatalogue.call;
  switch (call.kind) {
    case 'registered':
      return (
        <div class="dk-inset-text">
          <p class="kern-body">{call.waiting ? m.waiting : m.registered}</p>
          <p class="kern-body">
            <a href={participationPath(slug)}>{m.participation}</a>
          </p>
        </div>
      );
    case 'closed':
      return <p class="dk-inset-text">{m.closed}</p>;
    case 'login':
      return (
        <p class="kern-body">
          <a href={`/anmelden?weiter=${encodeURIComponent(seriesPath(slug))}`}>{m.login}</a>
        </p>
      );
    case 'ineligible':
      return <p class="dk-inset-text">{m.ineligible}</p>;
    case 'register':
      return (
        <>
          {call.full ? <p class="dk-inset-text">{m.full}</p> : null}
          <ButtonLink href={registerPath(slug, call.moduleId)}>{props.moduleTitle ? m.registerModule(props.moduleTitle) : m.register}</ButtonLink>
        </>
      );
  }
}

function ModuleSection(props: { ctx: ViewContext; slug: string; entry: ModuleEntry }) {
  const { ctx, entry, slug } = props;
  const { module } = entry;
  const m = ctx.t.seminarsCatalogue;
  const step = module.homeworkStep && isStrategyStep(module.homeworkStep) ? module.homeworkStep : undefined;
  const prefix = `modul-${entry.number}`;
  return (
    <section aria-labelledby={prefix}>
      <h3 class="kern-heading-medium" id={prefix}>
        {ctx.t.seminars.moduleNumber(entry.number)}: {module.title} {module.isPilot ? <Tag colour="yellow">{ctx.t.seminars.pilot}</Tag> : null}{' '}
        {entry.held ? <Tag colour="grey">{ctx.t.seminars.held}</Tag> : null}
      </h3>
      {module.description ? <Markdown text={module.description} headingLevel={3} idPrefix={`${prefix}-beschreibung`} /> : null}
      <h4 class="kern-heading-small">{m.sessions}</h4>
      {entry.sessions.length === 0 ? (
        <p class="kern-body">{m.noSessions}</p>
      ) : (
        <ul class="kern-list">
          {entry.sessions.map((s) => (
            <li key={s.id}>
              {sessionTime(ctx, s)} – {sessionPlace(ctx, s)}
            </li>
          ))}
        </ul>
      )}
      {module.programme ? (
        <>
          <h4 class="kern-heading-small">{m.programme}</h4>
          <Markdown text={module.programme} headingLevel={4} idPrefix={`${prefix}-programm`} />
        </>
      ) : null}
      {step || module.homework ? (
        <>
          <h4 class="kern-heading-small">{m.homework}</h4>
          {step ? <p class="kern-body">{m.homeworkStep(ctx.t.strategy.steps[step])}</p> : null}
          {module.homework ? <Markdown text={module.homework} headingLevel={4} idPrefix={`${prefix}-aufgabe`} /> : null}
        </>
      ) : null}
      <h4 class="kern-heading-small">{m.materials}</h4>
      {entry.materials === undefined ? (
        <p class="kern-body">{m.materialsLater}</p>
      ) : entry.materials.length === 0 ? (
        <p class="kern-body">{m.noMaterials}</p>
      ) : (
        <ul class="kern-list">
          {entry.materials.map((item) => (
            <li key={item.id}>
              <a href={materialPath(slug, item.id)}>{item.title}</a> ({ctx.t.knowledge.types[item.type]})
            </li>
          ))}
        </ul>
      )}
      {entry.call ? (
        <>
          <SummaryList
            ctx={ctx}
            rows={[
              { key: m.facts.seats, value: seatsText(ctx, entry.seatsLeft, module.seats) },
              ...(module.registrationDeadline ? [{ key: m.facts.deadline, value: formatDateTime(ctx.locale, module.registrationDeadline) }] : []),
            ]}
          />
          <Call ctx={ctx} slug={slug} call={entry.call} moduleTitle={module.title} />
        </>
      ) : null}
    </section>
  );
}

export function SeriesPage(props: { ctx: ViewContext; page: SeriesPageData }) {
  const { ctx, page } = props;
  const { series } = page;
  const m = ctx.t.seminarsCatalogue;
  const seriesMode = series.registrationMode === 'series';
  const facts: SummaryRow[] = [
    { key: m.facts.period, value: ctx.t.seminars.period(series.startYear, series.endYear) },
    { key: m.facts.audience, value: series.audience },
    ...(series.partners.length > 0
      ? [
          {
            key: m.facts.partners,
            value: (
              <ul class="kern-list">
                {series.partners.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    { key: m.facts.modules, value: m.modulesCount(page.modules.length) },
  ];
  const rules = [
    ...(series.requiredFunction ? [ctx.t.seminars.ineligible.functionRequired(series.requiredFunction)] : []),
    ...(series.organisationTypes.length > 0
      ? [ctx.t.seminars.ineligible.organisationType(series.organisationTypes.map((type) => typeName(ctx.t, type)).join(', '))]
      : []),
  ];
  return (
    <Layout ctx={ctx} title={series.title} breadcrumbs={[...seriesCrumbs(ctx), { label: series.title }]}>
      <h1 class="kern-heading-x-large">
        {series.title} {series.status === 'draft' ? <Tag colour="grey">{ctx.t.seminars.status.draft}</Tag> : null}
      </h1>
      <p class="kern-body kern-body--large">{series.summary}</p>
      {page.editor ? (
        <p class="kern-body">
          <a href={editorSeriesPath(series.id)}>{m.editLink}</a>
        </p>
      ) : null}
      <SummaryList ctx={ctx} rows={facts} />
      <h2 class="kern-heading-large">{m.aim}</h2>
      <Markdown text={series.aim} headingLevel={2} idPrefix="ziel" />
      <h2 class="kern-heading-large">{m.registration}</h2>
      <p class="kern-body">{seriesMode ? m.modeSeries : m.modeModule}</p>
      {seriesMode ? (
        <SummaryList
          ctx={ctx}
          rows={[
            { key: m.facts.seats, value: seatsText(ctx, page.seatsLeft, series.seats) },
            ...(series.registrationDeadline ? [{ key: m.facts.deadline, value: formatDateTime(ctx.locale, series.registrationDeadline) }] : []),
          ]}
        />
      ) : null}
      <h3 class="kern-heading-medium">{m.rules}</h3>
      {rules.length === 0 ? (
        <p class="kern-body">{m.anyone}</p>
      ) : (
        <ul class="kern-list">
          {rules.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {page.call ? <Call ctx={ctx} slug={series.slug} call={page.call} /> : null}
      {!seriesMode && page.participant ? (
        <p class="kern-body">
          <a href={participationPath(series.slug)}>{m.call.participation}</a>
        </p>
      ) : null}
      <h2 class="kern-heading-large">{m.modules}</h2>
      {page.modules.map((entry) => (
        <ModuleSection key={entry.module.id} ctx={ctx} slug={series.slug} entry={entry} />
      ))}
    </Layout>
  );
}
