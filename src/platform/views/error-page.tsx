import type { ErrorKind } from '../http/errors.ts';
import type { ViewContext } from './context.ts';
import { Layout } from './layout.tsx';

export function ErrorPage(props: { ctx: ViewContext; kind: ErrorKind }) {
  const { ctx, kind } = props;
  const e = ctx.t.common.errors;
  const texts: Record<ErrorKind, [string, string]> = {
    badRequest: [e.badRequestTitle, e.badRequestBody],
    forbidden: [e.forbiddenTitle, e.forbiddenBody],
    csrf: [e.csrfTitle, e.csrfBody],
    notFound: [e.notFoundTitle, e.notFoundBody],
    tooLarge: [e.tooLargeTitle, e.tooLargeBody],
    tooMany: [e.tooManyTitle, e.tooManyBody],
    unavailable: [e.unavailableTitle, e.unavailableBody],
    serverError: [e.serverErrorTitle, e.serverErrorBody],
  };
  const [title, body] = texts[kind];
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body">{body}</p>
      {kind === 'serverError' ? (
        <p class="kern-body">
          <code class="dk-reference">{ctx.requestId}</code>
        </p>
      ) : null}
      {kind === 'forbidden' && !ctx.user ? (
        <p class="kern-body">
          <a href={`/anmelden?weiter=${encodeURIComponent(ctx.url)}`}>{e.forbiddenLogin}</a>
        </p>
      ) : null}
      <p class="kern-body">
        <a href="/">{e.backHome}</a>
      </p>
    </Layout>
  );
}
