import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { ErrorSummary, Button, Choices, errorFor, Form, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ORGANISATIONS_PATH } from '../../../organisations/service.ts';
import { challengePath, startSubmissionPath, submissionPath } from '../../core/paths.ts';
import type { ChallengeRow, SubmissionRow } from '../../core/repository.ts';
import type { SubmitterChoices } from '../service.ts';
import { submissionCrumbs } from './crumbs.ts';

/** "Lösung einreichen": who submits and a first title; creates the draft. */
export function StartPage(props: {
  ctx: ViewContext;
  challenge: ChallengeRow;
  choices: SubmitterChoices;
  existing: SubmissionRow[];
  submissionId: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, challenge, choices } = props;
  const m = ctx.t.challengesSubmissions.start;
  const options = [
    ...choices.organisations.map((o) => ({ value: o.id, label: m.asOrganisation(o.name) })),
    ...(choices.person ? [{ value: 'person', label: m.asPerson }] : []),
  ];
  // one choice is chosen for the person; a form shown again keeps theirs
  const selected = valueFor(props.values, 'submitAs') || (options.length === 1 ? options[0]!.value : '');
  return (
    <Layout
      ctx={ctx}
      title={m.title(challenge.title)}
      breadcrumbs={[...submissionCrumbs(ctx).slice(0, 1), { href: challengePath(challenge.slug), label: challenge.title }, { label: m.heading }]}
    >
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <p class="kern-body kern-body--muted">{challenge.title}</p>
      <h1 class="kern-heading-x-large">{m.heading}</h1>
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">{m.deadline(formatDateTime(ctx.locale, challenge.submissionClosesAt))}</p>
      {props.existing.length > 0 ? (
        <>
          <p class="kern-body">{m.existing}</p>
          <ul class="kern-list">
            {props.existing.map((s) => (
              <li key={s.id}>
                <a href={submissionPath(s.id)}>{s.title}</a> ({ctx.t.challenges.submissionStatus[s.status]})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {options.length === 0 ? (
        <>
          <p class="kern-body">{m.noOrganisation}</p>
          <p class="kern-body">
            <a href={ORGANISATIONS_PATH}>{m.toOrganisations}</a>
          </p>
        </>
      ) : (
        <Form ctx={ctx} action={startSubmissionPath(challenge.slug)} submissionId={props.submissionId}>
          <Choices
            name="submitAs"
            type="radio"
            label={m.submitAs}
            hint={m.submitAsHint}
            options={options}
            selected={selected ? [selected] : []}
            error={errorFor(props.errors, 'submitAs')}
          />
          <TextField
            name="title"
            label={m.titleField}
            hint={m.titleHint}
            value={valueFor(props.values, 'title')}
            error={errorFor(props.errors, 'title')}
            maxLength={200}
          />
          <Button>{m.start}</Button>
        </Form>
      )}
      <p class="kern-body">
        <a href={challengePath(challenge.slug)}>{m.backToChallenge}</a>
      </p>
    </Layout>
  );
}
