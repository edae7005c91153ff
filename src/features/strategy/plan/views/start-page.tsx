import { formatDate } from '../../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { Tag } from '../../../../platform/views/components/content.tsx';
import { publicStrategyPath, workbenchPath } from '../../core/paths.ts';
import type { StrategyStart } from '../service.ts';

/** /strategie: what the workbench is, the person's workbenches, and the published strategies. */
export function StartPage(props: { ctx: ViewContext; start: StrategyStart }) {
  const { ctx, start } = props;
  const m = ctx.t.strategyPlan.start;
  const s = ctx.t.strategy;
  return (
    <Layout ctx={ctx} title={s.nav} breadcrumbs={[{ label: s.nav }]}>
      <h1 class="kern-heading-x-large">{s.nav}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <p class="kern-body">{m.how}</p>

      <h2 class="kern-heading-large">{m.mineTitle}</h2>
      {!ctx.user ? (
        <p class="kern-body">
          <a class="kern-link" href={`/anmelden?weiter=${encodeURIComponent('/strategie')}`}>
            {m.signIn}
          </a>
        </p>
      ) : start.mine.length === 0 ? (
        <p class="kern-body">{m.mineEmpty}</p>
      ) : (
        <ul>
          {start.mine.map((w) => (
            <li key={w.slug}>
              <a class="kern-link" href={workbenchPath(w.slug)}>
                {s.workbench.title(w.name)}
              </a>{' '}
              <Tag colour={w.status === 'published' ? 'green' : 'blue'}>{w.status ? s.statuses[w.status] : m.notStarted}</Tag>
              <span class="kern-body kern-body--small">
                {' '}
                {m.roles[w.role]}
                {w.updatedAt ? ` · ${m.updated(formatDate(ctx.locale, w.updatedAt))}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2 class="kern-heading-large">{m.publishedTitle}</h2>
      {start.published.length === 0 ? (
        <p class="kern-body">{m.publishedEmpty}</p>
      ) : (
        <ul>
          {start.published.map((p) => (
            <li key={p.slug}>
              <a class="kern-link" href={publicStrategyPath(p.slug)}>
                {p.name}
              </a>
              {p.publishedAt ? <span class="kern-body kern-body--small">{` · ${m.publishedOn(formatDate(ctx.locale, p.publishedAt))}`}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
