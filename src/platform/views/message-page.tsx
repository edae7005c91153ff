import type { ComponentChildren } from 'preact';
import type { Crumb, ViewContext } from './context.ts';
import { NotificationBanner } from './components/content.tsx';
import { Layout } from './layout.tsx';

/** A page that tells the person one thing: a confirmation, an expired link, a next step. */
export function MessagePage(props: {
  ctx: ViewContext;
  title: string;
  body: string | string[];
  variant?: 'plain' | 'success';
  breadcrumbs?: Crumb[];
  children?: ComponentChildren;
}) {
  const paragraphs = Array.isArray(props.body) ? props.body : [props.body];
  return (
    <Layout ctx={props.ctx} title={props.title} breadcrumbs={props.breadcrumbs}>
      <h1 class="kern-heading-x-large">{props.title}</h1>
      {props.variant === 'success' ? (
        <NotificationBanner ctx={props.ctx} variant="success">
          {paragraphs.map((p, i) => (
            <p class="kern-body" key={i}>
              {p}
            </p>
          ))}
        </NotificationBanner>
      ) : (
        paragraphs.map((p, i) => (
          <p class="kern-body" key={i}>
            {p}
          </p>
        ))
      )}
      {props.children}
    </Layout>
  );
}
