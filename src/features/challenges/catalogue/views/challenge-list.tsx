import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Card, Pagination } from '../../../../platform/views/components/content.tsx';
import { Button, Select } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { CHALLENGES_PATH, challengePath, EDITOR_PATH, FEED_PATH, OWNER_PATH } from '../../core/paths.ts';
import { LIST_STATES } from '../../core/rules.ts';
import type { ListFilter } from '../repository.ts';
import type { ChallengeList, ListedChallenge } from '../service.ts';
import { FieldTags, nextDateText } from './parts.tsx';
import { PhaseTag } from '../../core/views/phase-and-timeline.tsx';

/** The list's address with these filters and this page, so that paging keeps the filters. */
function listHref(filter: ListFilter, page: number): string {
  const p = new URLSearchParams();
  if (filter.state) p.set('stand', filter.state);
  if (filter.field) p.set('handlungsfeld', filter.field);
  if (page > 1) p.set('seite', String(page));
  const query = p.toString();
  return query ? `${CHALLENGES_PATH}?${query}` : CHALLENGES_PATH;
}

function ChallengeCard(props: { ctx: ViewContext; entry: ListedChallenge; fields: FieldOfAction[] }) {
  const { ctx, entry } = props;
  const { challenge } = entry;
  const m = ctx.t.challengesCatalogue.list;
  return (
    <Card title={challenge.title} href={challengePath(challenge.slug)} meta={entry.organisation ? m.organisation(entry.organisation.name) : undefined}>
      <p class="kern-body">
        <PhaseTag ctx={ctx} phase={entry.phase} />
        {entry.next ? ` ${nextDateText(ctx, entry.next)}` : null}
      </p>
      <p class="kern-body">{challenge.summary}</p>
      <p class="kern-body kern-body--small">{m.prize(challenge.prize)}</p>
      <FieldTags ctx={ctx} fields={props.fields.filter((f) => challenge.fieldsOfAction.includes(f.slug))} />
    </Card>
  );
}

export function ChallengeListPage(props: { ctx: ViewContext; list: ChallengeList }) {
  const { ctx, list } = props;
  const m = ctx.t.challengesCatalogue.list;
  const { filter } = list;
  return (
    <Layout ctx={ctx} title={ctx.t.challenges.title} breadcrumbs={[{ label: ctx.t.challenges.title }]}>
      <h1 class="kern-heading-x-large">{ctx.t.challenges.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      {list.poster || list.editor ? (
        <ul class="kern-list">
          {list.poster ? (
            <li>
              <a href={OWNER_PATH}>{m.own}</a>
            </li>
          ) : null}
          {list.editor ? (
            <li>
              <a href={EDITOR_PATH}>{m.editors}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
      <form method="get" action={CHALLENGES_PATH} class="dk-filter" role="search" aria-label={m.filterTitle}>
        <Select
          name="stand"
          label={m.state}
          value={filter.state ?? ''}
          placeholder={m.allStates}
          options={LIST_STATES.map((s) => ({ value: s, label: ctx.t.challenges.listStates[s] }))}
        />
        <Select
          name="handlungsfeld"
          label={m.fieldOfAction}
          value={filter.field ?? ''}
          placeholder={m.allFields}
          options={list.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
        />
        <Button variant="secondary">{ctx.t.common.filter}</Button>
      </form>
      <p class="kern-body" role="status">
        {m.results(list.total)}
        {filter.state || filter.field ? (
          <>
            {' '}
            <a href={CHALLENGES_PATH}>{m.reset}</a>
          </>
        ) : null}
      </p>
      {list.entries.length === 0 ? <p class="kern-body">{m.none}</p> : null}
      {list.entries.map((entry) => (
        <ChallengeCard key={entry.challenge.id} ctx={ctx} entry={entry} fields={list.fields} />
      ))}
      <Pagination ctx={ctx} page={list.page} pages={list.pages} href={(n) => listHref(filter, n)} />
      <h2 class="kern-heading-medium">{m.feedTitle}</h2>
      <p class="kern-body">
        <a href={FEED_PATH} type="application/atom+xml">
          {m.feed}
        </a>
      </p>
    </Layout>
  );
}
