import { formatDateTime } from '../../../platform/i18n/dates.ts';
import type { AuditLabels } from '../../../platform/audit/labels.ts';
import type { listAuditEntries } from '../../../platform/audit/repository.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { SYSTEM_ACTOR } from '../../../platform/audit/pseudonyms.ts';
import { Pagination, Table, Tag } from '../../../platform/views/components/content.tsx';
import { Button, Select, TextField } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { AuditChanges } from './audit-changes.tsx';

type Entry = Awaited<ReturnType<typeof listAuditEntries>>[number];

export interface AuditFilterValues {
  wer?: string | undefined;
  aktion?: string | undefined;
  betrifft?: string | undefined;
  von?: string | undefined;
  bis?: string | undefined;
}

export function AuditLogPage(props: {
  ctx: ViewContext;
  labels: AuditLabels;
  entries: Entry[];
  total: number;
  /** every action and subject type in the log, for the filter */
  actions: string[];
  subjectTypes: string[];
  filter: AuditFilterValues;
  page: number;
  pages: number;
  /** AUDIT_PERSONAL_DATA_DAYS, explained above the list */
  personalDataDays: number;
}) {
  const { ctx, filter, labels } = props;
  const m = ctx.t.admin.audit;
  // Labelled in the reader's language and sorted by those words; the value stays the recorded key.
  const choices = (keys: string[], label: (key: string) => string) =>
    keys.map((key) => ({ value: key, label: label(key) })).sort((a, b) => a.label.localeCompare(b.label, ctx.locale));
  const href = (page: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v) p.set(k, v);
    p.set('seite', String(page));
    return `/verwaltung/protokoll?${p.toString()}`;
  };
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: '/verwaltung', label: ctx.t.admin.title }, { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <form method="get" action="/verwaltung/protokoll" class="dk-filter" role="search">
        <TextField name="wer" type="search" label={m.filterActor} value={filter.wer ?? ''} width="half" />
        <Select name="aktion" label={m.filterAction} value={filter.aktion ?? ''} placeholder={m.allActions} options={choices(props.actions, labels.action)} />
        <Select
          name="betrifft"
          label={m.filterSubject}
          value={filter.betrifft ?? ''}
          placeholder={m.allSubjects}
          options={choices(props.subjectTypes, labels.subject)}
        />
        <TextField name="von" type="date" label={m.from} value={filter.von ?? ''} width="short" />
        <TextField name="bis" type="date" label={m.to} value={filter.bis ?? ''} width="short" />
        <Button variant="secondary">{ctx.t.common.filter}</Button>
      </form>
      <p class="kern-body" role="status">
        {m.count(props.total)}
      </p>
      <p class="kern-body kern-body--small kern-body--muted">{m.pseudonymNote(props.personalDataDays)}</p>
      {props.entries.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.title}
          captionHidden
          head={[m.at, m.actor, m.action, m.subject, m.changes]}
          rows={props.entries.map((e) => {
            const changes = labels.changes(e);
            return [
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
              labels.action(e.action),
              <>
                {labels.subject(e.subjectType)}
                {e.subjectId ? (
                  <>
                    <br />
                    <span class="kern-body--muted">{e.subjectId}</span>
                  </>
                ) : null}
              </>,
              // A save that changed nothing is said so, rather than left as an empty cell.
              changes.length === 0 && e.before !== null && e.after !== null ? (
                <span class="kern-body--muted">{m.unchanged}</span>
              ) : (
                <AuditChanges changes={changes} words={{ before: m.before, after: m.after, fullText: ctx.t.audit.fullText }} />
              ),
            ];
          })}
        />
      )}
      <Pagination ctx={ctx} page={props.page} pages={props.pages} href={href} />
    </Layout>
  );
}
