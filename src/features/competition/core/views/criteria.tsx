import { Table } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { CriterionRow } from '../form-repository.ts';

const percent = new Map<string, Intl.NumberFormat>();

/** A criterion's share of the total weight, as the page's language writes a percentage: "33,3 %" or "33.3%". */
export function shareText(ctx: ViewContext, weight: number, total: number): string {
  const tag = ctx.locale === 'de' ? 'de-DE' : 'en-GB';
  let format = percent.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
    percent.set(tag, format);
  }
  return format.format(total > 0 ? weight / total : 0);
}

export function totalWeight(criteria: readonly Pick<CriterionRow, 'weight'>[]): number {
  return criteria.reduce((sum, c) => sum + c.weight, 0);
}

/** The call's criteria with weight and share, for the public page. */
export function CriteriaTable(props: { ctx: ViewContext; criteria: CriterionRow[] }) {
  const { ctx, criteria } = props;
  const m = ctx.t.competition.form.public;
  const total = totalWeight(criteria);
  return (
    <Table
      caption={m.criteriaTitle}
      captionHidden
      id="table-bewertungskriterien"
      head={[m.columns.criterion, m.columns.weight, m.columns.share]}
      numeric={[1, 2]}
      rows={[
        ...criteria.map((c) => [
          <>
            <strong>{c.title}</strong>
            {c.description ? <p class="kern-body">{c.description}</p> : null}
          </>,
          String(c.weight),
          shareText(ctx, c.weight, total),
        ]),
        [<strong key="total">{m.total}</strong>, <strong key="weight">{total}</strong>, <strong key="share">{shareText(ctx, total, total)}</strong>],
      ]}
    />
  );
}
