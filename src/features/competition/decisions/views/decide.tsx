import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { NotificationBanner, SummaryList } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, Form, TextArea, TextField, errorFor, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { scoreText } from '../../../review/ui.ts';
import { canDecide } from '../../core/application-states.ts';
import { euroInput, formatEuro } from '../../../../platform/text/money.ts';
import { editorApplicationsPath, editorDecisionsPath } from '../../core/paths.ts';
import type { DecisionRow, DecisionsOverview } from '../overview.ts';
import { awardCeiling } from '../rules.ts';
import { DecisionTag, decisionCrumbs } from './decisions.tsx';

/** What the form shows first: the decision recorded so far, or nothing chosen with the highest possible amount. */
export function decisionValues(row: DecisionRow, ceilingCents: number): FormValues {
  const { subject } = row;
  if (subject.status === 'awarded') return { outcome: 'awarded', amount: euroInput(subject.awardedCents ?? 0), reason: subject.decisionReason ?? '' };
  if (subject.status === 'rejected')
    return { outcome: 'rejected', amount: ceilingCents > 0 ? euroInput(ceilingCents) : '', reason: subject.decisionReason ?? '' };
  return { amount: ceilingCents > 0 ? euroInput(ceilingCents) : '' };
}

/** What is left of the budget for this application: its own award counts as available again. */
export function leftFor(overview: DecisionsOverview, row: DecisionRow): number {
  return overview.leftCents + (row.subject.status === 'awarded' ? (row.subject.awardedCents ?? 0) : 0);
}

export function ceilingFor(overview: DecisionsOverview, row: DecisionRow): number {
  return awardCeiling({ requestedCents: row.subject.requestedCents, maxAmountCents: overview.call.maxAmountCents, leftCents: leftFor(overview, row) });
}

/** One application's decision: what it asks, what the jury thinks, what is left, and the form. */
export function DecidePage(props: {
  ctx: ViewContext;
  overview: DecisionsOverview;
  row: DecisionRow;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, overview, row, errors } = props;
  const m = ctx.t.competitionDecisions;
  const d = m.decide;
  const { call } = overview;
  const { subject, ranking } = row;
  const title = d.title(subject.reference ?? '');
  const values = props.values ?? decisionValues(row, ceilingFor(overview, row));
  const open = canDecide(subject.status, call.decisionsReleasedAt !== null);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={decisionCrumbs(ctx, call, subject.reference ?? '')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-preline">{subject.organisationName}</p>
      <h1 class="kern-heading-x-large">{title}</h1>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: d.facts, value: `${subject.title} (${subject.organisationName})` },
          { key: d.requested, value: formatEuro(ctx.locale, subject.requestedCents) },
          { key: d.max, value: formatEuro(ctx.locale, call.maxAmountCents) },
          { key: d.leftForThis, value: formatEuro(ctx.locale, Math.max(0, leftFor(overview, row))) },
          { key: d.score, value: ranking && ranking.mean !== null ? m.score(scoreText(ctx, ranking.mean), ranking.submitted) : m.noScore },
          { key: m.head.decision, value: <DecisionTag ctx={ctx} subject={subject} /> },
          ...(subject.decisionReason ? [{ key: d.reason, value: <PlainText text={subject.decisionReason} /> }] : []),
        ]}
      />
      <p class="kern-body">
        <a href={editorApplicationsPath(call.id, subject.id)}>{d.read}</a>
      </p>
      {!open ? (
        <NotificationBanner ctx={ctx} variant="info">
          <p class="kern-body">{call.decisionsReleasedAt ? d.final : m.errors.notDecidable}</p>
        </NotificationBanner>
      ) : (
        <Form ctx={ctx} action={editorDecisionsPath(call.id, subject.id)}>
          <Choices
            type="radio"
            name="outcome"
            label={d.outcome}
            selected={valuesOf(values, 'outcome')}
            error={errorFor(errors, 'outcome')}
            options={(['awarded', 'rejected'] as const).map((o) => ({ value: o, label: d.outcomes[o] }))}
          />
          <TextField
            name="amount"
            label={d.amount}
            hint={d.amountHint(formatEuro(ctx.locale, ceilingFor(overview, row)))}
            value={valueFor(values, 'amount')}
            error={errorFor(errors, 'amount')}
            width="short"
            inputMode="decimal"
          />
          <TextArea
            name="reason"
            label={d.reason}
            hint={d.reasonHint}
            value={valueFor(values, 'reason')}
            error={errorFor(errors, 'reason')}
            rows={5}
            maxLength={3000}
          />
          <Button>{d.save}</Button>
        </Form>
      )}
      <p class="kern-body">
        <a href={editorDecisionsPath(call.id)}>{d.back}</a>
      </p>
    </Layout>
  );
}
