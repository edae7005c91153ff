import type { ComponentChildren } from 'preact';
import { assetUrl, PRELOADED_FONTS } from './assets.ts';
import { Breadcrumbs } from './components/content.tsx';
import { activeTheme, themeStylesheetUrl } from './theme.ts';
import type { Crumb, ViewContext } from './context.ts';

function LanguageSwitch(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const other = ctx.locale === 'de' ? 'en' : 'de';
  return (
    <a
      class="dk-header__link"
      href={`/sprache/${other}?weiter=${encodeURIComponent(ctx.url)}`}
      hreflang={other}
      lang={other}
      aria-label={ctx.t.common.switchToLabel}
    >
      {ctx.t.common.switchTo}
    </a>
  );
}

/** KERN's Kopfzeile, rendered on the server: the flag and the words that say whose site this is. */
function Kopfzeile(props: { ctx: ViewContext }) {
  return (
    <div class="kern-kopfzeile">
      <div class="dk-width">
        <div class="kern-kopfzeile__content">
          <span class="kern-kopfzeile__flagge" aria-hidden="true">
            <svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 16" width="24" height="16" focusable="false" aria-hidden="true">
              <path fill="#000" d="M0 0h24v5.333H0z" />
              <path fill="#D00" d="M0 5.333h24v5.334H0z" />
              <path fill="#FFCE00" d="M0 10.667h24V16H0z" />
            </svg>
          </span>
          <span class="kern-kopfzeile__label">{props.ctx.t.common.kopfzeile}</span>
        </div>
      </div>
    </div>
  );
}

function Header(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const { t, user, site } = ctx;
  const entries = ctx.nav.filter((n) => !n.visible || n.visible(user));
  return (
    <header class="dk-header">
      {/* inside the header landmark, so screen-reader users meet it where they expect */}
      <Kopfzeile ctx={ctx} />
      {site.demo ? (
        <div class="dk-demo-banner">
          <div class="dk-width">
            <p>{t.common.demoBanner}</p>
          </div>
        </div>
      ) : null}
      <div class="dk-width dk-header__top">
        <a class="dk-header__brand" href="/">
          {site.logoUrl ? <img class="dk-header__logo" src={site.logoUrl} alt="" height={40} /> : null}
          <span>{site.siteName}</span>
        </a>
        <ul class="dk-header__tools">
          <li>
            <a class="dk-header__link" href="/suche">
              {t.search.nav}
            </a>
          </li>
          <li>
            <LanguageSwitch ctx={ctx} />
          </li>
          {user ? (
            <>
              <li>
                <a class="dk-header__link" href="/konto">
                  {t.common.nav.account}
                </a>
              </li>
              <li>
                <form method="post" action="/abmelden">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button type="submit" class="dk-link-button">
                    {t.common.nav.logout}
                  </button>
                </form>
              </li>
            </>
          ) : (
            <>
              <li>
                <a class="dk-header__link" href="/anmelden">
                  {t.common.nav.login}
                </a>
              </li>
              <li>
                <a class="dk-header__link" href="/registrieren">
                  {t.common.nav.signup}
                </a>
              </li>
            </>
          )}
        </ul>
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
            <li>
              <a href="/newsletter">{t.common.footer.newsletter}</a>
            </li>
            <li>
              <a href="/offene-daten">{t.common.footer.openData}</a>
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
  /** a stylesheet only this page needs, by its logical name (e.g. the print layout of the sign-in list) */
  pageStylesheet?: string;
  /** a script only this page needs, by its logical name */
  pageScript?: string;
}

export function Layout(props: LayoutProps) {
  const { ctx } = props;
  const ownTheme = themeStylesheetUrl(ctx.site);
  return (
    <html lang={ctx.locale} data-kern-theme="light" data-dk-theme={activeTheme(ctx.site)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${ctx.site.siteName}`}</title>
        {PRELOADED_FONTS.map((font) => (
          <link key={font} rel="preload" href={assetUrl(font)} as="font" type="font/woff2" crossorigin="anonymous" />
        ))}
        <link rel="stylesheet" href={assetUrl('platform.css')} />
        {ownTheme ? <link rel="stylesheet" href={ownTheme} /> : null}
        {props.pageStylesheet ? <link rel="stylesheet" href={assetUrl(props.pageStylesheet)} /> : null}
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <script src={assetUrl('enhance.js')} defer></script>
        {props.pageScript ? <script src={assetUrl(props.pageScript)} defer></script> : null}
      </head>
      <body class={props.wide ? 'dk-page--wide' : undefined}>
        <a class="dk-skip-link" href="#inhalt">
          {ctx.t.common.skipLink}
        </a>
        <Header ctx={ctx} />
        <div class="dk-width">
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
