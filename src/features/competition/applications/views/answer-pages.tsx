import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Button, Choices, ErrorSummary, Form, TextArea, TextField, errorFor, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { answerLimit } from '../../core/application-rules.ts';
import type { FormSection, QuestionRow } from '../../core/form-repository.ts';
import { applicationPath } from '../../core/paths.ts';
import { answerField } from '../schema.ts';
import type { ApplicationDossier } from '../service.ts';
import { ApplicationLayout } from './shared.tsx';

interface AnswerPageProps {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  values: FormValues;
  errors?: FieldError[] | undefined;
}

export function BackLink(props: { ctx: ViewContext; dossier: ApplicationDossier }) {
  return (
    <p class="kern-body">
      <a href={applicationPath(props.dossier.application.id)}>{props.ctx.t.competitionApplications.back}</a>
    </p>
  );
}

export function ProjectPage(props: AnswerPageProps) {
  const { ctx, dossier, values, errors } = props;
  const m = ctx.t.competitionApplications.project;
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={m.title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <Form ctx={ctx} action={applicationPath(dossier.application.id, 'vorhaben')}>
        <TextField name="title" label={m.name} hint={m.nameHint} value={valueFor(values, 'title')} error={errorFor(errors, 'title')} maxLength={200} />
        <TextArea
          name="summary"
          label={m.summary}
          hint={m.summaryHint}
          value={valueFor(values, 'summary')}
          error={errorFor(errors, 'summary')}
          rows={5}
          maxLength={1000}
        />
        <Button>{ctx.t.competitionApplications.save}</Button>
      </Form>
      <BackLink ctx={ctx} dossier={dossier} />
    </ApplicationLayout>
  );
}

function QuestionField(props: { ctx: ViewContext; question: QuestionRow; values: FormValues; errors?: FieldError[] | undefined }) {
  const { ctx, question: q, values } = props;
  const m = ctx.t.competitionApplications.section;
  const name = answerField(q.id);
  const limit = answerLimit(q);
  const common = {
    name,
    label: q.label,
    optionalLabel: q.required ? undefined : ctx.t.common.optional,
    error: errorFor(props.errors, name),
  };
  if (q.kind === 'choice' || q.kind === 'yesNo') {
    const options =
      q.kind === 'yesNo'
        ? [
            { value: 'ja', label: m.yes },
            { value: 'nein', label: m.no },
          ]
        : q.options.map((o) => ({ value: o, label: o }));
    return <Choices {...common} type="radio" hint={q.help || undefined} options={options} selected={valuesOf(values, name)} inline={q.kind === 'yesNo'} />;
  }
  const hint = [q.help, m.chars(limit)].filter(Boolean).join(' ');
  if (q.kind === 'text') return <TextField {...common} hint={hint} value={valueFor(values, name)} maxLength={limit} />;
  return <TextArea {...common} hint={hint} value={valueFor(values, name)} rows={limit > 2000 ? 10 : 5} maxLength={limit} />;
}

export function SectionPage(props: AnswerPageProps & { section: FormSection }) {
  const { ctx, dossier, section, values, errors } = props;
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={section.title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{section.title}</h1>
      {section.intro ? <PlainText text={section.intro} /> : null}
      <Form ctx={ctx} action={applicationPath(dossier.application.id, `abschnitt/${section.id}`)}>
        {section.questions.map((q) => (
          <QuestionField key={q.id} ctx={ctx} question={q} values={values} errors={errors} />
        ))}
        <Button>{ctx.t.competitionApplications.save}</Button>
      </Form>
      <BackLink ctx={ctx} dossier={dossier} />
    </ApplicationLayout>
  );
}

/** The section's answers as its form shows them: stored ones, or what was just sent. */
export function sectionValues(section: FormSection, answers: ReadonlyMap<string, string>): FormValues {
  return Object.fromEntries(section.questions.map((q) => [answerField(q.id), answers.get(q.id) ?? '']));
}
