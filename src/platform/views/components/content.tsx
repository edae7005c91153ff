import type { ComponentChildren } from 'preact';
import type { Crumb, ViewContext } from '../context.ts';

export function NotificationBanner(props: {
  ctx: ViewContext;
  variant?: 'info' | 'success';
  title?: string;
  /** needed only when a page shows more than one banner of the same kind */
  id?: string;
  children: ComponentChildren;
}) {
  const success = props.variant === 'success';
  const titleId = props.id ?? (success ? 'banner-success-title' : 'banner-title');
  return (
    <div
      class={`dk-banner${success ? ' dk-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div class="dk-banner__header">
        <h2 class="dk-banner__title" id={titleId}>
          {props.title ?? (success ? props.ctx.t.common.notificationSuccess : props.ctx.t.common.notificationImportant)}
        </h2>
      </div>
      <div class="dk-banner__content">{props.children}</div>
    </div>
  );
}

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

export function Tag(props: { children: ComponentChildren; colour?: 'grey' | 'green' | 'blue' | 'yellow' | 'red' }) {
  return <strong class={`dk-tag dk-tag--${props.colour ?? 'blue'}`}>{props.children}</strong>;
}

export function Card(props: { title: string; href?: string; meta?: ComponentChildren; children?: ComponentChildren; headingLevel?: 2 | 3 }) {
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article class="dk-card">
      <H class="dk-card__title">{props.href ? <a href={props.href}>{props.title}</a> : props.title}</H>
      {props.meta ? <div class="dk-card__meta">{props.meta}</div> : null}
      {props.children ? <div class="dk-card__body">{props.children}</div> : null}
    </article>
  );
}

export interface SummaryRow {
  key: string;
  value: ComponentChildren;
  /** link to change this answer; the hidden text says which answer */
  changeHref?: string;
}

/** "Check your answers": one row per answer, each with its own change link. */
export function SummaryList(props: { ctx: ViewContext; rows: SummaryRow[] }) {
  return (
    <dl class="dk-summary-list">
      {props.rows.map((r) => (
        <div class="dk-summary-list__row" key={r.key}>
          <dt class="dk-summary-list__key">{r.key}</dt>
          <dd class="dk-summary-list__value">{r.value}</dd>
          {r.changeHref ? (
            <dd class="dk-summary-list__actions">
              <a href={r.changeHref}>
                {props.ctx.t.common.change}
                <span class="dk-visually-hidden"> {r.key}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

export function Table(props: {
  caption: string;
  captionHidden?: boolean;
  head: ComponentChildren[];
  rows: ComponentChildren[][];
  numeric?: number[];
  id?: string;
}) {
  const id = props.id ?? `table-${props.caption.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  // The wrapper scrolls on narrow screens; keyboard users must be able to reach and scroll it.
  return (
    <div class="dk-table-wrapper" tabindex={0} role="region" aria-labelledby={id}>
      <table class="dk-table">
        <caption id={id} class={props.captionHidden ? 'dk-visually-hidden' : 'dk-table__caption'}>
          {props.caption}
        </caption>
        <thead>
          <tr>
            {props.head.map((h, i) => (
              <th scope="col" key={i} class={props.numeric?.includes(i) ? 'dk-table__cell--numeric' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i} class={props.numeric?.includes(i) ? 'dk-table__cell--numeric' : undefined}>
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
