import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Notice, SummaryList, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, TextArea, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { workbenchPath } from '../../../strategy/plan/homework-service.ts';
import { certificatePath, feedbackPath, materialPath, participationPath, registerPath } from '../../core/paths.ts';
import type { ModuleRow, SeriesRow } from '../../core/repository.ts';
import { moduleName } from '../format.ts';
import { COMMENT_MAX, RATINGS } from '../schema.ts';
import type { ParticipantModule, Participation } from '../service.ts';
import { SessionList, seriesCrumbs } from './parts.tsx';

function StatusTag(props: { ctx: ViewContext; entry: Pick<ParticipantModule, 'registration' | 'position'> }) {
  const m = props.ctx.t.seminarsRegistration.participation;
  const r = props.entry.registration;
  if (!r) return <Tag colour="grey">{m.notRegistered}</Tag>;
  return r.status === 'confirmed' ? <Tag colour="green">{m.confirmed}</Tag> : <Tag colour="yellow">{m.waiting(props.entry.position ?? 1)}</Tag>;
}

function AttendanceTag(props: { ctx: ViewContext; entry: ParticipantModule }) {
  const m = props.ctx.t.seminarsRegistration.participation;
  if (props.entry.attended) return <Tag colour="green">{m.attended}</Tag>;
  return props.entry.held ? <Tag colour="grey">{m.missed}</Tag> : <Tag colour="blue">{m.upcoming}</Tag>;
}

function ModuleSection(props: { ctx: ViewContext; series: SeriesRow; modules: ModuleRow[]; entry: ParticipantModule; perModule: boolean }) {
  const { ctx, series, entry } = props;
  const m = ctx.t.seminarsRegistration.participation;
  const { module } = entry;
  const homework = entry.homework;
  const stateWords = ctx.t.strategyPlan.tasks.states;
  return (
    <section aria-labelledby={`modul-${module.id}`}>
      <h3 class="kern-heading-small" id={`modul-${module.id}`}>
        {moduleName(ctx.t, props.modules, module)}
        {module.isPilot ? ` (${ctx.t.seminars.pilot})` : ''}
      </h3>
      <SummaryList
        ctx={ctx}
        rows={[
          ...(props.perModule ? [{ key: m.statusLabel, value: <StatusTag ctx={ctx} entry={entry} /> }] : []),
          { key: m.sessions, value: <SessionList ctx={ctx} sessions={entry.sessions} /> },
          { key: m.attendance, value: <AttendanceTag ctx={ctx} entry={entry} /> },
          {
            key: m.materials,
            value: entry.materials ? (
              <ul class="kern-list">
                {entry.materials.map((item) => (
                  <li key={item.id}>
                    <a href={materialPath(series.slug, item.id)}>{item.title}</a>
                  </li>
                ))}
              </ul>
            ) : (
              m.materialsLater
            ),
          },
          ...(homework
            ? [
                {
                  key: m.homework,
                  value: (
                    <>
                      {module.homework ? <p class="kern-body">{module.homework}</p> : null}
                      <p class="kern-body">
                        {m.homeworkStep}:{' '}
                        {homework.organisationSlug ? (
                          <a href={workbenchPath(homework.organisationSlug, homework.step)}>{ctx.t.strategy.steps[homework.step]}</a>
                        ) : (
                          ctx.t.strategy.steps[homework.step]
                        )}
                        {homework.state ? <> ({stateWords[homework.state]})</> : null}
                      </p>
                      {homework.organisationSlug ? null : <p class="kern-body">{m.homeworkNoOrganisation}</p>}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {entry.feedback === 'due' ? (
        <p class="kern-body">
          <a href={feedbackPath(series.slug, module.id)}>{m.feedback}</a>
        </p>
      ) : null}
      {entry.feedback === 'given' ? <p class="kern-body">{m.feedbackGiven}</p> : null}
      {props.perModule && !entry.registration && !entry.held ? (
        <p class="kern-body">
          <a href={registerPath(series.slug, module.id)}>{m.registerForModule}</a>
        </p>
      ) : null}
    </section>
  );
}

/** The participant's page: status, modules with dates, attendance, materials, homework, feedback, certificate, cancelling. */
export function ParticipationPage(props: { ctx: ViewContext; participation: Participation; notice: string | undefined }) {
  const { ctx, participation: p } = props;
  const m = ctx.t.seminarsRegistration.participation;
  const series = p.series;
  const perModule = series.registrationMode === 'module';
  const rows = p.modules.map((x) => x.module);
  const seriesEntry = p.modules.find((x) => x.registration?.scope === 'series');
  const cancellable = p.cancellable;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={seriesCrumbs(ctx, series, m.title)}>
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{series.title}</p>
      <SummaryList
        ctx={ctx}
        rows={[
          ...(seriesEntry ? [{ key: m.statusLabel, value: <StatusTag ctx={ctx} entry={seriesEntry} /> }] : []),
          ...(p.organisation ? [{ key: m.organisation, value: p.organisation.name }] : []),
        ]}
      />
      <h2 class="kern-heading-medium">{m.modulesHeading}</h2>
      {p.modules.map((entry) => (
        <ModuleSection key={entry.module.id} ctx={ctx} series={series} modules={rows} entry={entry} perModule={perModule} />
      ))}
      <h2 class="kern-heading-medium">{m.certificateHeading}</h2>
      {p.certificateDue ? (
        <p class="kern-body">
          <a href={certificatePath(series.slug)}>{m.certificate}</a>
        </p>
      ) : (
        <p class="kern-body">{m.certificateLater}</p>
      )}
      {cancellable.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">{m.cancelHeading}</h2>
          <p class="kern-body">{m.cancelLead}</p>
          {cancellable.map((r) => {
            const module = rows.find((x) => x.id === r.moduleId);
            return (
              <Form key={r.id} ctx={ctx} action={participationPath(series.slug, 'abmelden')}>
                {module ? <input type="hidden" name="moduleId" value={module.id} /> : null}
                <input type="hidden" name="cancel" value="1" />
                <Button variant="secondary">{module ? m.cancelModule(moduleName(ctx.t, rows, module)) : m.cancel}</Button>
              </Form>
            );
          })}
        </>
      ) : null}
    </Layout>
  );
}

/** Feedback on a pilot module: a rating in words and a comment. */
export function FeedbackPage(props: {
  ctx: ViewContext;
  series: SeriesRow;
  modules: ModuleRow[];
  module: ModuleRow;
  action: string;
  submissionId: string;
  values: FormValues;
  errors: FieldError[] | undefined;
}) {
  const { ctx, values, errors } = props;
  const m = ctx.t.seminarsRegistration.feedback;
  const title = m.title(moduleName(ctx.t, props.modules, props.module));
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={seriesCrumbs(ctx, props.series, title)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <Form ctx={ctx} action={props.action} submissionId={props.submissionId}>
        <Choices
          name="rating"
          type="radio"
          label={m.rating}
          options={RATINGS.map((r) => ({ value: r, label: m.ratings[r] }))}
          selected={valuesOf(values, 'rating')}
          error={errorFor(errors, 'rating')}
        />
        <TextArea
          name="comment"
          label={m.comment}
          optionalLabel={ctx.t.common.optional}
          rows={6}
          maxLength={COMMENT_MAX}
          value={valueFor(values, 'comment')}
          error={errorFor(errors, 'comment')}
        />
        <Button>{m.submit}</Button>
      </Form>
    </Layout>
  );
}
