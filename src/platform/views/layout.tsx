import type { ComponentChildren } from 'preact';
import type { Crumb, ViewContext } from './context.ts';
import { Breadcrumbs } from './components/content.tsx';

export const STYLESHEET = '/static/css/main.css';

function LanguageSwitch(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const other = ctx.locale === 'de' ? 'en' : 'de';
  return (
    <a
      class="dk-header__language"
      href={`/sprache/${other}?weiter=${encodeURIComponent(ctx.url)}`}
      hreflang={other}
      lang={other}
      aria-label={ctx.t.common.switchToLabel}
    >
      {ctx.t.common.switchTo}
    </a>
  );
}

function Header(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const { t, user, site } = ctx;
  const entries = ctx.nav.filter((n) => !n.visible || n.visible(user));
  return (
    <header class="dk-header">
      {/* inside the header landmark, so screen-reader users meet it where they expect */}
      {site.demo ? (
        <div class="dk-demo-banner">
          <p class="dk-width">{t.common.demoBanner}</p>
        </div>
      ) : null}
      <div class="dk-width dk-header__top">
        <a class="dk-header__brand" href="/">
          {site.logoUrl ? <img class="dk-header__logo" src={site.logoUrl} alt="" height={40} /> : null}
          <span class="dk-header__name">{site.siteName}</span>
        </a>
        <div class="dk-header__tools">
          <a class="dk-header__link" href="/suche">
            {t.search.nav}
          </a>
          <LanguageSwitch ctx={ctx} />
          {user ? (
            <>
              <a class="dk-header__link" href="/konto">
                {t.common.nav.account}
              </a>
              <form method="post" action="/abmelden" class="dk-header__logout">
                <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                <button type="submit" class="dk-link-button">
                  {t.common.nav.logout}
                </button>
              </form>
            </>
          ) : (
            <>
              <a class="dk-header__link" href="/anmelden">
                {t.common.nav.login}
              </a>
              <a class="dk-header__link" href="/registrieren">
                {t.common.nav.signup}
              </a>
            </>
          )}
        </div>
      </div>
      {entries.length > 0 ? (
        <nav class="dk-nav" aria-label={t.common.mainNav}>
          <ul class="dk-width dk-nav__list">
            {entries.map((n) => {
              const active = ctx.url === n.href || ctx.url.startsWith(`${n.href}/`) || ctx.url.startsWith(`${n.href}?`);
              return (
                <li key={n.href}>
                  <a class="dk-nav__link" href={n.href} aria-current={active ? 'page' : undefined}>
                    {n.label(t)}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

function Footer(props: { ctx: ViewContext }) {
  const { t } = props.ctx;
  return (
    <footer class="dk-footer">
      <div class="dk-width">
        <nav aria-label={t.common.footer.label}>
          <ul class="dk-footer__links">
            <li>
              <a href="/impressum">{t.common.footer.imprint}</a>
            </li>
            <li>
              <a href="/datenschutz">{t.common.footer.privacy}</a>
            </li>
            <li>
              <a href="/barrierefreiheit">{t.common.footer.accessibility}</a>
            </li>
            <li>
              <a href="/kontakt">{t.common.footer.contact}</a>
            </li>
          </ul>
        </nav>
        <p class="dk-footer__tagline">
          {props.ctx.site.siteName} – {t.common.footer.tagline}
        </p>
      </div>
    </footer>
  );
}

export interface LayoutProps {
  ctx: ViewContext;
  title: string;
  breadcrumbs?: Crumb[];
  children: ComponentChildren;
  /** full-width pages (tables in the administration) opt out of the reading width */
  wide?: boolean;
}

export function Layout(props: LayoutProps) {
  const { ctx } = props;
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${ctx.site.siteName}`}</title>
        <link rel="stylesheet" href={STYLESHEET} />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <script src="/static/js/enhance.js" defer></script>
      </head>
      <body>
        <a class="dk-skip-link" href="#inhalt">
          {ctx.t.common.skipLink}
        </a>
        <Header ctx={ctx} />
        <div class={`dk-width${props.wide ? ' dk-width--wide' : ''}`}>
          <Breadcrumbs ctx={ctx} items={props.breadcrumbs ?? []} />
          <main id="inhalt" class="dk-main" tabindex={-1}>
            {props.children}
          </main>
        </div>
        <Footer ctx={ctx} />
      </body>
    </html>
  );
}
