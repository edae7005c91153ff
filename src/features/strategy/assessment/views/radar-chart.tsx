import type { ViewContext } from '../../../../platform/views/context.ts';

export interface RadarAxis {
  label: string;
  /** 0–100, null when not answered (drawn at the centre) */
  own: number | null;
  /** the peers' average, undefined when not shown */
  peers: number | undefined;
}

// wide enough that the longest dimension's name beside the chart fits without being cut
const SIZE = { width: 960, height: 420, cx: 480, cy: 210, r: 150 } as const;
const RINGS = [25, 50, 75, 100];

function point(i: number, n: number, percent: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const d = (SIZE.r * percent) / 100;
  return [SIZE.cx + d * Math.cos(angle), SIZE.cy + d * Math.sin(angle)];
}

const polygon = (values: number[]) =>
  values
    .map((v, i) =>
      point(i, values.length, v)
        .map((c) => c.toFixed(1))
        .join(','),
    )
    .join(' ');

/**
 * The result as a radar chart, drawn on the server: one axis per dimension from the centre (0 %)
 * outwards (100 %), the municipality's values as a filled area and, where shown, the peers'
 * average as a dashed line. The chart is one image for screen readers; the table beside it
 * carries the same numbers.
 */
export function RadarChart(props: { ctx: ViewContext; title: string; description: string; axes: RadarAxis[] }) {
  const { axes } = props;
  const n = axes.length;
  // a peers' line only where every axis has an average, so that it never joins shown and hidden values
  const peers = axes.every((a) => a.peers !== undefined) ? axes.map((a) => a.peers!) : undefined;
  return (
    <svg class="dk-radar" viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-labelledby="radar-title radar-desc" width="100%">
      <title id="radar-title">{props.title}</title>
      <desc id="radar-desc">{props.description}</desc>
      {RINGS.map((ring) => (
        <polygon key={ring} points={polygon(axes.map(() => ring))} fill="none" stroke="#b8bcc4" stroke-width="1" />
      ))}
      {axes.map((axis, i) => {
        const [x, y] = point(i, n, 100);
        const [lx, ly] = point(i, n, 112);
        const anchor = Math.abs(lx - SIZE.cx) < 4 ? 'middle' : lx > SIZE.cx ? 'start' : 'end';
        return (
          <g key={axis.label}>
            <line x1={SIZE.cx} y1={SIZE.cy} x2={x.toFixed(1)} y2={y.toFixed(1)} stroke="#b8bcc4" stroke-width="1" />
            <text x={lx.toFixed(1)} y={(ly + 4).toFixed(1)} text-anchor={anchor} font-size="13" fill="#1a1a1a">
              {axis.label}
            </text>
          </g>
        );
      })}
      {peers ? <polygon points={polygon(peers)} fill="none" stroke="#8a3b00" stroke-width="2" stroke-dasharray="6 4" /> : null}
      <polygon points={polygon(axes.map((a) => a.own ?? 0))} fill="#004b76" fill-opacity="0.25" stroke="#004b76" stroke-width="2" />
      <text x={SIZE.cx + 4} y={SIZE.cy - SIZE.r - 4} font-size="11" fill="#4a4a4a">
        100 %
      </text>
    </svg>
  );
}
