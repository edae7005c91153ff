import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatCalendarMonth, formatDate } from '../../../../platform/i18n/dates.ts';
import { Notice, SummaryList, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import { Button, ErrorSummary, Form, Select, TextArea, TextField, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { ADOPTIONS_PATH, adoptionPath, solutionPath } from '../../core/paths.ts';
import type { AdoptionAccess } from '../require-adoption.ts';
import { canReport, stepsFrom } from '../rules.ts';
import { AdoptionState, AdoptionsLayout, listCrumb } from './shared.tsx';

export interface AdoptionPageProps {
  ctx: ViewContext;
  access: AdoptionAccess;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

/**
 * One adoption, for both organisations: the owner's managers answer the request; the
 * adopter's managers move it on and write the experience report; members of either side read.
 */
export function AdoptionPage(props: AdoptionPageProps) {
  const { ctx, access } = props;
  const { adoption } = access;
  const m = ctx.t.solutionsAdoptions;
  const title = m.adoption.title(adoption.solutionTitle);
  return (
    <AdoptionsLayout ctx={ctx} title={title} crumbs={[listCrumb(ctx), { label: adoption.solutionTitle }]}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <Facts {...props} />
      {access.owner ? <Answer {...props} /> : null}
      {access.adopter ? <Progress {...props} /> : null}
      <Report {...props} />
      <p class="kern-body">
        <a href={ADOPTIONS_PATH}>{m.adoption.back}</a>
      </p>
    </AdoptionsLayout>
  );
}

function Facts(props: AdoptionPageProps) {
  const { ctx } = props;
  const { adoption } = props.access;
  const m = ctx.t.solutionsAdoptions.adoption;
  const rows: SummaryRow[] = [
    { key: m.solution, value: <a href={solutionPath(adoption.solutionSlug)}>{adoption.solutionTitle}</a> },
    { key: m.adopter, value: adoption.adopterName },
    { key: m.owner, value: adoption.ownerName },
    { key: m.status, value: <AdoptionState ctx={ctx} status={adoption.status} /> },
    { key: m.requestedAt, value: formatDate(ctx.locale, adoption.requestedAt) },
    ...(adoption.answeredAt ? [{ key: m.answeredAt, value: formatDate(ctx.locale, adoption.answeredAt) }] : []),
    ...(adoption.operatingSince ? [{ key: m.operatingSince, value: formatCalendarMonth(ctx.locale, adoption.operatingSince) }] : []),
    { key: m.message, value: <PlainText text={adoption.message} headingLevel={3} /> },
    ...(adoption.answer ? [{ key: m.answer, value: <PlainText text={adoption.answer} headingLevel={3} /> }] : []),
  ];
  return <SummaryList ctx={ctx} rows={rows} />;
}

/** The owner's side: the answer while the request is open. */
function Answer(props: AdoptionPageProps) {
  const { ctx, access, values, errors } = props;
  const m = ctx.t.solutionsAdoptions.answer;
  if (access.adoption.status !== 'requested') return null;
  if (access.owner !== 'manager') return <p class="kern-body">{access.adopter ? m.waiting : m.managersOnly}</p>;
  return (
    <>
      <h2 class="kern-heading-medium">{m.title}</h2>
      <p class="kern-body">{m.lead}</p>
      <Form ctx={ctx} action={adoptionPath(access.adoption.id, 'antwort')}>
        <TextArea
          name="answer"
          label={m.answer}
          hint={m.answerHint}
          value={valueFor(values, 'answer')}
          error={errorFor(errors, 'answer')}
          rows={6}
          maxLength={5000}
        />
        <div class="dk-actions">
          <Button name="decision" value="accept">
            {m.accept}
          </Button>
          <Button name="decision" value="decline" variant="secondary">
            {m.decline}
          </Button>
        </div>
      </Form>
    </>
  );
}

/** The adopter's side: the next steps its managers may take. */
function Progress(props: AdoptionPageProps) {
  const { ctx, access, values, errors } = props;
  const m = ctx.t.solutionsAdoptions;
  const { adoption } = access;
  if (adoption.status === 'requested' && !access.owner) return <p class="kern-body">{m.answer.waiting}</p>;
  const steps = stepsFrom(adoption.status, 'adopter');
  if (steps.length === 0) return null;
  if (access.adopter !== 'manager') return <p class="kern-body">{m.progress.managersOnly}</p>;
  const action = adoptionPath(adoption.id, 'stand');
  const months = m.months.map((label, i) => ({ value: String(i + 1), label }));
  return (
    <>
      <h2 class="kern-heading-medium">{m.progress.title}</h2>
      <p class="kern-body">{m.progress.lead}</p>
      {steps.includes('start') ? (
        <Form ctx={ctx} action={action}>
          <p class="kern-body">{m.progress.startLead}</p>
          <Button name="step" value="start">
            {m.progress.start}
          </Button>
        </Form>
      ) : null}
      {steps.includes('operate') ? (
        <Form ctx={ctx} action={action}>
          <h3 class="kern-heading-small">{m.progress.operateLead}</h3>
          <Select
            name="month"
            label={m.progress.month}
            options={months}
            placeholder={m.progress.monthPlaceholder}
            value={valueFor(values, 'month')}
            error={errorFor(errors, 'month')}
          />
          <TextField
            name="year"
            label={m.progress.year}
            value={valueFor(values, 'year')}
            error={errorFor(errors, 'year')}
            width="short"
            inputMode="numeric"
            maxLength={4}
          />
          <Button name="step" value="operate">
            {m.progress.operate}
          </Button>
        </Form>
      ) : null}
      {steps.includes('abandon') ? (
        <Form ctx={ctx} action={action}>
          <h3 class="kern-heading-small">{m.progress.abandonLead}</h3>
          <TextArea
            name="reason"
            label={m.progress.reason}
            hint={m.progress.reasonHint}
            value={valueFor(values, 'reason')}
            error={errorFor(errors, 'reason')}
            rows={4}
            maxLength={5000}
          />
          <Button name="step" value="abandon" variant="secondary">
            {m.progress.abandon}
          </Button>
        </Form>
      ) : null}
    </>
  );
}

/** The experience report: its form for the adopter's managers, its text for everyone else who sees the adoption. */
function Report(props: AdoptionPageProps) {
  const { ctx, access, values, errors } = props;
  const m = ctx.t.solutionsAdoptions.report;
  const { adoption } = access;
  if (!canReport(adoption.status) && !adoption.reportedAt) {
    return access.adopter === 'manager' && adoption.status === 'interested' ? (
      <>
        <h2 class="kern-heading-medium">{m.title}</h2>
        <p class="kern-body">{m.notYet}</p>
      </>
    ) : null;
  }
  const editing = access.adopter === 'manager' && canReport(adoption.status);
  const text = (name: 'reportChanges' | 'reportCosts' | 'reportLessons') => (values ? valueFor(values, name) : adoption[name]);
  return (
    <>
      <h2 class="kern-heading-medium">{m.title}</h2>
      {adoption.reportedAt ? <p class="kern-body">{m.publishedAt(formatDate(ctx.locale, adoption.reportedAt))}</p> : null}
      {editing ? (
        <>
          <p class="kern-body">{m.lead}</p>
          <Form ctx={ctx} action={adoptionPath(adoption.id, 'bericht')}>
            <TextArea
              name="reportChanges"
              label={m.changes}
              value={text('reportChanges')}
              error={errorFor(errors, 'reportChanges')}
              rows={6}
              maxLength={10_000}
            />
            <TextArea
              name="reportCosts"
              label={m.costs}
              hint={m.costsHint}
              value={text('reportCosts')}
              error={errorFor(errors, 'reportCosts')}
              rows={4}
              maxLength={10_000}
            />
            <TextArea
              name="reportLessons"
              label={m.lessons}
              value={text('reportLessons')}
              error={errorFor(errors, 'reportLessons')}
              rows={6}
              maxLength={10_000}
            />
            <Button>{m.save}</Button>
          </Form>
        </>
      ) : adoption.reportedAt ? (
        <ReportText {...props} />
      ) : (
        <p class="kern-body">{m.none}</p>
      )}
    </>
  );
}

function ReportText(props: AdoptionPageProps) {
  const { ctx } = props;
  const { adoption } = props.access;
  const m = ctx.t.solutionsAdoptions.report;
  const parts = [
    { title: m.changes, text: adoption.reportChanges },
    { title: m.costs, text: adoption.reportCosts },
    { title: m.lessons, text: adoption.reportLessons },
  ].filter((p) => p.text);
  return (
    <>
      {parts.map((p) => (
        <section key={p.title}>
          <h3 class="kern-heading-small">{p.title}</h3>
          <PlainText text={p.text} headingLevel={3} />
        </section>
      ))}
    </>
  );
}
