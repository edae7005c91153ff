import type { EntryPageProps, ListNotice, ListPageProps } from '../../../../platform/editor/ordered-list-types.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { SummaryList, Table, Tag } from '../../../../platform/views/components/content.tsx';
import { Choices, errorFor, Select, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { QuestionRow, QuestionValues } from '../../core/form-repository.ts';
import { QUESTION_KINDS } from '../../core/form-tables.ts';
import { editorFormPath, editorQuestionsPath } from '../../core/paths.ts';
import { count } from '../../core/views/call-facts.tsx';
import type { SectionOwner } from '../require-owner.ts';
import { MAX_ANSWER_LENGTH } from '../schema.ts';
import type { QuestionsList } from '../service.ts';
import { EntryActions, EntryFrame, ListFrame } from './frame.tsx';

export function questionValues(q: QuestionValues): FormValues {
  return {
    kind: q.kind,
    label: q.label,
    help: q.help,
    required: q.required ? '1' : '',
    maxLength: q.maxLength === null ? '' : String(q.maxLength),
    options: q.options.join('\n'),
  };
}

/**
 * The fields of a question; once the form is locked, only its wording and help text, and what
 * is `fixed` travels along unchanged, so that the form stays whole.
 */
function QuestionFields(props: { ctx: ViewContext; values: FormValues | undefined; errors: FieldError[] | undefined; fixed?: FormValues | undefined }) {
  const { ctx, values: v, errors } = props;
  const m = ctx.t.competition.form;
  const f = m.questions.fields;
  const optional = ctx.t.common.optional;
  const wording = (
    <>
      <TextField name="label" label={f.label} hint={f.labelHint} value={valueFor(v, 'label')} error={errorFor(errors, 'label')} maxLength={300} />
      <TextArea
        name="help"
        label={f.help}
        optionalLabel={optional}
        hint={f.helpHint}
        value={valueFor(v, 'help')}
        error={errorFor(errors, 'help')}
        rows={3}
        maxLength={1000}
      />
    </>
  );
  const { fixed } = props;
  if (fixed) {
    return (
      <>
        {wording}
        {(['kind', 'required', 'maxLength', 'options'] as const).map((name) => (
          <input key={name} type="hidden" name={name} value={valueFor(fixed, name)} />
        ))}
      </>
    );
  }
  return (
    <>
      <Select
        name="kind"
        label={f.kind}
        value={valueFor(v, 'kind')}
        error={errorFor(errors, 'kind')}
        options={QUESTION_KINDS.map((k) => ({ value: k, label: m.kinds[k] }))}
      />
      {wording}
      <Choices
        type="checkbox"
        name="required"
        label={f.required}
        options={[{ value: '1', label: f.requiredOption }]}
        selected={valuesOf(v, 'required')}
        error={errorFor(errors, 'required')}
      />
      <TextField
        name="maxLength"
        label={f.maxLength}
        optionalLabel={optional}
        hint={f.maxLengthHint}
        inputMode="numeric"
        value={valueFor(v, 'maxLength')}
        error={errorFor(errors, 'maxLength')}
        width="short"
        maxLength={String(MAX_ANSWER_LENGTH).length}
      />
      <TextArea
        name="options"
        label={f.options}
        optionalLabel={optional}
        hint={f.optionsHint}
        value={valueFor(v, 'options')}
        error={errorFor(errors, 'options')}
        rows={5}
        maxLength={5000}
      />
    </>
  );
}

/** The question as applicants will meet it: its wording, help text, options and limit. */
function QuestionText(props: { ctx: ViewContext; q: QuestionRow }) {
  const { ctx, q } = props;
  return (
    <>
      <strong>{q.label}</strong>
      {q.help ? <p class="kern-body kern-body--muted">{q.help}</p> : null}
      {q.options.length > 0 ? (
        <ul class="kern-list kern-list--bullet">
          {q.options.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null}
      {q.maxLength !== null ? <p class="kern-body kern-body--muted">{ctx.t.competition.form.questions.maxLengthValue(count(ctx, q.maxLength))}</p> : null}
    </>
  );
}

const lockOf = (ctx: ViewContext, locked: boolean) =>
  locked ? { title: ctx.t.competition.form.lockedTitle, text: ctx.t.competition.form.questions.locked } : undefined;

export function QuestionsPage(props: ListPageProps<SectionOwner, QuestionsList, ListNotice>) {
  const { ctx, owner, list } = props;
  const { section, call } = owner;
  const m = ctx.t.competition.form.questions;
  const c = m.columns;
  const path = editorQuestionsPath(section.id);
  const sections = ctx.t.competition.form.sections.title;
  return (
    <ListFrame
      ctx={ctx}
      call={call}
      title={m.title(section.title)}
      parents={[{ href: editorFormPath(call.id), label: sections }]}
      m={m}
      notice={props.notice}
      errors={props.errors}
      lock={lockOf(ctx, list.locked)}
      empty={list.questions.length === 0}
      table={
        <Table
          caption={m.caption}
          captionHidden
          head={[c.position, c.question, c.kind, c.required, c.actions]}
          rows={list.questions.map((q, i) => [
            String(i + 1),
            <QuestionText ctx={ctx} q={q} />,
            ctx.t.competition.form.kinds[q.kind],
            q.required ? <Tag colour="blue">{m.requiredTag}</Tag> : <Tag colour="grey">{m.optionalTag}</Tag>,
            <EntryActions ctx={ctx} href={`${path}/${q.id}`} label={q.label} index={i} count={list.questions.length} movable={!list.locked} />,
          ])}
        />
      }
      action={path}
      submissionId={props.submissionId}
      fields={<QuestionFields ctx={ctx} values={props.values ?? { kind: 'text', required: '1' }} errors={props.errors} />}
      after={
        <p class="kern-body">
          <a href={editorFormPath(call.id)}>{m.backToSections}</a>
        </p>
      }
    />
  );
}

export function QuestionPage(props: EntryPageProps<SectionOwner, QuestionsList>) {
  const { ctx, owner, list, values: v } = props;
  const { section, call } = owner;
  const m = ctx.t.competition.form;
  const f = m.questions.fields;
  // what no longer changes is shown as stored, whatever a refused form sent
  const stored = list.questions.find((q) => q.id === props.entryId);
  const fixed = list.locked && stored ? questionValues(stored) : undefined;
  return (
    <EntryFrame
      ctx={ctx}
      call={call}
      list={{ href: editorQuestionsPath(section.id), label: m.questions.title(section.title) }}
      parents={[{ href: editorFormPath(call.id), label: m.sections.title }]}
      m={m.questions}
      entryId={props.entryId}
      errors={props.errors}
      lock={lockOf(ctx, list.locked)}
      deletable={!list.locked}
      deleteHint={m.questions.deleteHint}
      fields={
        <>
          {fixed && stored ? (
            <>
              <h2 class="kern-heading-medium">{m.questions.fixedTitle}</h2>
              <SummaryList
                ctx={ctx}
                rows={[
                  { key: f.kind, value: m.kinds[stored.kind] },
                  { key: m.questions.columns.required, value: stored.required ? m.questions.requiredTag : m.questions.optionalTag },
                  ...(stored.maxLength !== null ? [{ key: f.maxLength, value: count(ctx, stored.maxLength) }] : []),
                  ...(stored.options.length > 0
                    ? [
                        {
                          key: f.options,
                          value: (
                            <ul class="kern-list kern-list--bullet">
                              {stored.options.map((o) => (
                                <li key={o}>{o}</li>
                              ))}
                            </ul>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </>
          ) : null}
          <QuestionFields ctx={ctx} values={v} errors={props.errors} fixed={fixed} />
        </>
      }
    />
  );
}
