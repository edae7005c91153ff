import { formatCalendarDay } from '../../../../platform/i18n/dates.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';

/*
 * Registrations over time as an SVG drawn on the server: no script, no library, and it
 * prints. Screen-reader users get the summary sentence and, like everyone, the numbers as
 * a table below the chart.
 */

const DAY_MS = 24 * 3600 * 1000;
/** Beyond this many days the bars become weeks, so they stay wide enough to see. */
const MAX_BARS = 60;

export interface ChartBucket {
  /** first day of the bucket, YYYY-MM-DD */
  start: string;
  added: number;
  total: number;
}

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Days (or weeks from Monday) from the first registration to the last, gaps filled with zero. */
export function chartBuckets(perDay: { day: string; count: number }[]): { unit: 'day' | 'week'; buckets: ChartBucket[] } {
  if (perDay.length === 0) return { unit: 'day', buckets: [] };
  const counts = new Map(perDay.map((p) => [dayNumber(p.day), p.count]));
  const first = dayNumber(perDay[0]!.day);
  const last = dayNumber(perDay[perDay.length - 1]!.day);
  const unit = last - first + 1 > MAX_BARS ? 'week' : 'day';
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  const start = unit === 'week' ? first - ((first + 3) % 7) : first;
  const step = unit === 'week' ? 7 : 1;
  const buckets: ChartBucket[] = [];
  let total = 0;
  for (let n = start; n <= last; n += step) {
    let added = 0;
    for (let d = n; d < n + step; d++) added += counts.get(d) ?? 0;
    total += added;
    buckets.push({ start: dayString(n), added, total });
  }
  return { unit, buckets };
}

/** A step of 1, 2 or 5 times a power of ten, so that the axis reads 0, 5, 10 … or 0, 20, 40 … */
function niceStep(value: number): number {
  const raw = Math.max(1, value / 4);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 5, 10].find((f) => f * magnitude >= raw) ?? 10;
  return factor * magnitude;
}

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 16, right: 16, bottom: 36, left: 44 };
const COLOURS = { bar: '#0b5a8f', axis: '#505a5f', grid: '#c8cdd1', text: '#0b0c0c', seats: '#b3261e' };

export function RegistrationChart(props: { ctx: ViewContext; perDay: { day: string; count: number }[]; seats: number }) {
  const { ctx, seats } = props;
  const m = ctx.t.eventOperations.chart;
  const { unit, buckets } = chartBuckets(props.perDay);
  if (buckets.length === 0) return <p class="kern-body">{m.empty}</p>;
  const label = (day: string, long = false) => formatCalendarDay(ctx.locale, day, long ? 'long' : 'short');
  const total = buckets[buckets.length - 1]!.total;
  const step = niceStep(Math.max(total, seats));
  const max = Math.max(step, Math.ceil(Math.max(total, seats) / step) * step);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const slot = plotWidth / buckets.length;
  const barWidth = Math.min(48, Math.max(1, slot * 0.7));
  const ticks = Array.from({ length: max / step + 1 }, (_, i) => i * step);
  const labelEvery = Math.ceil(buckets.length / 6);
  const summary = m.summary(total, label(buckets[0]!.start, true), label(buckets[buckets.length - 1]!.start, true), seats);
  return (
    <>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby="chart-title chart-desc"
        font-family="system-ui, sans-serif"
        font-size="12"
      >
        <title id="chart-title">{m.heading}</title>
        <desc id="chart-desc">{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke={COLOURS.grid} stroke-width="1" />
            <text x={PAD.left - 6} y={y(tick) + 4} text-anchor="end" fill={COLOURS.text}>
              {tick}
            </text>
          </g>
        ))}
        {buckets.map((b, i) => (
          <rect key={b.start} x={PAD.left + i * slot + (slot - barWidth) / 2} y={y(b.total)} width={barWidth} height={y(0) - y(b.total)} fill={COLOURS.bar} />
        ))}
        {buckets.map((b, i) =>
          i % labelEvery === 0 || i === buckets.length - 1 ? (
            <text key={`l-${b.start}`} x={PAD.left + i * slot + slot / 2} y={HEIGHT - PAD.bottom + 18} text-anchor="middle" fill={COLOURS.text}>
              {label(b.start)}
            </text>
          ) : null,
        )}
        {seats > 0 ? (
          <g>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(seats)} y2={y(seats)} stroke={COLOURS.seats} stroke-width="2" stroke-dasharray="6 4" />
            <text x={WIDTH - PAD.right} y={y(seats) - 6} text-anchor="end" fill={COLOURS.seats} font-weight="bold">
              {m.seatsLine(seats)}
            </text>
          </g>
        ) : null}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke={COLOURS.axis} stroke-width="1" />
      </svg>
      <details class="kern-accordion">
        <summary class="kern-accordion__header">
          <span class="kern-title">{m.tableToggle}</span>
        </summary>
        <div class="kern-accordion__body">
          <Table
            caption={m.tableCaption}
            id="chart-table"
            head={[unit === 'week' ? m.week : m.day, m.newRegistrations, m.cumulative]}
            numeric={[1, 2]}
            rows={buckets.map((b) => [label(b.start, true), String(b.added), String(b.total)])}
          />
        </div>
      </details>
    </>
  );
}
