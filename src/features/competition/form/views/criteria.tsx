import type { EntryPageProps, ListNotice, ListPageProps } from '../../../../platform/editor/ordered-list-types.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { SummaryList, Table } from '../../../../platform/views/components/content.tsx';
import { errorFor, TextArea, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { CriterionValues } from '../../core/form-repository.ts';
import { editorCriteriaPath } from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';
import { shareText, totalWeight } from '../../core/views/criteria.tsx';
import type { CriteriaList } from '../service.ts';
import { EntryActions, EntryFrame, ListFrame } from './frame.tsx';

export function criterionValues(c: CriterionValues): FormValues {
  return { title: c.title, description: c.description, weight: String(c.weight) };
}

function CriterionFields(props: { ctx: ViewContext; values: FormValues | undefined; errors: FieldError[] | undefined }) {
  const { ctx, values: v, errors } = props;
  const f = ctx.t.competition.form.criteria.fields;
  return (
    <>
      <TextField name="title" label={f.title} hint={f.titleHint} value={valueFor(v, 'title')} error={errorFor(errors, 'title')} maxLength={200} />
      <TextArea
        name="description"
        label={f.description}
        optionalLabel={ctx.t.common.optional}
        hint={f.descriptionHint}
        value={valueFor(v, 'description')}
        error={errorFor(errors, 'description')}
        rows={3}
        maxLength={2000}
      />
      <TextField
        name="weight"
        label={f.weight}
        hint={f.weightHint}
        inputMode="numeric"
        value={valueFor(v, 'weight')}
        error={errorFor(errors, 'weight')}
        width="short"
        maxLength={3}
      />
    </>
  );
}

const lockOf = (ctx: ViewContext, locked: boolean) =>
  locked ? { title: ctx.t.competition.form.closedTitle, text: ctx.t.competition.form.criteria.locked } : undefined;

export function CriteriaPage(props: ListPageProps<CompetitionCallRow, CriteriaList, ListNotice>) {
  const { ctx, owner: call, list } = props;
  const m = ctx.t.competition.form.criteria;
  const c = m.columns;
  const path = editorCriteriaPath(call.id);
  const total = totalWeight(list.criteria);
  return (
    <ListFrame
      ctx={ctx}
      call={call}
      title={m.title}
      parents={[]}
      m={m}
      notice={props.notice}
      errors={props.errors}
      lock={lockOf(ctx, list.locked)}
      empty={list.criteria.length === 0}
      table={
        <Table
          caption={m.caption}
          captionHidden
          head={[c.position, c.criterion, c.weight, c.share, ...(list.locked ? [] : [c.actions])]}
          numeric={[2, 3]}
          rows={[
            ...list.criteria.map((criterion, i) => [
              String(i + 1),
              <>
                <strong>{criterion.title}</strong>
                {criterion.description ? <p class="kern-body kern-body--muted">{criterion.description}</p> : null}
              </>,
              String(criterion.weight),
              shareText(ctx, criterion.weight, total),
              // after the deadline the criteria are shown as they are, without actions
              ...(list.locked
                ? []
                : [<EntryActions ctx={ctx} href={`${path}/${criterion.id}`} label={criterion.title} index={i} count={list.criteria.length} movable />]),
            ]),
            [
              '',
              <strong key="total">{m.total}</strong>,
              <strong key="weight">{total}</strong>,
              <strong key="share">{shareText(ctx, total, total)}</strong>,
              ...(list.locked ? [] : ['']),
            ],
          ]}
        />
      }
      action={path}
      submissionId={props.submissionId}
      fields={<CriterionFields ctx={ctx} values={props.values} errors={props.errors} />}
    />
  );
}

export function CriterionPage(props: EntryPageProps<CompetitionCallRow, CriteriaList>) {
  const { ctx, owner: call, list } = props;
  const m = ctx.t.competition.form.criteria;
  const stored = list.criteria.find((c) => c.id === props.entryId);
  return (
    <EntryFrame
      ctx={ctx}
      call={call}
      list={{ href: editorCriteriaPath(call.id), label: m.title }}
      parents={[]}
      m={m}
      entryId={props.entryId}
      errors={props.errors}
      lock={lockOf(ctx, list.locked)}
      deletable={!list.locked}
      fields={list.locked ? undefined : <CriterionFields ctx={ctx} values={props.values} errors={props.errors} />}
      readOnly={
        stored ? (
          <SummaryList
            ctx={ctx}
            rows={[
              { key: m.fields.title, value: stored.title },
              ...(stored.description ? [{ key: m.fields.description, value: stored.description }] : []),
              { key: m.fields.weight, value: String(stored.weight) },
              { key: m.columns.share, value: shareText(ctx, stored.weight, totalWeight(list.criteria)) },
            ]}
          />
        ) : null
      }
    />
  );
}
