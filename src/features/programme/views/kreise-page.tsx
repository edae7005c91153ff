import { Table } from '../../../platform/views/components/content.tsx';
import { Button, Select } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { organisationPath } from '../../organisations/service.ts';
import { WITHOUT_KREIS } from '../journeys.ts';
import { kreisLabel } from '../labels.ts';
import { DASHBOARD_PATH, KREISE_PATH } from '../paths.ts';
import { MUNICIPAL_TYPES, type KreisOverview, type OrganisationType } from '../service.ts';

/** Per Kreis a table: each stage as the furthest reached, with the municipalities there. No map: a list reads the same for everyone. */
export function KreisePage(props: { ctx: ViewContext; kreise: KreisOverview[]; type: OrganisationType | undefined }) {
  const { ctx } = props;
  const m = ctx.t.programme;
  return (
    <Layout
      ctx={ctx}
      title={m.kreise.title}
      breadcrumbs={[{ href: '/verwaltung', label: ctx.t.admin.title }, { href: DASHBOARD_PATH, label: m.title }, { label: m.kreise.title }]}
      wide
    >
      <h1 class="kern-heading-x-large">{m.kreise.title}</h1>
      <p class="kern-body">{m.kreise.lead}</p>
      <form method="get" action={KREISE_PATH} class="dk-filter" role="search" aria-label={m.filter.legend}>
        <Select
          name="typ"
          label={m.filter.type}
          value={props.type ?? ''}
          placeholder={m.filter.allTypes}
          options={MUNICIPAL_TYPES.map((type) => ({ value: type, label: ctx.t.organisations.types[type] }))}
        />
        <Button variant="secondary">{m.filter.apply}</Button>
      </form>
      {props.kreise.length === 0 ? <p class="kern-body">{m.kreise.empty}</p> : null}
      {props.kreise.map(({ kreis, byStage }) => {
        const name = kreisLabel(ctx.t, kreis);
        const total = byStage.reduce((sum, s) => sum + s.journeys.length, 0);
        return (
          <section key={kreis.key} aria-labelledby={`kreis-${kreis.key}`}>
            <h2 class="kern-heading-medium" id={`kreis-${kreis.key}`}>
              {name} <span class="kern-body--muted">({m.kreise.count(total)})</span>
            </h2>
            <Table
              caption={kreis.key === WITHOUT_KREIS ? m.kreise.captionWithout : m.kreise.caption(name)}
              captionHidden
              id={`kreis-table-${kreis.key}`}
              head={[m.kreise.stage, m.kreise.municipalities]}
              rows={byStage.map(({ stage, journeys }) => [
                stage ? m.stages[stage] : m.noStage,
                journeys.length === 0 ? (
                  m.kreise.none
                ) : (
                  <ul class="kern-list">
                    {journeys.map((j) => (
                      <li key={j.municipality.id}>
                        <a href={organisationPath(j.municipality.slug)}>{j.municipality.name}</a>
                      </li>
                    ))}
                  </ul>
                ),
              ])}
            />
          </section>
        );
      })}
      <p class="kern-body">
        <a href={DASHBOARD_PATH}>{m.kreise.back}</a>
      </p>
    </Layout>
  );
}
