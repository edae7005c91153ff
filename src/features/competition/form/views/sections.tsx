import type { EntryPageProps, ListNotice, ListPageProps } from '../../../../platform/editor/ordered-list-types.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import { errorFor, TextArea, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { FormSectionRow } from '../../core/form-repository.ts';
import { editorFormPath, editorQuestionsPath } from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';
import type { SectionsList } from '../service.ts';
import { EntryActions, EntryFrame, ListFrame } from './frame.tsx';

export function sectionValues(section: Pick<FormSectionRow, 'title' | 'intro'>): FormValues {
  return { title: section.title, intro: section.intro };
}

function SectionFields(props: { ctx: ViewContext; values: FormValues | undefined; errors: FieldError[] | undefined }) {
  const { ctx, values: v, errors } = props;
  const f = ctx.t.competition.form.sections.fields;
  return (
    <>
      <TextField name="title" label={f.title} hint={f.titleHint} value={valueFor(v, 'title')} error={errorFor(errors, 'title')} maxLength={200} />
      <TextArea
        name="intro"
        label={f.intro}
        optionalLabel={ctx.t.common.optional}
        hint={f.introHint}
        value={valueFor(v, 'intro')}
        error={errorFor(errors, 'intro')}
        rows={4}
        maxLength={3000}
      />
    </>
  );
}

export function SectionsPage(props: ListPageProps<CompetitionCallRow, SectionsList, ListNotice>) {
  const { ctx, owner: call, list } = props;
  const m = ctx.t.competition.form.sections;
  const c = m.columns;
  const path = editorFormPath(call.id);
  return (
    <ListFrame
      ctx={ctx}
      call={call}
      title={m.title}
      parents={[]}
      m={m}
      notice={props.notice}
      errors={props.errors}
      lock={list.locked ? { title: ctx.t.competition.form.lockedTitle, text: m.locked } : undefined}
      empty={list.sections.length === 0}
      table={
        <Table
          caption={m.caption}
          captionHidden
          head={[c.position, c.section, c.questions, c.actions]}
          rows={list.sections.map((s, i) => [
            String(i + 1),
            <>
              <strong>{s.title}</strong>
              {s.intro ? <p class="kern-body kern-body--muted">{s.intro}</p> : null}
            </>,
            <>
              <p class="kern-body">{m.questionCount(s.questionCount)}</p>
              <p class="kern-body">
                <a href={editorQuestionsPath(s.id)} aria-label={`${m.questionsLink}: ${s.title}`}>
                  {m.questionsLink}
                </a>
              </p>
            </>,
            <EntryActions ctx={ctx} href={`${path}/${s.id}`} label={s.title} index={i} count={list.sections.length} movable={!list.locked} />,
          ])}
        />
      }
      action={path}
      submissionId={props.submissionId}
      fields={<SectionFields ctx={ctx} values={props.values} errors={props.errors} />}
    />
  );
}

export function SectionPage(props: EntryPageProps<CompetitionCallRow, SectionsList>) {
  const { ctx, owner: call, list } = props;
  const m = ctx.t.competition.form.sections;
  return (
    <EntryFrame
      ctx={ctx}
      call={call}
      list={{ href: editorFormPath(call.id), label: m.title }}
      parents={[]}
      m={m}
      entryId={props.entryId}
      errors={props.errors}
      lock={list.locked ? { title: ctx.t.competition.form.lockedTitle, text: m.locked } : undefined}
      deletable={!list.locked}
      deleteHint={m.deleteHint}
      fields={<SectionFields ctx={ctx} values={props.values} errors={props.errors} />}
    />
  );
}
