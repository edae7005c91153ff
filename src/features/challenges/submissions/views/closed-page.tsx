import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { MessagePage } from '../../../../platform/views/message-page.tsx';
import { challengePath, submissionPath } from '../../core/paths.ts';
import type { ChallengeRow } from '../../core/repository.ts';
import { challengePhase } from '../../core/rules.ts';
import { submissionCrumbs } from './crumbs.ts';

/** Why the window is shut: not published, not open yet, or past the deadline – with its date. */
export function closedReason(ctx: ViewContext, challenge: ChallengeRow, now: Date): string {
  const m = ctx.t.challengesSubmissions.closed;
  const phase = challengePhase(challenge, now);
  if (phase === 'draft' || phase === 'in_review') return m.notPublished;
  if (phase === 'upcoming') return m.upcoming(formatDateTime(ctx.locale, challenge.submissionOpensAt));
  return m.ended(formatDateTime(ctx.locale, challenge.submissionClosesAt));
}

/**
 * The 409 page of a window that is shut: why, and that nothing was stored; with a way back to
 * the submission when there is one, else to the challenge.
 */
export function ClosedPage(props: { ctx: ViewContext; challenge: ChallengeRow; now: Date; reason?: string; submissionId?: string }) {
  const { ctx, challenge } = props;
  const m = ctx.t.challengesSubmissions.closed;
  const back = props.submissionId
    ? { href: submissionPath(props.submissionId), label: m.backToSubmission }
    : { href: challengePath(challenge.slug), label: ctx.t.challengesSubmissions.start.backToChallenge };
  return (
    <MessagePage
      ctx={ctx}
      title={m.title}
      body={[props.reason ?? closedReason(ctx, challenge, props.now), m.nothingChanged]}
      breadcrumbs={submissionCrumbs(ctx, { label: m.title })}
    >
      <p class="kern-body">
        <a href={back.href}>{back.label}</a>
      </p>
    </MessagePage>
  );
}
