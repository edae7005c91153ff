import { Notice } from '../../../../platform/views/components/content.tsx';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Button, Choices, ErrorSummary } from '../../../../platform/views/components/form.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { AssignForm, AssignmentTable, RankingTable } from '../../../review/ui.ts';
import { StatusTag } from '../../applications/views/shared.tsx';
import { formatEuro } from '../../../../platform/text/money.ts';
import { EDITOR_PATH, editorApplicationsPath, editorCallPath, editorJuryPath, editorRankingPath } from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';
import type { RankingFilter } from '../rank.ts';
import type { CallRanking, JuryOverview } from '../service.ts';

function crumbs(ctx: ViewContext, call: CompetitionCallRow, title: string): Crumb[] {
  return [
    { href: '/verwaltung', label: ctx.t.common.nav.admin },
    { href: EDITOR_PATH, label: ctx.t.competition.editor.title },
    { href: editorCallPath(call.id), label: call.title },
    { label: title },
  ];
}

const label = (a: { reference: string | null; title: string }) => `${a.reference ?? ''} – ${a.title}`;

/** Who reviews what: the assignment form and, per application, its jurors with their state. */
export function JuryPage(props: {
  ctx: ViewContext;
  call: CompetitionCallRow;
  overview: JuryOverview;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, call, overview, values, errors } = props;
  const m = ctx.t.competitionJury.editor;
  return (
    <Layout ctx={ctx} title={`${m.title}: ${call.title}`} breadcrumbs={crumbs(ctx, call, m.title)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <p class="kern-preline">{call.title}</p>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">
        <a href={editorRankingPath(call.id)}>{m.rankingLink}</a>
      </p>
      {overview.subjects.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : overview.jurors.length === 0 ? (
        <p class="kern-body">{m.noJurors}</p>
      ) : (
        <>
          <h2 class="kern-heading-medium">{m.assign}</h2>
          <AssignForm
            ctx={ctx}
            action={editorJuryPath(call.id)}
            subjects={{
              field: 'applicationIds',
              label: m.applications,
              hint: m.applicationsHint,
              options: overview.subjects.filter((s) => s.status === 'eligible').map((s) => ({ value: s.id, label: label(s) })),
            }}
            jurors={overview.jurors}
            words={{ jurors: m.jurors, jurorsHint: m.jurorsHint, button: m.assignButton }}
            values={values}
            errors={errors}
          />
        </>
      )}
      {overview.subjects.map((subject) => {
        const assignments = overview.assignments.filter((a) => a.subjectId === subject.id);
        const conflicts = assignments.filter((a) => a.conflict === 'declared').length;
        return (
          <section key={subject.id} aria-labelledby={`subject-${subject.id}`}>
            <h2 class="kern-heading-medium" id={`subject-${subject.id}`}>
              <a href={editorApplicationsPath(call.id, subject.id)}>{label(subject)}</a>
            </h2>
            <p class="kern-body">
              {subject.organisationName} · <StatusTag ctx={ctx} status={subject.status} />
            </p>
            {conflicts > 0 ? <p class="kern-body">{m.reassign(conflicts)}</p> : null}
            {assignments.length === 0 ? (
              <p class="kern-body">{m.noAssignments}</p>
            ) : (
              <AssignmentTable
                ctx={ctx}
                assignments={assignments}
                caption={m.assignments(subject.reference ?? '')}
                unassignAction={subject.status === 'eligible' ? (id) => `${editorJuryPath(call.id)}/${id}/entfernen` : undefined}
              />
            )}
          </section>
        );
      })}
    </Layout>
  );
}

/** The ranking with its filter and downloads. */
export function RankingPage(props: { ctx: ViewContext; call: CompetitionCallRow; ranked: CallRanking; filter: RankingFilter }) {
  const { ctx, call, ranked } = props;
  const m = ctx.t.competitionJury.ranking;
  const subjects = new Map(
    ranked.subjects.map((s) => [
      s.id,
      { title: `${label(s)} (${s.organisationName}, ${formatEuro(ctx.locale, s.requestedCents)})`, href: editorApplicationsPath(call.id, s.id) },
    ]),
  );
  const base = editorRankingPath(call.id);
  return (
    <Layout ctx={ctx} title={`${m.title}: ${call.title}`} breadcrumbs={crumbs(ctx, call, m.title)} wide>
      <p class="kern-preline">{call.title}</p>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <form method="get" action={base} class="dk-filter">
        <Choices
          type="radio"
          inline
          name="zeigen"
          label={m.filter}
          selected={[props.filter]}
          options={(['all', 'missing', 'complete'] as const).map((f) => ({ value: f, label: m.filters[f] }))}
        />
        <Button variant="secondary">{m.apply}</Button>
      </form>
      <RankingTable ctx={ctx} ranking={ranked.ranking} subjects={subjects} subjectHeading={m.subject} />
      <h2 class="kern-heading-medium">{m.download}</h2>
      <ul class="kern-list">
        <li>
          <a href={`${base}.csv`}>{m.csv}</a>
        </li>
        <li>
          <a href={`${base}.xlsx`}>{m.xlsx}</a>
        </li>
        <li>
          <a href={`${base}/bewertungen.csv`}>{m.reviewsCsv}</a>
        </li>
      </ul>
    </Layout>
  );
}
