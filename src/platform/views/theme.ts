import crypto from 'node:crypto';
import type { SiteSettings, Theme } from '../settings/site-settings.ts';

/** Where the own theme's colours are served; the query names the colours, so a change is a new address. */
export const THEME_STYLESHEET_PATH = '/thema.css';

/** WCAG's contrast ratio of two colours given as #rrggbb (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/**
 * The own theme: the ministry's colour takes the place of KERN's action colour (links, buttons,
 * focus of the navigation) and of the navigation bar, its accent the stripe under the header.
 * KERN derives the hover and pressed shades from the action colour itself.
 */
export function themeStylesheet(site: Pick<SiteSettings, 'themeColour' | 'themeAccent'>): string {
  if (!site.themeColour) return '';
  const accent = site.themeAccent || site.themeColour;
  return `html[data-dk-theme='own']{--kern-color-action-default:${site.themeColour};--kern-color-decorative-brand-default:${site.themeColour};--kern-color-accent:${accent}}\n`;
}

/** The theme the pages use: an own theme without its colour falls back to Schleswig-Holstein's. */
export function activeTheme(site: Pick<SiteSettings, 'theme' | 'themeColour'>): Theme {
  return site.theme === 'own' && !site.themeColour ? 'sh' : site.theme;
}

/** The address of the own theme's stylesheet, or undefined when the site uses a built-in theme. */
export function themeStylesheetUrl(site: SiteSettings): string | undefined {
  if (activeTheme(site) !== 'own') return undefined;
  const version = crypto.createHash('sha256').update(themeStylesheet(site)).digest('hex').slice(0, 12);
  return `${THEME_STYLESHEET_PATH}?v=${version}`;
}
