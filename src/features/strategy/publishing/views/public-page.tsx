import { formatDate } from '../../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { STRATEGY_PATH } from '../../core/paths.ts';
import type { StrategyContent } from '../../core/content-service.ts';
import { measureFacts, timeframeText } from '../../core/describe.ts';
import { publicPdfPath } from '../paths.ts';
import { timeline } from '../timeline.ts';
import { MeasureStatusTag, StrategySections } from './strategy-sections.tsx';

/** The measures by half-year as an ordered list of periods, each measure with its status word, timeframe and progress. */
function Timeline(props: { ctx: ViewContext; content: StrategyContent }) {
  const { ctx } = props;
  const m = ctx.t.strategyPublishing;
  const periods = timeline(props.content.measures);
  if (periods.length === 0) return <p class="kern-body kern-body--muted">{m.empty}</p>;
  return (
    <>
      <p class="kern-body">{m.public.timelineLead}</p>
      <ol class="kern-list">
        {periods.map((p) => (
          <li key={`${p.year}-${p.half}`}>
            <h3 class="kern-heading-medium">{p.year !== undefined && p.half !== undefined ? m.public.halfYear(p.half, p.year) : m.public.undated}</h3>
            <ul class="kern-list">
              {p.measures.map((x) => {
                const facts = measureFacts(ctx.t, ctx.locale, x).filter((f) =>
                  [m.measure.lead, m.measure.goal, m.measure.benefit, m.measure.indicator, m.measure.target, m.measure.reached].includes(f.label),
                );
                return (
                  <li key={x.id}>
                    <h4 class="kern-heading-small">{x.title}</h4>
                    <p class="kern-body">
                      <MeasureStatusTag ctx={ctx} status={x.status} /> {timeframeText(ctx.t, ctx.locale, x)}
                    </p>
                    <dl class="kern-description-list">
                      {facts.map((f) => (
                        <div class="kern-description-list-item" key={f.label}>
                          <dt class="kern-description-list-item__key">{f.label}</dt>
                          <dd class="kern-description-list-item__value">{f.value}</dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

/** A published strategy for everyone: the organisation, its vision and goals, the measures on a timeline, who takes part. */
export function PublicStrategyPage(props: { ctx: ViewContext; content: StrategyContent }) {
  const { ctx, content } = props;
  const m = ctx.t.strategyPublishing;
  const title = m.public.title(content.organisation.name);
  const publishedAt = content.strategy?.publishedAt;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: STRATEGY_PATH, label: ctx.t.strategy.nav }, { label: content.organisation.name }]}>
      <h1 class="kern-heading-x-large">{title}</h1>
      {publishedAt ? <p class="kern-body kern-body--muted">{m.public.lead(formatDate(ctx.locale, publishedAt))}</p> : null}
      <p class="kern-body">
        <a href={publicPdfPath(content.organisation.slug)}>{m.public.pdf}</a>
      </p>
      <StrategySections ctx={ctx} content={content} measures={<Timeline ctx={ctx} content={content} />} />
    </Layout>
  );
}
