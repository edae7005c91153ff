import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Notice, Table, Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { CHALLENGES_PATH, challengePath, submissionPath } from '../../core/paths.ts';
import type { OwnSubmissionListRow } from '../repository.ts';
import { submissionCrumbs } from './crumbs.ts';

/** "Meine Einreichungen": the person's proposals across challenges, with their state and deadline. */
export function MySubmissionsPage(props: { ctx: ViewContext; submissions: OwnSubmissionListRow[]; notice?: string | undefined }) {
  const { ctx } = props;
  const m = ctx.t.challengesSubmissions.mine;
  const rows = props.submissions.map((s) => [
    <a key="title" href={submissionPath(s.id)}>
      {s.title}
    </a>,
    <a key="challenge" href={challengePath(s.challengeSlug)}>
      {s.challengeTitle}
    </a>,
    <>
      {ctx.t.challenges.submissionStatus[s.status]}
      {s.decidedAt && s.status === 'submitted' ? <> {s.winner ? <Tag colour="green">{ctx.t.challenges.winner}</Tag> : <Tag>{m.notChosen}</Tag>}</> : null}
    </>,
    formatDateTime(ctx.locale, s.submissionClosesAt),
  ]);
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={submissionCrumbs(ctx).slice(0, 1).concat({ label: m.title })} wide>
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      {rows.length === 0 ? (
        <>
          <p class="kern-body">{m.empty}</p>
          <p class="kern-body">
            <a href={CHALLENGES_PATH}>{m.toChallenges}</a>
          </p>
        </>
      ) : (
        <Table caption={m.caption} captionHidden head={[m.head.title, m.head.challenge, m.head.status, m.head.deadline]} rows={rows} />
      )}
    </Layout>
  );
}
