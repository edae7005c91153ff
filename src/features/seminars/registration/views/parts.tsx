import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { SERIES_PATH, seriesPath } from '../../core/paths.ts';
import type { SeriesRow, SessionRow } from '../../core/repository.ts';
import { sessionText } from '../format.ts';

/** Veranstaltungen › the series › this page. */
export function seriesCrumbs(ctx: ViewContext, series: SeriesRow, here: string): Crumb[] {
  return [
    { href: SERIES_PATH.replace(/\/reihen$/, ''), label: ctx.t.seminarsRegistration.crumbs.events },
    { href: seriesPath(series.slug), label: series.title },
    { label: here },
  ];
}

/** A module's dates, one per line, or that they are still to be fixed. */
export function SessionList(props: { ctx: ViewContext; sessions: SessionRow[] }) {
  const { ctx } = props;
  if (props.sessions.length === 0) return <p class="kern-body">{ctx.t.seminarsRegistration.participation.noSessions}</p>;
  return (
    <ul class="kern-list">
      {props.sessions.map((s) => (
        <li key={s.id}>
          {sessionText(ctx.t, ctx.locale, s)}
          {s.venue ? `, ${s.venue}` : ''}
        </li>
      ))}
    </ul>
  );
}
