import type { HomeTeaser } from '../../../platform/deps.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { ButtonLink } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';

function Teaser(props: { teaser: HomeTeaser; index: number }) {
  const { teaser } = props;
  const id = `teaser-${props.index}`;
  return (
    <section aria-labelledby={id} class="dk-home-teaser">
      <h2 class="dk-heading-l" id={id}>
        {teaser.title}
      </h2>
      <ul class="dk-list">
        {teaser.items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.title}</a>
            <br />
            <span class="dk-body-s dk-secondary-text">{item.meta}</span>
          </li>
        ))}
      </ul>
      <p class="dk-body">
        <a href={teaser.more.href}>{teaser.more.label}</a>
      </p>
    </section>
  );
}

export function HomePage(props: { ctx: ViewContext; teasers: HomeTeaser[] }) {
  const { ctx } = props;
  const m = ctx.t.pages.home;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1 class="dk-heading-xl">{ctx.site.siteName}</h1>
      <p class="dk-lead">{m.lead}</p>
      {props.teasers.length > 0 ? (
        <div class="dk-grid">
          {props.teasers.map((teaser, i) => (
            <Teaser teaser={teaser} index={i} key={teaser.more.href} />
          ))}
        </div>
      ) : null}
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
