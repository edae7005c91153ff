import type { ComponentChildren } from 'preact';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { SummaryList, Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { MeasureStatus } from '../../core/tables.ts';
import type { MeasureEntry, StrategyContent } from '../../core/content-service.ts';
import { measureFacts, participationText } from '../../core/describe.ts';

const STATUS_COLOURS: Record<MeasureStatus, 'grey' | 'green' | 'yellow' | 'red' | 'blue'> = {
  planned: 'grey',
  on_track: 'green',
  at_risk: 'yellow',
  delayed: 'red',
  done: 'blue',
};

/** A measure's traffic light as a badge with its word, so that colour is never the only sign. */
export function MeasureStatusTag(props: { ctx: ViewContext; status: MeasureStatus }) {
  return <Tag colour={STATUS_COLOURS[props.status]}>{props.ctx.t.strategy.measureStatuses[props.status]}</Tag>;
}

function Empty(props: { ctx: ViewContext }) {
  return <p class="kern-body kern-body--muted">{props.ctx.t.strategyPublishing.empty}</p>;
}

/** A measure's fact sheet below its title, at the level the page gives. */
export function MeasureSheet(props: { ctx: ViewContext; measure: MeasureEntry; headingLevel: 3 | 4 }) {
  const { ctx, measure } = props;
  const H = props.headingLevel === 3 ? 'h3' : 'h4';
  const facts = measureFacts(ctx.t, ctx.locale, measure).slice(1);
  return (
    <article class="dk-strategy-measure">
      <H class="kern-heading-small">{measure.title}</H>
      <p class="kern-body">
        <MeasureStatusTag ctx={ctx} status={measure.status} />
      </p>
      <SummaryList ctx={ctx} rows={facts.map((f) => ({ key: f.label, value: f.value }))} />
    </article>
  );
}

/**
 * The content of a strategy, one section per step below second-level headings: the review step
 * shows it to the workbench, the public page to everyone (there with the measures on a timeline
 * instead, which the page puts in `measures`).
 */
export function StrategySections(props: { ctx: ViewContext; content: StrategyContent; measures?: ComponentChildren }) {
  const { ctx, content } = props;
  const m = ctx.t.strategyPublishing;
  const locale = ctx.locale;
  const vision = content.strategy?.vision.trim() ?? '';
  return (
    <>
      <section aria-labelledby="strategie-vision">
        <h2 class="kern-heading-large" id="strategie-vision">
          {m.sections.vision}
        </h2>
        {vision ? <Markdown text={vision} headingLevel={2} idPrefix="vision-" /> : <Empty ctx={ctx} />}
      </section>
      <section aria-labelledby="strategie-ziele">
        <h2 class="kern-heading-large" id="strategie-ziele">
          {m.sections.goals}
        </h2>
        {content.goals.length > 0 ? (
          <ol class="kern-list">
            {content.goals.map((g) => (
              <li key={g.id}>
                <strong>{g.title}</strong>
                {g.description ? <p class="kern-body">{g.description}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <Empty ctx={ctx} />
        )}
      </section>
      <section aria-labelledby="strategie-handlungsfelder">
        <h2 class="kern-heading-large" id="strategie-handlungsfelder">
          {m.sections.fields}
        </h2>
        {content.fields.length > 0 ? (
          <ul class="kern-list">
            {content.fields.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        ) : (
          <Empty ctx={ctx} />
        )}
      </section>
      <section aria-labelledby="strategie-massnahmen">
        <h2 class="kern-heading-large" id="strategie-massnahmen">
          {m.sections.measures}
        </h2>
        {props.measures ??
          (content.measures.length > 0 ? content.measures.map((x) => <MeasureSheet key={x.id} ctx={ctx} measure={x} headingLevel={3} />) : <Empty ctx={ctx} />)}
      </section>
      <section aria-labelledby="strategie-akteure">
        <h2 class="kern-heading-large" id="strategie-akteure">
          {m.sections.actors}
        </h2>
        {content.actors.length > 0 ? (
          <SummaryList ctx={ctx} rows={content.actors.map((a) => ({ key: a.name, value: a.involvement || '–' }))} />
        ) : (
          <Empty ctx={ctx} />
        )}
      </section>
      <section aria-labelledby="strategie-beteiligung">
        <h2 class="kern-heading-large" id="strategie-beteiligung">
          {m.sections.participation}
        </h2>
        {content.participation.length > 0 ? (
          <SummaryList ctx={ctx} rows={content.participation.map((p) => ({ key: participationText(locale, p), value: p.description || '–' }))} />
        ) : (
          <Empty ctx={ctx} />
        )}
      </section>
    </>
  );
}
