import { formatEuro } from '../../../platform/text/money.ts';
import { Table } from '../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { STEPS, type Step } from '../journeys.ts';

/*
 * The dashboard's charts, drawn on the server as SVG: no script, no library, and they print.
 * Each has its summary as the SVG's description and its figures as a table beside it. Lines
 * differ by dash pattern and carry their name at their end, so colour is never the only cue.
 */

const WIDTH = 720;
const HEIGHT = 280;
const PAD = { top: 16, right: 150, bottom: 40, left: 48 };
const TEXT = '#0b0c0c';
const GRID = '#c8cdd1';
const AXIS = '#505a5f';
const LINES: Record<Step, { colour: string; dash: string | undefined }> = {
  connect: { colour: '#0b5a8f', dash: undefined },
  plan: { colour: '#1f6f43', dash: '8 4' },
  act: { colour: '#8a4b00', dash: '2 4' },
};

/** A step of 1, 2 or 5 times a power of ten, so that the axis reads 0, 5, 10 … or 0, 20, 40 … */
function niceStep(value: number): number {
  const raw = Math.max(1, value / 4);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((f) => f * magnitude >= raw) ?? 10) * magnitude;
}

function axis(max: number) {
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

function FigureTable(props: { toggle: string; caption: string; id: string; head: string[]; rows: string[][]; numeric: number[] }) {
  return (
    <details class="kern-accordion">
      <summary class="kern-accordion__header">
        <span class="kern-title">{props.toggle}</span>
      </summary>
      <div class="kern-accordion__body">
        <Table caption={props.caption} id={props.id} head={props.head} numeric={props.numeric} rows={props.rows} />
      </div>
    </details>
  );
}

export function StepsChart(props: { ctx: ViewContext; quarters: { year: number; quarter: number; counts: Record<Step, number> }[] }) {
  const { ctx, quarters } = props;
  const m = ctx.t.programme;
  const c = m.charts.steps;
  const first = quarters[0];
  const last = quarters[quarters.length - 1];
  if (!first || !last) return <p class="kern-body">{c.empty}</p>;
  const { top, ticks } = axis(Math.max(...STEPS.map((s) => last.counts[s])));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (quarters.length === 1 ? plotWidth / 2 : (i / (quarters.length - 1)) * plotWidth);
  const y = (v: number) => PAD.top + plotHeight - (v / top) * plotHeight;
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
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby="steps-chart-title steps-chart-desc"
        font-family="system-ui, sans-serif"
        font-size="12"
      >
        <title id="steps-chart-title">{c.title}</title>
        <desc id="steps-chart-desc">{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke={GRID} stroke-width="1" />
            <text x={PAD.left - 6} y={y(tick) + 4} text-anchor="end" fill={TEXT}>
              {tick}
            </text>
          </g>
        ))}
        {quarters.map((q, i) =>
          // every few quarters only, so that the labels never overlap; the table names each one
          i % labelEvery === 0 ? (
            <text key={`${q.year}-${q.quarter}`} x={x(i)} y={HEIGHT - PAD.bottom + 18} text-anchor="middle" fill={TEXT}>
              {m.quarterShort(q.year, q.quarter)}
            </text>
          ) : null,
        )}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke={AXIS} stroke-width="1" />
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
      </svg>
      <FigureTable
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
  const { top, ticks } = axis(Math.max(...thousands));
  const right = 16;
  // room for the longest label of the axis, e.g. "1.000 Tsd. €"
  const left = 96;
  const plotWidth = WIDTH - left - right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / years.length;
  const barWidth = Math.min(64, slot * 0.6);
  const y = (v: number) => PAD.top + plotHeight - (v / top) * plotHeight;
  const total = years.reduce((sum, y) => sum + y.cents, 0);
  return (
    <>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby="funding-chart-title funding-chart-desc"
        font-family="system-ui, sans-serif"
        font-size="12"
      >
        <title id="funding-chart-title">{c.title}</title>
        <desc id="funding-chart-desc">{c.summary(years.length, euro(total))}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={WIDTH - right} y1={y(tick)} y2={y(tick)} stroke={GRID} stroke-width="1" />
            <text x={left - 6} y={y(tick) + 4} text-anchor="end" fill={TEXT}>
              {c.axisThousands(tick)}
            </text>
          </g>
        ))}
        {years.map((year, i) => (
          <g key={year.year}>
            <rect
              x={left + i * slot + (slot - barWidth) / 2}
              y={y(thousands[i]!)}
              width={barWidth}
              height={y(0) - y(thousands[i]!)}
              fill={LINES.connect.colour}
            />
            <text x={left + i * slot + slot / 2} y={HEIGHT - PAD.bottom + 18} text-anchor="middle" fill={TEXT}>
              {year.year}
            </text>
          </g>
        ))}
        <line x1={left} x2={WIDTH - right} y1={y(0)} y2={y(0)} stroke={AXIS} stroke-width="1" />
      </svg>
      <FigureTable
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
