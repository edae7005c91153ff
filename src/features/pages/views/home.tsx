import type { ViewContext } from '../../../platform/views/context.ts';
import { ButtonLink } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';

export function HomePage(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const m = ctx.t.pages.home;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1 class="dk-heading-xl">{ctx.site.siteName}</h1>
      <p class="dk-lead">{m.lead}</p>
      <h2 class="dk-heading-l">{m.stepsTitle}</h2>
      <ol class="dk-steps">
        {m.steps.map((s) => (
          <li class="dk-steps__item" key={s.title}>
            <h3 class="dk-heading-m">{s.title}</h3>
            <p class="dk-body">{s.body}</p>
          </li>
        ))}
      </ol>
      {ctx.user ? null : (
        <section aria-labelledby="join-title">
          <h2 class="dk-heading-l" id="join-title">
            {m.joinTitle}
          </h2>
          <p class="dk-body">{m.joinBody}</p>
          <ButtonLink href="/registrieren">{ctx.t.common.nav.signup}</ButtonLink>
        </section>
      )}
    </Layout>
  );
}
