import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Notice, NotificationBanner, SummaryList, Table, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form } from '../../../../platform/views/components/form.tsx';
import type { FieldError } from '../../../../platform/http/form.ts';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { scoreText } from '../../../review/ui.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import { EDITOR_PATH, editorCallPath, editorDecisionsPath } from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';
import type { JurySubject } from '../../jury/service.ts';
import type { DecisionsOverview } from '../overview.ts';

export function decisionCrumbs(ctx: ViewContext, call: CompetitionCallRow, last?: string): Crumb[] {
  const m = ctx.t.competitionDecisions;
  return [
    { href: '/verwaltung', label: ctx.t.common.nav.admin },
    { href: EDITOR_PATH, label: ctx.t.competition.editor.title },
    { href: editorCallPath(call.id), label: call.title },
    ...(last ? [{ href: editorDecisionsPath(call.id), label: m.title }, { label: last }] : [{ label: m.title }]),
  ];
}

/** The decision as a tag: funded with the amount, rejected, or still open. */
export function DecisionTag(props: { ctx: ViewContext; subject: Pick<JurySubject, 'status' | 'awardedCents'> }) {
  const { ctx, subject } = props;
  const m = ctx.t.competitionDecisions;
  if (subject.status === 'awarded') return <Tag colour="green">{m.awardedWith(formatEuro(ctx.locale, subject.awardedCents ?? 0))}</Tag>;
  if (subject.status === 'rejected') return <Tag colour="red">{m.rejected}</Tag>;
  return <Tag colour="grey">{m.open}</Tag>;
}

/** The call's budget: total, awarded, left, and how many are decided. */
export function BudgetFacts(props: { ctx: ViewContext; overview: DecisionsOverview }) {
  const { ctx, overview } = props;
  const m = ctx.t.competitionDecisions.budget;
  const count = (status: string) => overview.rows.filter((r) => r.subject.status === status).length;
  return (
    <SummaryList
      ctx={ctx}
      rows={[
        { key: m.total, value: formatEuro(ctx.locale, overview.call.totalBudgetCents) },
        { key: m.awarded, value: formatEuro(ctx.locale, overview.awardedCents) },
        { key: m.left, value: formatEuro(ctx.locale, overview.leftCents) },
        { key: ctx.t.competitionDecisions.title, value: m.counts(count('awarded'), count('rejected'), overview.undecided) },
      ]}
    />
  );
}

function Release(props: { ctx: ViewContext; overview: DecisionsOverview }) {
  const { ctx, overview } = props;
  const m = ctx.t.competitionDecisions.release;
  const { call } = overview;
  if (call.decisionsReleasedAt) {
    return (
      <NotificationBanner ctx={ctx} variant="success">
        <p class="kern-body">{m.released(formatDateTime(ctx.locale, call.decisionsReleasedAt))}</p>
      </NotificationBanner>
    );
  }
  const problem = overview.releaseProblem;
  const why =
    problem === 'stillOpen'
      ? m.stillOpen(formatDateTime(ctx.locale, call.closesAt))
      : problem === 'undecided'
        ? m.undecided(overview.undecided)
        : problem
          ? m.nothing
          : undefined;
  return (
    <>
      <p class="kern-body">{m.lead}</p>
      {why ? (
        <p class="kern-body">{why}</p>
      ) : (
        <Form ctx={ctx} action={`${editorDecisionsPath(call.id)}/freigeben`}>
          <Button>{m.button}</Button>
        </Form>
      )}
    </>
  );
}

/** The editors' decisions on a call: the jury's ranking, what is asked and awarded, the budget, the release. */
export function DecisionsPage(props: { ctx: ViewContext; overview: DecisionsOverview; notice?: string | undefined; errors?: FieldError[] | undefined }) {
  const { ctx, overview } = props;
  const m = ctx.t.competitionDecisions;
  const { call } = overview;
  const rows = overview.rows.map(({ subject, ranking }) => [
    ranking?.rank ? String(ranking.rank) : '–',
    <a key={subject.id} href={editorDecisionsPath(call.id, subject.id)}>
      {subject.reference}
    </a>,
    subject.organisationName,
    subject.title,
    formatEuro(ctx.locale, subject.requestedCents),
    ranking && ranking.mean !== null ? m.score(scoreText(ctx, ranking.mean), ranking.submitted) : m.noScore,
    <DecisionTag key={`d-${subject.id}`} ctx={ctx} subject={subject} />,
  ]);
  return (
    <Layout ctx={ctx} title={`${m.title}: ${call.title}`} breadcrumbs={decisionCrumbs(ctx, call)} wide>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <p class="kern-preline">{call.title}</p>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <h2 class="kern-heading-medium">{m.budget.heading}</h2>
      <BudgetFacts ctx={ctx} overview={overview} />
      {rows.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table
          caption={m.caption}
          head={[m.head.rank, m.head.reference, m.head.organisation, m.head.project, m.head.requested, m.head.score, m.head.decision]}
          rows={rows}
        />
      )}
      <h2 class="kern-heading-medium">{m.release.heading}</h2>
      <Release ctx={ctx} overview={overview} />
    </Layout>
  );
}
