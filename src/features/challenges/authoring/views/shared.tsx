import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { CHALLENGES_PATH, OWNER_PATH, ownerChallengePath } from '../../core/paths.ts';
import type { ChallengeRow, CriterionRow } from '../../core/repository.ts';
import type { ChallengePhase } from '../../core/rules.ts';
import { PhaseTag } from '../../core/views/phase-and-timeline.tsx';
import type { MissingItem } from '../checklist.ts';

/** Call for Solutions › Meine Herausforderungen, and the challenge when the page is below it. */
export function ownerCrumbs(ctx: ViewContext, challenge?: Pick<ChallengeRow, 'id' | 'title'>): Crumb[] {
  return [
    { href: CHALLENGES_PATH, label: ctx.t.challenges.nav },
    { href: OWNER_PATH, label: ctx.t.challengesAuthoring.mine.title },
    ...(challenge ? [{ href: ownerChallengePath(challenge.id), label: challenge.title }] : []),
  ];
}

/** The criteria with their weights, read-only. */
export function CriteriaTable(props: { ctx: ViewContext; criteria: CriterionRow[] }) {
  const { ctx } = props;
  const m = ctx.t.challengesAuthoring.criteria;
  return (
    <Table
      caption={ctx.t.challenges.fields.criteria}
      captionHidden
      head={[m.titleLabel, m.description, m.weight]}
      numeric={[2]}
      rows={props.criteria.map((c) => [c.title, c.description, String(c.weight)])}
    />
  );
}

/** What is missing before the challenge can be sent, as a list. */
export function MissingList(props: { ctx: ViewContext; missing: MissingItem[] }) {
  const m = props.ctx.t.challengesAuthoring.overview.missing;
  return (
    <ul class="kern-list kern-list--bullet">
      {props.missing.map((item) => (
        <li key={item}>{m[item]}</li>
      ))}
    </ul>
  );
}

/** A list of challenges as a table: title (linked to `href`), organisation, where it stands, deadline. */
export function ChallengeTable(props: {
  ctx: ViewContext;
  caption: string;
  head: [string, string, string, string];
  challenges: { challenge: ChallengeRow; organisation: string; phase: ChallengePhase }[];
  href: (id: string) => string;
}) {
  const { ctx } = props;
  return (
    <Table
      caption={props.caption}
      captionHidden
      head={props.head}
      rows={props.challenges.map(({ challenge, organisation, phase }) => [
        <a key="title" href={props.href(challenge.id)}>
          {challenge.title}
        </a>,
        organisation,
        <PhaseTag key="phase" ctx={ctx} phase={phase} />,
        formatDateTime(ctx.locale, challenge.submissionClosesAt),
      ])}
    />
  );
}
