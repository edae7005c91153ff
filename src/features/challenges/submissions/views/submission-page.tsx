import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { ActionButtonForm } from '../../../../platform/views/components/inline-forms.tsx';
import { FileField } from '../../../../platform/views/components/file-field.tsx';
import { DOCUMENT_ACCEPT } from '../../../../platform/views/components/documents.tsx';
import { Notice, SummaryList, Table, Tag, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import { Button, ErrorSummary, errorFor, Form, TextArea, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { challengePath, submissionPath } from '../../core/paths.ts';
import { challengePhase, submissionOpen, withdrawable } from '../../core/rules.ts';
import { MAX_ATTACHMENTS } from '../add-attachment.ts';
import type { SubmissionPageData } from '../service.ts';
import { submissionCrumbs } from './crumbs.ts';

/** The page again after a refused form: the draft's texts or the upload's, with what was wrong. */
export interface SubmissionFormState {
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  /** the upload form's id and, after a refusal, the name of the file to choose again */
  uploadSubmissionId: string;
  chooseAgain?: string | undefined;
}

/**
 * A submission as its submitter sees it: the challenge with its deadline; while a draft of an
 * open challenge the form, the attachments, submitting and withdrawing; afterwards read-only,
 * with the receipt time, the withdrawal until the deadline, and the outcome once decided.
 */
export function SubmissionPage(
  props: { ctx: ViewContext; data: SubmissionPageData; now: Date; maxMegabytes: number; notice?: string | undefined } & SubmissionFormState,
) {
  const { ctx, data, now } = props;
  const { submission, challenge } = data;
  const m = ctx.t.challengesSubmissions.page;
  const editable = submission.status === 'draft' && submissionOpen(challenge, now);
  const phase = challengePhase(challenge, now);
  const deadline = formatDateTime(ctx.locale, challenge.submissionClosesAt);
  const facts: SummaryRow[] = [
    { key: m.challenge, value: <a href={challengePath(challenge.slug)}>{challenge.title}</a> },
    { key: m.phase, value: ctx.t.challenges.phases[phase] },
    { key: m.deadline, value: deadline },
    { key: m.submittedFor, value: data.organisationName ?? m.asPerson },
    { key: m.status, value: ctx.t.challenges.submissionStatus[submission.status] },
    ...(submission.submittedAt ? [{ key: m.receivedAt, value: formatDateTime(ctx.locale, submission.submittedAt) }] : []),
    ...(submission.withdrawnAt ? [{ key: m.withdrawnAt, value: formatDateTime(ctx.locale, submission.withdrawnAt) }] : []),
  ];
  return (
    <Layout ctx={ctx} title={`${submission.title} – ${challenge.title}`} breadcrumbs={submissionCrumbs(ctx, { label: submission.title })}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <p class="kern-body kern-body--muted">{challenge.title}</p>
      <h1 class="kern-heading-x-large">{submission.title}</h1>
      <SummaryList ctx={ctx} rows={facts} />
      {editable ? <DraftSections {...props} /> : <ReadOnlySections {...props} />}
      {withdrawable(submission, challenge, now) ? (
        <section aria-labelledby="withdraw-title">
          <h2 class="kern-heading-large" id="withdraw-title">
            {m.withdrawTitle}
          </h2>
          <p class="kern-body">{submission.status === 'draft' ? m.withdrawDraftLead : m.withdrawSubmittedLead(deadline)}</p>
          <Form ctx={ctx} action={submissionPath(submission.id, 'zurueckziehen')}>
            <Button variant="warning">{m.withdraw}</Button>
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}

function DraftSections(props: Parameters<typeof SubmissionPage>[0]) {
  const { ctx, data, values, errors } = props;
  const { submission, attachments } = data;
  const m = ctx.t.challengesSubmissions.page;
  // the draft's own texts unless the person's refused input is shown again
  const draftValues: FormValues = values ?? {
    title: submission.title,
    summary: submission.summary,
    description: submission.description,
    team: submission.team,
    references: submission.references,
    costs: submission.costs,
  };
  const field = (name: string) => ({ name, value: valueFor(draftValues, name), error: errorFor(errors, name) });
  const f = m.fields;
  const rows = attachments.map((a) => [
    <a key="title" href={submissionPath(submission.id, `anhaenge/${a.id}`)}>
      {a.title}
    </a>,
    m.file(fileTypeLabel(a.contentType), formatFileSize(ctx.locale, a.size)),
    <ActionButtonForm key="remove" ctx={ctx} action={submissionPath(submission.id, `anhaenge/${a.id}/entfernen`)} label={m.remove} about={a.title} />,
  ]);
  return (
    <>
      <section aria-labelledby="draft-title">
        <h2 class="kern-heading-large" id="draft-title">
          {m.editTitle}
        </h2>
        <p class="kern-body">{m.editLead}</p>
        <Form ctx={ctx} action={submissionPath(submission.id)}>
          <TextField {...field('title')} label={f.title} maxLength={200} />
          <TextArea {...field('summary')} label={f.summary} hint={f.summaryHint} maxLength={500} rows={3} />
          <TextArea {...field('description')} label={f.description} hint={f.descriptionHint} rows={12} />
          <TextArea {...field('team')} label={f.team} hint={f.teamHint} rows={4} />
          <TextArea {...field('references')} label={f.references} hint={f.referencesHint} optionalLabel={m.optional} rows={4} />
          <TextArea {...field('costs')} label={f.costs} hint={f.costsHint} optionalLabel={m.optional} rows={4} />
          <Button variant="secondary">{m.save}</Button>
        </Form>
      </section>
      <section aria-labelledby="attachments-title">
        <h2 class="kern-heading-large" id="attachments-title">
          {m.attachmentsTitle}
        </h2>
        <p class="kern-body">{m.attachmentsLead(MAX_ATTACHMENTS, props.maxMegabytes)}</p>
        {rows.length === 0 ? (
          <p class="kern-body">{m.attachmentsEmpty}</p>
        ) : (
          <Table caption={m.attachmentsCaption} captionHidden head={[m.head.title, m.head.file, m.head.actions]} rows={rows} />
        )}
        {attachments.length >= MAX_ATTACHMENTS ? (
          <p class="kern-body">{m.attachmentsFull(MAX_ATTACHMENTS)}</p>
        ) : (
          <>
            <h3 class="kern-heading-medium">{m.addTitle}</h3>
            <Form ctx={ctx} action={submissionPath(submission.id, 'anhaenge')} submissionId={props.uploadSubmissionId} multipart>
              <TextField
                name="attachmentTitle"
                label={m.upload.title}
                hint={m.upload.titleHint}
                optionalLabel={m.optional}
                value={valueFor(values, 'attachmentTitle')}
                error={errorFor(errors, 'attachmentTitle')}
                maxLength={200}
              />
              <FileField
                name="attachment"
                label={m.upload.file}
                hint={m.upload.fileHint}
                notes={[props.chooseAgain === undefined ? undefined : m.upload.chooseAgain(props.chooseAgain)]}
                error={errorFor(errors, 'attachment')}
                accept={DOCUMENT_ACCEPT}
              />
              <Button variant="secondary">{m.add}</Button>
            </Form>
          </>
        )}
      </section>
      <section aria-labelledby="submit-title">
        <h2 class="kern-heading-large" id="submit-title">
          {m.submitTitle}
        </h2>
        <p class="kern-body">{m.submitLead(formatDateTime(ctx.locale, data.challenge.submissionClosesAt))}</p>
        <Form ctx={ctx} action={submissionPath(submission.id, 'einreichen')}>
          <Button>{m.submit}</Button>
        </Form>
      </section>
    </>
  );
}

function ReadOnlySections(props: Parameters<typeof SubmissionPage>[0]) {
  const { ctx, data, now } = props;
  const { submission, challenge, attachments } = data;
  const m = ctx.t.challengesSubmissions.page;
  const phase = challengePhase(challenge, now);
  const note =
    submission.status === 'withdrawn'
      ? m.withdrawnNote
      : submission.status === 'submitted'
        ? phase === 'decided'
          ? undefined
          : m.submittedNote
        : phase === 'upcoming'
          ? m.notYetOpenNote(formatDateTime(ctx.locale, challenge.submissionOpensAt))
          : m.closedDraftNote;
  const f = m.fields;
  const texts: [string, string][] = [
    [f.summary, submission.summary],
    [f.team, submission.team],
    [f.references, submission.references],
    [f.costs, submission.costs],
  ];
  return (
    <>
      {note ? <p class="kern-body">{note}</p> : null}
      {phase === 'decided' && submission.status === 'submitted' ? (
        <section aria-labelledby="outcome-title">
          <h2 class="kern-heading-large" id="outcome-title">
            {m.outcomeTitle}
          </h2>
          {submission.winner ? (
            <>
              <p class="kern-body">
                <Tag colour="green">{ctx.t.challenges.winner}</Tag> {m.winnerBody}
              </p>
              {submission.awardNote ? (
                <p class="kern-body">
                  {m.award}: {submission.awardNote}
                </p>
              ) : null}
              <p class="kern-body">
                <a href={submissionPath(submission.id, 'loesung')}>{m.toSolution}</a>
              </p>
            </>
          ) : (
            <p class="kern-body">{m.notChosenBody}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="read-only-title">
        <h2 class="kern-heading-large" id="read-only-title">
          {m.readOnlyTitle}
        </h2>
        {texts
          .filter(([, text]) => text !== '')
          .map(([label, text]) => (
            <div key={label}>
              <h3 class="kern-heading-medium">{label}</h3>
              <PlainText text={text} headingLevel={3} />
            </div>
          ))}
        {submission.description ? (
          <>
            <h3 class="kern-heading-medium">{f.description}</h3>
            <Markdown text={submission.description} headingLevel={3} idPrefix="loesung" />
          </>
        ) : null}
        {attachments.length > 0 ? (
          <>
            <h3 class="kern-heading-medium">{m.attachmentsReadOnly}</h3>
            <ul class="kern-list">
              {attachments.map((a) => (
                <li key={a.id}>
                  <a href={submissionPath(submission.id, `anhaenge/${a.id}`)}>{a.title}</a> (
                  {m.file(fileTypeLabel(a.contentType), formatFileSize(ctx.locale, a.size))})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
