import type { ComponentChildren } from 'preact';
import { Table } from './content.tsx';

/*
 * Charts drawn on the server as SVG: no script, no library, and they print. Each has its
 * summary sentence as the SVG's description and its figures as a table below it, so that
 * nobody depends on seeing the drawing. The features draw their marks (bars, lines) inside the frame.
 */

/** KERN's text, border and action colours; SVG attributes cannot read the stylesheet's tokens. */
export const CHART_COLOURS = { text: '#0b0c0c', grid: '#c8cdd1', axis: '#505a5f', primary: '#0b5a8f', alert: '#b3261e' };

/** A step of 1, 2 or 5 times a power of ten, so that the axis reads 0, 5, 10 … or 0, 20, 40 … */
export function niceStep(value: number): number {
  const raw = Math.max(1, value / 4);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((f) => f * magnitude >= raw) ?? 10) * magnitude;
}

/** The value axis for figures up to `max`: its top, a round number, and the ticks from 0 to it. */
export function valueAxis(max: number): { top: number; ticks: number[] } {
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

/** The drawing's size and the margins around its plot, in the SVG's own units. */
export interface ChartBox {
  width: number;
  height: number;
  pad: { top: number; right: number; bottom: number; left: number };
}

/** Where a value stands vertically in the plot of `box`, for an axis up to `top`. */
export function chartY(box: ChartBox, top: number): (value: number) => number {
  const plotHeight = box.height - box.pad.top - box.pad.bottom;
  return (value) => box.pad.top + plotHeight - (value / top) * plotHeight;
}

/** The SVG with its title, description, horizontal grid lines with their labels and the base line; the marks are the children, drawn over them. */
export function ChartFrame(props: {
  id: string;
  title: string;
  summary: string;
  box: ChartBox;
  axis: { top: number; ticks: number[] };
  tickLabel?: (value: number) => string;
  children: ComponentChildren;
}) {
  const { box, axis, id } = props;
  const y = chartY(box, axis.top);
  const right = box.width - box.pad.right;
  return (
    <svg
      viewBox={`0 0 ${box.width} ${box.height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      font-family="system-ui, sans-serif"
      font-size="12"
    >
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{props.summary}</desc>
      {axis.ticks.map((tick) => (
        <g key={tick}>
          <line x1={box.pad.left} x2={right} y1={y(tick)} y2={y(tick)} stroke={CHART_COLOURS.grid} stroke-width="1" />
          <text x={box.pad.left - 6} y={y(tick) + 4} text-anchor="end" fill={CHART_COLOURS.text}>
            {props.tickLabel ? props.tickLabel(tick) : tick}
          </text>
        </g>
      ))}
      <line x1={box.pad.left} x2={right} y1={y(0)} y2={y(0)} stroke={CHART_COLOURS.axis} stroke-width="1" />
      {props.children}
    </svg>
  );
}

/** The chart's figures as a table, folded away below it. */
export function ChartTable(props: { toggle: string; caption: string; id: string; head: string[]; rows: string[][]; numeric: number[] }) {
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
