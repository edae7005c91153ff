import { formatCalendarDay, formatDateTime } from '../../../../platform/i18n/dates.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { SummaryList, Tag, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import { callPhase, timeLeft, type CallPhase } from '../phase.ts';
import type { CompetitionCallRow } from '../repository.ts';

const PHASE_COLOURS = { upcoming: 'yellow', open: 'green', closed: 'grey' } as const;

export function PhaseTag(props: { ctx: ViewContext; phase: CallPhase }) {
  return <Tag colour={PHASE_COLOURS[props.phase]}>{props.ctx.t.competition.phases[props.phase]}</Tag>;
}

/** A whole number as the page's language writes it: 5.000 or 5,000. */
export const count = (ctx: ViewContext, n: number) => n.toLocaleString(ctx.locale === 'de' ? 'de-DE' : 'en-GB');

/** "Bewerbungsschluss: 28. Februar 2027 um 23:59 – noch 83 Tage und 4 Stunden", as the phase allows. */
export function Deadline(props: { ctx: ViewContext; call: CompetitionCallRow; now: Date }) {
  const { ctx, call, now } = props;
  const m = ctx.t.competition.public;
  const phase = callPhase(call, now);
  if (phase === 'closed') return <p class="kern-body">{m.closedOn(formatDateTime(ctx.locale, call.closesAt))}</p>;
  if (phase === 'upcoming') return <p class="kern-body">{m.opens(formatDateTime(ctx.locale, call.opensAt))}</p>;
  const left = timeLeft(call.closesAt, now);
  return (
    <p class="kern-body">
      <strong>{m.deadline(formatDateTime(ctx.locale, call.closesAt))}</strong>
      <br />
      {m.countdown(left.days, left.hours, left.minutes)}
    </p>
  );
}

/** Every condition of a call as a description list: the public page and the editors' overview show the same. */
export function CallFacts(props: { ctx: ViewContext; call: CompetitionCallRow; fields: FieldOfAction[]; now: Date }) {
  const { ctx, call } = props;
  const c = ctx.t.competition;
  const f = c.public.facts;
  const when = (d: Date) => formatDateTime(ctx.locale, d);
  const day = (d: string) => formatCalendarDay(ctx.locale, d, 'long');
  const fields = props.fields.filter((fa) => call.fieldsOfAction.includes(fa.slug));
  const population =
    call.populationMin !== null || call.populationMax !== null
      ? f.populationRange(
          call.populationMin === null ? undefined : count(ctx, call.populationMin),
          call.populationMax === null ? undefined : count(ctx, call.populationMax),
        )
      : undefined;
  const rows: SummaryRow[] = [
    { key: f.phase, value: <PhaseTag ctx={ctx} phase={callPhase(call, props.now)} /> },
    { key: f.period, value: f.periodValue(when(call.opensAt), when(call.closesAt)) },
    { key: f.maxAmount, value: f.maxAmountValue(formatEuro(ctx.locale, call.maxAmountCents)) },
    { key: f.totalBudget, value: formatEuro(ctx.locale, call.totalBudgetCents) },
    { key: f.ownShare, value: f.ownShareValue(call.ownSharePercent) },
    { key: f.funding, value: f.fundingValue(day(call.fundingStart), day(call.fundingEnd)) },
    {
      key: f.eligible,
      value: call.eligibleTypes.map((type) => ctx.t.organisations.types[type as keyof typeof ctx.t.organisations.types] ?? type).join(', '),
    },
    { key: f.state, value: call.agsPrefix ? (c.states[call.agsPrefix] ?? call.agsPrefix) : f.anyState },
    ...(population ? [{ key: f.population, value: population }] : []),
    { key: f.joint, value: call.jointApplications ? f.jointYes : f.jointNo },
    ...(fields.length > 0 ? [{ key: f.fields, value: fields.map((fa) => fieldName(fa, ctx.locale)).join(', ') }] : []),
    ...(call.contact ? [{ key: f.contact, value: <PlainText text={call.contact} /> }] : []),
  ];
  return <SummaryList ctx={ctx} rows={rows} />;
}
