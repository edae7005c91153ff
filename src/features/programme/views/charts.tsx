import { formatEuro } from '../../../platform/text/money.ts';
import { CHART_COLOURS, ChartFrame, ChartTable, chartY, valueAxis, type ChartBox } from '../../../platform/views/components/chart.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { STEPS, type Step } from '../journeys.ts';

/*
 * The dashboard's charts, drawn on the server as SVG: no script, no library, and they print.
 * Each has its summary as the SVG's description and its figures as a table beside it. Lines
 * differ by dash pattern and carry their name at their end, so colour is never the only cue.
 */

const BOX: ChartBox = { width: 720, height: 280, pad: { top: 16, right: 150, bottom: 40, left: 48 } };
// the axis of euros needs room for its longest label, e.g. "1.000 Tsd. €"; no names at the bars' ends
const FUNDING_BOX: ChartBox = { ...BOX, pad: { ...BOX.pad, right: 16, left: 96 } };
const LINES: Record<Step, { colour: string; dash: string | undefined }> = {
  connect: { colour: CHART_COLOURS.primary, dash: undefined },
  plan: { colour: '#1f6f43', dash: '8 4' },
  act: { colour: '#8a4b00', dash: '2 4' },
};

export function StepsChart(props: { ctx: ViewContext; quarters: { year: number; quarter: number; counts: Record<Step, number> }[] }) {
  const { ctx, quarters } = props;
  const m = ctx.t.programme;
  const c = m.charts.steps;
  const first = quarters[0];
  const last = quarters[quarters.length - 1];
  if (!first || !last) return <p class="kern-body">{c.empty}</p>;
  const axis = valueAxis(Math.max(...STEPS.map((s) => last.counts[s])));
  const { pad } = BOX;
  const plotWidth = BOX.width - pad.left - pad.right;
  const x = (i: number) => pad.left + (quarters.length === 1 ? plotWidth / 2 : (i / (quarters.length - 1)) * plotWidth);
  const y = chartY(BOX, axis.top);
  const labelEvery = Math.ceil(quarters.length / 8);
  const summary = c.summary(
    quarters.length,
    m.quarter(first.year, first.quarter),
    m.quarter(last.year, last.quarter),
    STEPS.map((s) => `${m.steps[s]} ${last.counts[s]}`).join(', '),
  );
  // the names at the lines' ends must not overlap when two steps end on the same count
  const ends = [...STEPS].sort((a, b) => last.counts[b] - last.counts[a]);
  const endY = new Map<Step, number>();
  for (const s of ends) {
    const previous = [...endY.values()].pop();
    endY.set(s, previous !== undefined ? Math.max(y(last.counts[s]) + 4, previous + 16) : y(last.counts[s]) + 4);
  }
  return (
    <>
      <ChartFrame id="steps-chart" title={c.title} summary={summary} box={BOX} axis={axis}>
        {quarters.map((q, i) =>
          // every few quarters only, so that the labels never overlap; the table names each one
          i % labelEvery === 0 ? (
            <text key={`${q.year}-${q.quarter}`} x={x(i)} y={BOX.height - pad.bottom + 18} text-anchor="middle" fill={CHART_COLOURS.text}>
              {m.quarterShort(q.year, q.quarter)}
            </text>
          ) : null,
        )}
        {STEPS.map((s) => (
          <g key={s}>
            <polyline
              fill="none"
              stroke={LINES[s].colour}
              stroke-width="3"
              stroke-dasharray={LINES[s].dash}
              points={quarters.map((q, i) => `${x(i)},${y(q.counts[s])}`).join(' ')}
            />
            <text x={x(quarters.length - 1) + 8} y={endY.get(s)} fill={LINES[s].colour} font-weight="bold">
              {`${m.steps[s]} (${last.counts[s]})`}
            </text>
          </g>
        ))}
      </ChartFrame>
      <ChartTable
        toggle={c.tableToggle}
        caption={c.tableCaption}
        id="steps-chart-table"
        head={[c.quarter, ...STEPS.map((s) => m.steps[s])]}
        numeric={[1, 2, 3]}
        rows={quarters.map((q) => [m.quarter(q.year, q.quarter), ...STEPS.map((s) => String(q.counts[s]))])}
      />
    </>
  );
}

export function FundingChart(props: { ctx: ViewContext; years: { year: number; cents: number; projects: number }[] }) {
  const { ctx, years } = props;
  const c = ctx.t.programme.charts.funding;
  if (years.length === 0) return <p class="kern-body">{c.empty}</p>;
  const euro = (cents: number) => formatEuro(ctx.locale, cents);
  // the axis in thousands of euros keeps its labels short
  const thousands = years.map((y) => y.cents / 100_000);
  const axis = valueAxis(Math.max(...thousands));
  const { pad } = FUNDING_BOX;
  const slot = (FUNDING_BOX.width - pad.left - pad.right) / years.length;
  const barWidth = Math.min(64, slot * 0.6);
  const y = chartY(FUNDING_BOX, axis.top);
  const total = years.reduce((sum, y) => sum + y.cents, 0);
  return (
    <>
      <ChartFrame id="funding-chart" title={c.title} summary={c.summary(years.length, euro(total))} box={FUNDING_BOX} axis={axis} tickLabel={c.axisThousands}>
        {years.map((year, i) => (
          <g key={year.year}>
            <rect
              x={pad.left + i * slot + (slot - barWidth) / 2}
              y={y(thousands[i]!)}
              width={barWidth}
              height={y(0) - y(thousands[i]!)}
              fill={CHART_COLOURS.primary}
            />
            <text x={pad.left + i * slot + slot / 2} y={FUNDING_BOX.height - pad.bottom + 18} text-anchor="middle" fill={CHART_COLOURS.text}>
              {year.year}
            </text>
          </g>
        ))}
      </ChartFrame>
      <ChartTable
        toggle={c.tableToggle}
        caption={c.tableCaption}
        id="funding-chart-table"
        head={[c.year, c.amount, c.projects]}
        numeric={[1, 2]}
        rows={years.map((y) => [String(y.year), euro(y.cents), String(y.projects)])}
      />
    </>
  );
}
