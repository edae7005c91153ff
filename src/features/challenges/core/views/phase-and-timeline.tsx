import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { SummaryList, Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { ChallengeRow } from '../repository.ts';
import { TIMELINE_FIELDS, type ChallengePhase, type TimelineField } from '../rules.ts';

// green while people can act, blue while the jury works, yellow while the editors have to act
const PHASE_COLOURS = {
  draft: 'grey',
  in_review: 'yellow',
  upcoming: 'blue',
  open: 'green',
  jury: 'blue',
  decided: 'grey',
} as const satisfies Record<ChallengePhase, string>;

/** Where a challenge stands, as a tag, the same on every page. */
export function PhaseTag(props: { ctx: ViewContext; phase: ChallengePhase }) {
  return <Tag colour={PHASE_COLOURS[props.phase]}>{props.ctx.t.challenges.phases[props.phase]}</Tag>;
}

/** The timeline of a challenge in Berlin time. */
export function TimelineList(props: { ctx: ViewContext; challenge: Pick<ChallengeRow, TimelineField> }) {
  const { ctx, challenge } = props;
  return (
    <SummaryList
      ctx={ctx}
      rows={TIMELINE_FIELDS.map((field) => ({ key: ctx.t.challenges.fields[field], value: formatDateTime(ctx.locale, challenge[field]) }))}
    />
  );
}
