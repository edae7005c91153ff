import { formatCalendarDay } from '../../../../platform/i18n/dates.ts';
import { Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { MeasureStatus } from '../../core/tables.ts';

/** The traffic light, always with its word: colour alone says nothing to many. */
const COLOURS = { planned: 'grey', on_track: 'green', at_risk: 'yellow', delayed: 'red', done: 'blue' } as const;

export function StatusTag(props: { ctx: ViewContext; status: MeasureStatus }) {
  return <Tag colour={COLOURS[props.status]}>{props.ctx.t.strategy.measureStatuses[props.status]}</Tag>;
}

/** "01.03.2026 – 31.12.2026", one side alone, or a dash. */
export function timeframe(ctx: ViewContext, startsOn: string | null, endsOn: string | null): string {
  const day = (d: string) => formatCalendarDay(ctx.locale, d, 'short');
  if (!startsOn && !endsOn) return ctx.t.strategyMeasures.list.none;
  return `${startsOn ? day(startsOn) : ''} – ${endsOn ? day(endsOn) : ''}`.trim();
}
