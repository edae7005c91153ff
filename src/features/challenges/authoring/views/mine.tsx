import { Notice } from '../../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ORGANISATIONS_PATH } from '../../../organisations/service.ts';
import { CHALLENGES_PATH, OWNER_PATH, ownerChallengePath } from '../../core/paths.ts';
import type { ListedChallenge } from '../authoring-service.ts';
import { ChallengeTable } from './shared.tsx';

/**
 * The owners' list: the challenges of the organisations the person manages in every status, and
 * the way to a new one. Someone who may post for no municipality learns who may and how.
 */
export function MyChallengesPage(props: { ctx: ViewContext; challenges: ListedChallenge[]; mayPost: boolean; notice?: string | undefined }) {
  const { ctx } = props;
  const m = ctx.t.challengesAuthoring.mine;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: CHALLENGES_PATH, label: ctx.t.challenges.nav }, { label: m.title }]} wide>
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      {props.mayPost ? (
        <>
          <p class="kern-body">{m.lead}</p>
          <div class="dk-actions">
            <ButtonLink href={`${OWNER_PATH}/neu`}>{m.create}</ButtonLink>
          </div>
        </>
      ) : (
        <section aria-labelledby="who-may-post">
          <h2 class="kern-heading-medium" id="who-may-post">
            {m.notAllowedTitle}
          </h2>
          {m.notAllowed.map((p, i) => (
            <p class="kern-body" key={i}>
              {p}
            </p>
          ))}
          <p class="kern-body">
            <a href={ORGANISATIONS_PATH}>{m.organisationsLink}</a>
          </p>
        </section>
      )}
      {props.challenges.length === 0 ? (
        props.mayPost ? (
          <p class="kern-body">{m.empty}</p>
        ) : null
      ) : (
        <ChallengeTable
          ctx={ctx}
          caption={m.title}
          head={[m.columns.title, m.columns.organisation, m.columns.status, m.columns.deadline]}
          challenges={props.challenges}
          href={ownerChallengePath}
        />
      )}
    </Layout>
  );
}
