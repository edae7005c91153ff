import type { ComponentChildren } from 'preact';
import type { Crumb, ViewContext } from '../context.ts';

/** KERN's alert: information, or the success of what the person just did. */
export function NotificationBanner(props: {
  ctx: ViewContext;
  variant?: 'info' | 'success' | 'warning';
  title?: string;
  /** needed only when a page shows more than one banner of the same kind */
  id?: string;
  children: ComponentChildren;
}) {
  const variant = props.variant ?? 'info';
  const { alert, icon } = ALERT_CLASSES[variant];
  const titleId = props.id ?? (variant === 'info' ? 'banner-title' : `banner-${variant}-title`);
  const defaultTitle = variant === 'success' ? props.ctx.t.common.notificationSuccess : props.ctx.t.common.notificationImportant;
  return (
    <div class={alert} role={variant === 'success' ? 'alert' : 'region'} aria-labelledby={titleId}>
      <div class="kern-alert__header">
        <span class={icon} aria-hidden="true" />
        <h2 class="kern-title" id={titleId}>
          {props.title ?? defaultTitle}
        </h2>
      </div>
      <div class="kern-alert__body">{props.children}</div>
    </div>
  );
}

const ALERT_CLASSES = {
  info: { alert: 'kern-alert kern-alert--info', icon: 'kern-icon kern-icon--info' },
  success: { alert: 'kern-alert kern-alert--success', icon: 'kern-icon kern-icon--success' },
  warning: { alert: 'kern-alert kern-alert--warning', icon: 'kern-icon kern-icon--warning' },
} as const;

export function Breadcrumbs(props: { ctx: ViewContext; items: Crumb[] }) {
  if (props.items.length === 0) return null;
  const items: Crumb[] = [{ href: '/', label: props.ctx.t.common.home }, ...props.items];
  return (
    <nav class="dk-breadcrumbs" aria-label={props.ctx.t.common.breadcrumb}>
      <ol>
        {items.map((c, i) =>
          c.href && i < items.length - 1 ? (
            <li key={i}>
              <a href={c.href}>{c.label}</a>
            </li>
          ) : (
            <li key={i} aria-current="page">
              {c.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

const BADGE_CLASSES = {
  grey: 'kern-badge dk-badge--neutral',
  green: 'kern-badge kern-badge--success',
  blue: 'kern-badge kern-badge--info',
  yellow: 'kern-badge kern-badge--warning',
  red: 'kern-badge kern-badge--danger',
} as const;

/** KERN's badge: a short state such as "Ausgebucht" or "Entwurf". */
export function Tag(props: { children: ComponentChildren; colour?: keyof typeof BADGE_CLASSES }) {
  return (
    <strong class={BADGE_CLASSES[props.colour ?? 'blue']}>
      <span class="kern-label">{props.children}</span>
    </strong>
  );
}

/** KERN's card; with a link, the whole card is the link's target (the title stays the link text). */
export function Card(props: {
  title: string;
  href?: string;
  meta?: ComponentChildren;
  children?: ComponentChildren;
  headingLevel?: 2 | 3;
  /** a picture above the text, e.g. <Picture sizes="card" decorative /> */
  media?: ComponentChildren;
}) {
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article class={`kern-card${props.href ? ' kern-card--interactive' : ''}${props.media ? ' dk-card--media' : ''}`}>
      {props.media ? <div class="kern-card__media">{props.media}</div> : null}
      <div class="kern-card__container">
        <header class="kern-card__header">
          <H class="kern-title">
            {props.href ? (
              <a class="kern-link--stretched" href={props.href}>
                {props.title}
              </a>
            ) : (
              props.title
            )}
          </H>
          {props.meta ? <div class="kern-subline dk-card__meta">{props.meta}</div> : null}
        </header>
        {props.children ? <div class="kern-card__body">{props.children}</div> : null}
      </div>
    </article>
  );
}

export interface SummaryRow {
  key: string;
  value: ComponentChildren;
  /** link to change this answer; the hidden text says which answer */
  changeHref?: string;
}

/** "Check your answers": KERN's description list, one row per answer, each with its own change link. */
export function SummaryList(props: { ctx: ViewContext; rows: SummaryRow[] }) {
  return (
    <dl class="kern-description-list dk-summary-list">
      {props.rows.map((r) => (
        <div class="kern-description-list-item" key={r.key}>
          <dt class="kern-description-list-item__key">{r.key}</dt>
          <dd class="kern-description-list-item__value">{r.value}</dd>
          {r.changeHref ? (
            <dd class="dk-summary-list__actions">
              <a href={r.changeHref}>
                {props.ctx.t.common.change}
                <span class="kern-sr-only"> {r.key}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

const CELL_CLASSES = { text: 'kern-table__cell', numeric: 'kern-table__cell kern-table__cell--numeric' } as const;
const HEADER_CLASSES = { text: 'kern-table__header', numeric: 'kern-table__header kern-table__header--numeric' } as const;

export function Table(props: {
  caption: string;
  captionHidden?: boolean;
  head: ComponentChildren[];
  rows: ComponentChildren[][];
  numeric?: number[];
  id?: string;
}) {
  const id = props.id ?? `table-${props.caption.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const kind = (i: number) => (props.numeric?.includes(i) ? 'numeric' : 'text');
  // The wrapper scrolls on narrow screens; keyboard users must be able to reach and scroll it.
  return (
    <div class="kern-table-responsive" tabindex={0} role="region" aria-labelledby={id}>
      <table class="kern-table">
        <caption id={id} class={props.captionHidden ? 'kern-sr-only' : 'kern-title'}>
          {props.caption}
        </caption>
        <thead>
          <tr class="kern-table__row">
            {props.head.map((h, i) => (
              <th scope="col" key={i} class={HEADER_CLASSES[kind(i)]}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.rows.map((row, r) => (
            <tr key={r} class="kern-table__row">
              {row.map((cell, i) => (
                <td key={i} class={CELL_CLASSES[kind(i)]}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Page links that work without JavaScript; `href(n)` builds the address of page n. */
export function Pagination(props: { ctx: ViewContext; page: number; pages: number; href: (page: number) => string }) {
  const { page, pages } = props;
  if (pages <= 1) return null;
  const p = props.ctx.t.common.pagination;
  const numbers = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 2);
  return (
    <nav class="dk-pagination" aria-label={p.label}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={props.href(page - 1)} rel="prev">
              {p.previous}
            </a>
          </li>
        ) : null}
        {numbers.map((n, i) => (
          <li key={n}>
            {i > 0 && n - (numbers[i - 1] ?? n) > 1 ? <span class="dk-pagination__gap">…</span> : null}
            {n === page ? (
              <a href={props.href(n)} aria-current="page" aria-label={p.current(n, pages)}>
                {n}
              </a>
            ) : (
              <a href={props.href(n)} aria-label={p.page(n)}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <a href={props.href(page + 1)} rel="next">
              {p.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The confirmation a redirect left for the page ("Gespeichert."), in a success banner. */
export function Notice(props: { ctx: ViewContext; notice: string | undefined }) {
  return props.notice ? (
    <NotificationBanner ctx={props.ctx} variant="success">
      <p class="kern-body">{props.notice}</p>
    </NotificationBanner>
  ) : null;
}
