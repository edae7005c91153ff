import { formatDateTime } from '../../../platform/i18n/index.ts';
import type { listAuditEntries } from '../../../platform/audit/repository.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { SYSTEM_ACTOR } from '../../../platform/audit/pseudonyms.ts';
import { Pagination, Table, Tag } from '../../../platform/views/components/content.tsx';
import { Button, Select, TextField } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';

type Entry = Awaited<ReturnType<typeof listAuditEntries>>[number];

export interface AuditFilterValues {
  wer?: string | undefined;
  aktion?: string | undefined;
  von?: string | undefined;
  bis?: string | undefined;
}

/** Shows only the fields that changed, so a long record stays readable. */
function Changes(props: { before: unknown; after: unknown; labels: { before: string; after: string } }) {
  const before = (props.before ?? {}) as Record<string, unknown>;
  const after = (props.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (keys.length === 0) return null;
  const show = (v: unknown) => (v === undefined || v === null ? '–' : typeof v === 'string' ? v.slice(0, 200) : JSON.stringify(v).slice(0, 200));
  return (
    <dl class="dk-changes">
      {keys.map((k) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            <span class="dk-visually-hidden">{props.labels.before}: </span>
            <del>{show(before[k])}</del> → <span class="dk-visually-hidden">{props.labels.after}: </span>
            <ins>{show(after[k])}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditLogPage(props: {
  ctx: ViewContext;
  entries: Entry[];
  total: number;
  actions: string[];
  filter: AuditFilterValues;
  page: number;
  pages: number;
  /** AUDIT_PERSONAL_DATA_DAYS, explained above the list */
  personalDataDays: number;
}) {
  const { ctx, filter } = props;
  const m = ctx.t.admin.audit;
  const href = (page: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v) p.set(k, v);
    p.set('seite', String(page));
    return `/verwaltung/protokoll?${p.toString()}`;
  };
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: '/verwaltung', label: ctx.t.admin.title }, { label: m.title }]} wide>
      <h1 class="dk-heading-xl">{m.title}</h1>
      <form method="get" action="/verwaltung/protokoll" class="dk-filter" role="search">
        <TextField name="wer" type="search" label={m.filterActor} value={filter.wer ?? ''} width="half" />
        <Select name="aktion" label={m.filterAction} value={filter.aktion ?? ''} placeholder={m.allActions} options={props.actions.map((a) => ({ value: a, label: a }))} />
        <TextField name="von" type="date" label={m.from} value={filter.von ?? ''} width="short" />
        <TextField name="bis" type="date" label={m.to} value={filter.bis ?? ''} width="short" />
        <Button variant="secondary">{ctx.t.common.filter}</Button>
      </form>
      <p class="dk-body" role="status">
        {m.count(props.total)}
      </p>
      <p class="dk-body-s dk-secondary-text">{m.pseudonymNote(props.personalDataDays)}</p>
      {props.entries.length === 0 ? (
        <p class="dk-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.title}
          captionHidden
          head={[m.at, m.actor, m.action, m.subject, m.changes]}
          rows={props.entries.map((e) => [
            formatDateTime(ctx.locale, e.at),
            <>
              {e.actorLabel === SYSTEM_ACTOR ? m.system : e.actorLabel}
              {e.pseudonymisedAt ? (
                <>
                  {' '}
                  <Tag colour="grey">{m.pseudonymised}</Tag>
                </>
              ) : null}
            </>,
            <code>{e.action}</code>,
            `${e.subjectType}${e.subjectId ? ` ${e.subjectId}` : ''}`,
            <Changes before={e.before} after={e.after} labels={{ before: m.before, after: m.after }} />,
          ])}
        />
      )}
      <Pagination ctx={ctx} page={props.page} pages={props.pages} href={href} />
    </Layout>
  );
}
