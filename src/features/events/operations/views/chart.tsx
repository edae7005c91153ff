import { formatCalendarDay } from '../../../../platform/i18n/dates.ts';
import { CHART_COLOURS, ChartFrame, ChartTable, chartY, valueAxis, type ChartBox } from '../../../../platform/views/components/chart.tsx';
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

const BOX: ChartBox = { width: 640, height: 260, pad: { top: 16, right: 16, bottom: 36, left: 44 } };

export function RegistrationChart(props: { ctx: ViewContext; perDay: { day: string; count: number }[]; seats: number }) {
  const { ctx, seats } = props;
  const m = ctx.t.eventOperations.chart;
  const { unit, buckets } = chartBuckets(props.perDay);
  if (buckets.length === 0) return <p class="kern-body">{m.empty}</p>;
  const label = (day: string, long = false) => formatCalendarDay(ctx.locale, day, long ? 'long' : 'short');
  const total = buckets[buckets.length - 1]!.total;
  const axis = valueAxis(Math.max(total, seats));
  const { pad } = BOX;
  const right = BOX.width - pad.right;
  const y = chartY(BOX, axis.top);
  const slot = (right - pad.left) / buckets.length;
  const barWidth = Math.min(48, Math.max(1, slot * 0.7));
  const labelEvery = Math.ceil(buckets.length / 6);
  const summary = m.summary(total, label(buckets[0]!.start, true), label(buckets[buckets.length - 1]!.start, true), seats);
  return (
    <>
      <ChartFrame id="chart" title={m.heading} summary={summary} box={BOX} axis={axis}>
        {buckets.map((b, i) => (
          <rect
            key={b.start}
            x={pad.left + i * slot + (slot - barWidth) / 2}
            y={y(b.total)}
            width={barWidth}
            height={y(0) - y(b.total)}
            fill={CHART_COLOURS.primary}
          />
        ))}
        {buckets.map((b, i) =>
          i % labelEvery === 0 || i === buckets.length - 1 ? (
            <text key={`l-${b.start}`} x={pad.left + i * slot + slot / 2} y={BOX.height - pad.bottom + 18} text-anchor="middle" fill={CHART_COLOURS.text}>
              {label(b.start)}
            </text>
          ) : null,
        )}
        {seats > 0 ? (
          <g>
            <line x1={pad.left} x2={right} y1={y(seats)} y2={y(seats)} stroke={CHART_COLOURS.alert} stroke-width="2" stroke-dasharray="6 4" />
            <text x={right} y={y(seats) - 6} text-anchor="end" fill={CHART_COLOURS.alert} font-weight="bold">
              {m.seatsLine(seats)}
            </text>
          </g>
        ) : null}
      </ChartFrame>
      <ChartTable
        toggle={m.tableToggle}
        caption={m.tableCaption}
        id="chart-table"
        head={[unit === 'week' ? m.week : m.day, m.newRegistrations, m.cumulative]}
        numeric={[1, 2]}
        rows={buckets.map((b) => [label(b.start, true), String(b.added), String(b.total)])}
      />
    </>
  );
}
