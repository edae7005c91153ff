import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { editorChallengePath } from '../../core/paths.ts';
import { challengeAdminCrumbs } from '../../core/views/challenge-editor-layout.tsx';
import type { ListedChallenge } from '../authoring-service.ts';
import { ChallengeTable } from './shared.tsx';

/** Every challenge for the editors, those awaiting approval first (the order comes from the service). */
export function EditorListPage(props: { ctx: ViewContext; challenges: ListedChallenge[] }) {
  const { ctx } = props;
  const m = ctx.t.challengesAuthoring.editor;
  const crumbs = challengeAdminCrumbs(ctx);
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[...crumbs.slice(0, -1), { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      {props.challenges.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <ChallengeTable
          ctx={ctx}
          caption={m.title}
          head={[m.columns.title, m.columns.organisation, m.columns.phase, m.columns.deadline]}
          challenges={props.challenges}
          href={editorChallengePath}
        />
      )}
    </Layout>
  );
}
