import type { HomeTeaser } from '../../../platform/deps.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Card } from '../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';

/** The knowledge page's sections for the steps vernetzen, planen, umsetzen, in the order of the catalogue's steps. */
const STEP_LINKS = ['/wissen#schritt-vernetzen', '/wissen#schritt-planen', '/wissen#schritt-umsetzen'];

function Teaser(props: { teaser: HomeTeaser; index: number }) {
  const { teaser } = props;
  const id = `teaser-${props.index}`;
  return (
    <section aria-labelledby={id} class="dk-home-teaser">
      <h2 class="kern-heading-large" id={id}>
        {teaser.title}
      </h2>
      <ul class="kern-list">
        {teaser.items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.title}</a>
            <br />
            <span class="kern-body kern-body--small kern-body--muted">{item.meta}</span>
          </li>
        ))}
      </ul>
      <p class="kern-body">
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
      <h1 class="kern-heading-x-large">{ctx.site.siteName}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <section aria-labelledby="steps-title">
        <h2 class="kern-heading-large" id="steps-title">
          {m.stepsTitle}
        </h2>
        {/* The programme's three steps (seed 002), each leading to the guides of that step. */}
        <ol class="dk-grid dk-grid--3">
          {m.steps.map((s, i) => (
            <li key={s.title}>
              <Card title={s.title} href={STEP_LINKS[i]} meta={m.stepNumber(i + 1)} headingLevel={3}>
                <p class="kern-body">{s.body}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
      {props.teasers.length > 0 ? (
        <div class="dk-grid">
          {props.teasers.map((teaser, i) => (
            <Teaser teaser={teaser} index={i} key={teaser.more.href} />
          ))}
        </div>
      ) : null}
      {ctx.user ? null : (
        <section aria-labelledby="join-title">
          <h2 class="kern-heading-large" id="join-title">
            {m.joinTitle}
          </h2>
          <p class="kern-body">{m.joinBody}</p>
          <ButtonLink href="/registrieren">{ctx.t.common.nav.signup}</ButtonLink>
        </section>
      )}
    </Layout>
  );
}
