import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { DocumentedOperation, DocumentedSchema, DocumentedTag, TypeLabel } from '../reading.ts';

export interface DocumentationProps {
  ctx: ViewContext;
  server: string;
  openApiUrl: string;
  tags: DocumentedTag[];
  schemas: DocumentedSchema[];
  downloads: { label: string; href: string }[];
  problemExample: string;
}

function TypeText(props: { type: TypeLabel }) {
  return props.type.schema ? (
    <a href={`#schema-${props.type.schema}`}>
      <code>{props.type.text}</code>
    </a>
  ) : (
    <code>{props.type.text}</code>
  );
}

function Operation(props: { ctx: ViewContext; op: DocumentedOperation }) {
  const { op } = props;
  const m = props.ctx.t.api.docs;
  return (
    <section aria-labelledby={`op-${op.id}`}>
      <h3 class="kern-heading-small" id={`op-${op.id}`}>
        {op.summary}: <code>{`${op.method} ${op.path}`}</code>
      </h3>
      {op.description ? <p class="kern-body">{op.description}</p> : null}
      {op.scope ? <p class="kern-body">{m.needsScope(op.scope)}</p> : <p class="kern-body">{m.noToken}</p>}
      {op.parameters.length > 0 ? (
        <Table
          caption={m.parametersOf(op.summary)}
          head={[m.name, m.where, m.type, m.required, m.description]}
          rows={op.parameters.map((p) => [
            <code>{p.name}</code>,
            m.in[p.in as keyof typeof m.in] ?? p.in,
            <TypeText type={p.type} />,
            p.required ? m.yes : m.no,
            p.description,
          ])}
        />
      ) : null}
      <p class="kern-body">
        {m.answer} <TypeText type={op.response} />
      </p>
      {op.method === 'GET' ? (
        <p class="kern-body">
          {m.example}{' '}
          <a href={op.example}>
            <code>{op.example}</code>
          </a>
        </p>
      ) : null}
    </section>
  );
}

function Schema(props: { ctx: ViewContext; schema: DocumentedSchema }) {
  const { schema } = props;
  const m = props.ctx.t.api.docs;
  return (
    <section aria-labelledby={`schema-${schema.name}`}>
      <h3 class="kern-heading-small" id={`schema-${schema.name}`}>
        <code>{schema.name}</code>
      </h3>
      {schema.description ? <p class="kern-body">{schema.description}</p> : null}
      {schema.fields.length > 0 ? (
        <Table
          caption={m.fieldsOf(schema.name)}
          captionHidden
          head={[m.field, m.type, m.required, m.description]}
          rows={schema.fields.map((f) => [<code>{f.name}</code>, <TypeText type={f.type} />, f.required ? m.always : m.optional, f.description])}
        />
      ) : null}
    </section>
  );
}

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 class="kern-heading-medium" id={props.id}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** The API's documentation for developers, rendered on the server from the OpenAPI document. */
export function DocumentationPage(props: DocumentationProps) {
  const { ctx } = props;
  const m = ctx.t.api.docs;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: '/offene-daten', label: ctx.t.openData.title }, { label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <nav aria-labelledby="inhalt-api">
        <h2 class="kern-heading-small" id="inhalt-api">
          {m.contents}
        </h2>
        <ul class="kern-list">
          <li>
            <a href="#grundlagen">{m.basicsTitle}</a>
          </li>
          {props.tags.map((tag) => (
            <li key={tag.name}>
              <a href={`#tag-${tag.name}`}>{tag.description}</a>
            </li>
          ))}
          <li>
            <a href="#datentypen">{m.schemasTitle}</a>
          </li>
          <li>
            <a href="#downloads">{m.downloadsTitle}</a>
          </li>
        </ul>
      </nav>

      <Section id="grundlagen" title={m.basicsTitle}>
        <p class="kern-body">
          {m.server} <code>{props.server}</code>
        </p>
        <p class="kern-body">
          {m.openApi} <a href={props.openApiUrl}>{props.openApiUrl}</a>
        </p>
        <h3 class="kern-heading-small">{m.pagingTitle}</h3>
        <p class="kern-body">{m.paging}</p>
        <h3 class="kern-heading-small">{m.errorsTitle}</h3>
        <p class="kern-body">{m.errors}</p>
        <pre class="dk-code" tabindex={0} aria-label={m.errorsExample}>
          <code>{props.problemExample}</code>
        </pre>
        <h3 class="kern-heading-small">{m.corsTitle}</h3>
        <p class="kern-body">{m.cors}</p>
        <h3 class="kern-heading-small">{m.tokensTitle}</h3>
        <p class="kern-body">{m.tokens}</p>
        <pre class="dk-code" tabindex={0} aria-label={m.tokensExample}>
          <code>{`Authorization: Bearer dk_…`}</code>
        </pre>
        <h3 class="kern-heading-small">{m.limitsTitle}</h3>
        <p class="kern-body">{m.limits}</p>
      </Section>

      {props.tags.map((tag) => (
        <Section key={tag.name} id={`tag-${tag.name}`} title={tag.description}>
          {tag.operations.map((op) => (
            <Operation key={op.id} ctx={ctx} op={op} />
          ))}
        </Section>
      ))}

      <Section id="datentypen" title={m.schemasTitle}>
        <p class="kern-body">{m.schemasLead}</p>
        {props.schemas.map((schema) => (
          <Schema key={schema.name} ctx={ctx} schema={schema} />
        ))}
      </Section>

      <Section id="downloads" title={m.downloadsTitle}>
        <p class="kern-body">{m.downloadsLead}</p>
        <ul class="kern-list">
          {props.downloads.map((d) => (
            <li key={d.href}>
              <a href={d.href}>{d.label}</a>
            </li>
          ))}
        </ul>
      </Section>
    </Layout>
  );
}
