import { Fragment } from 'preact';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { type FieldOfAction, fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import { Button, Choices, ErrorSummary, errorFor, Form, Select, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { OWNER_PATH, ownerChallengePath } from '../../core/paths.ts';
import type { ChallengeRow } from '../../core/repository.ts';
import { ELIGIBILITIES } from '../../core/tables.ts';
import type { OrganisationChoice } from '../authoring-service.ts';
import { dayField, TIMELINE_FIELDS, timeField } from '../schema.ts';
import { ownerCrumbs } from './shared.tsx';

const DAY = 24 * 60 * 60 * 1000;
const TEXT_FIELDS = ['problem', 'context', 'affected', 'dataAvailable', 'constraints', 'success'] as const;

function momentValues(field: (typeof TIMELINE_FIELDS)[number], instant: Date): FormValues {
  const local = utcToBerlin(instant);
  return { [dayField(field)]: local.date, [timeField(field)]: local.time };
}

/** A challenge as the form shows it. */
export function challengeValues(challenge: ChallengeRow): FormValues {
  return {
    organisationId: challenge.organisationId,
    title: challenge.title,
    summary: challenge.summary,
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, challenge[f]])),
    prize: challenge.prize,
    eligibility: challenge.eligibility,
    fieldsOfAction: challenge.fieldsOfAction,
    blindReview: challenge.blindReview ? '1' : '',
    ...Object.assign({}, ...TIMELINE_FIELDS.map((f) => momentValues(f, challenge[f]))),
    contact: challenge.contact,
    retentionDays: String(challenge.retentionDays),
  };
}

/**
 * What a new challenge's form starts with: a timeline that passes its rules (six weeks of
 * submissions from next week, questions until a week before the deadline, four weeks of jury,
 * the announcement a week later), for the owners to move.
 */
export function newChallengeValues(organisations: OrganisationChoice[], now = new Date()): FormValues {
  const at = (days: number, time: string) => ({ date: utcToBerlin(new Date(now.getTime() + days * DAY)).date, time });
  const moments = {
    submissionOpensAt: at(7, '09:00'),
    questionsUntil: at(42, '12:00'),
    submissionClosesAt: at(49, '12:00'),
    juryUntil: at(77, '18:00'),
    announcementAt: at(84, '10:00'),
  };
  return {
    ...(organisations.length === 1 ? { organisationId: organisations[0]!.id } : {}),
    eligibility: 'both',
    retentionDays: '365',
    ...Object.fromEntries(
      TIMELINE_FIELDS.flatMap((f) => [
        [dayField(f), moments[f].date],
        [timeField(f), moments[f].time],
      ]),
    ),
  };
}

function ChallengeFields(props: ChallengeFormProps) {
  const { ctx, values, errors } = props;
  const m = ctx.t.challengesAuthoring.form;
  const f = ctx.t.challenges.fields;
  const optional = ctx.t.common.optional;
  const err = (name: string) => errorFor(errors, name);
  const area = (name: (typeof TEXT_FIELDS)[number] | 'summary', label: string, hint: string, rows = 8) => (
    <TextArea name={name} label={label} hint={hint} rows={rows} value={valueFor(values, name)} error={err(name)} />
  );
  return (
    <>
      <h2 class="kern-heading-medium">{m.sections.about}</h2>
      <Select
        name="organisationId"
        label={f.organisation}
        hint={m.organisationHint}
        value={valueFor(values, 'organisationId')}
        error={err('organisationId')}
        options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
        {...(props.organisations.length === 1 ? {} : { placeholder: m.choose })}
      />
      <TextField name="title" label={m.title} hint={m.titleHint} value={valueFor(values, 'title')} error={err('title')} maxLength={200} />
      {area('summary', m.summary, m.summaryHint, 3)}
      <h2 class="kern-heading-medium">{m.sections.texts}</h2>
      <p class="kern-body">{m.markdown}</p>
      {TEXT_FIELDS.map((name) => area(name, f[name], m.hints[name]))}
      <h2 class="kern-heading-medium">{m.sections.offer}</h2>
      <TextField name="prize" label={f.prize} hint={m.hints.prize} value={valueFor(values, 'prize')} error={err('prize')} maxLength={500} />
      <Choices
        type="radio"
        name="eligibility"
        label={f.eligibility}
        hint={m.eligibilityHint}
        options={ELIGIBILITIES.map((e) => ({ value: e, label: ctx.t.challenges.eligibility[e] }))}
        selected={valuesOf(values, 'eligibility')}
        error={err('eligibility')}
      />
      <Choices
        type="checkbox"
        name="fieldsOfAction"
        label={m.fieldsOfAction}
        hint={m.fieldsOfActionHint}
        optionalLabel={optional}
        options={props.fields.map((field) => ({ value: field.slug, label: fieldName(field, ctx.locale) }))}
        selected={valuesOf(values, 'fieldsOfAction')}
        error={err('fieldsOfAction')}
      />
      <Choices
        type="checkbox"
        name="blindReview"
        label={m.blindReview}
        options={[{ value: '1', label: m.blindReviewOption }]}
        selected={valuesOf(values, 'blindReview')}
        error={err('blindReview')}
      />
      <h2 class="kern-heading-medium">{m.sections.timeline}</h2>
      <p class="kern-body">{m.timelineHint}</p>
      {TIMELINE_FIELDS.map((moment) => (
        <Fragment key={moment}>
          <TextField
            name={dayField(moment)}
            type="date"
            width="short"
            label={m.day(f[moment])}
            value={valueFor(values, dayField(moment))}
            error={err(dayField(moment))}
          />
          <TextField
            name={timeField(moment)}
            type="time"
            width="short"
            label={m.time(f[moment])}
            value={valueFor(values, timeField(moment))}
            error={err(timeField(moment))}
          />
        </Fragment>
      ))}
      <h2 class="kern-heading-medium">{m.sections.settings}</h2>
      <TextArea name="contact" label={f.contact} hint={m.hints.contact} rows={3} value={valueFor(values, 'contact')} error={err('contact')} />
      <TextField
        name="retentionDays"
        label={m.retentionDays}
        hint={m.retentionDaysHint}
        width="short"
        inputMode="numeric"
        value={valueFor(values, 'retentionDays')}
        error={err('retentionDays')}
      />
    </>
  );
}

export interface ChallengeFormProps {
  ctx: ViewContext;
  organisations: OrganisationChoice[];
  fields: FieldOfAction[];
  values: FormValues;
  errors?: FieldError[] | undefined;
}

export function NewChallengePage(props: ChallengeFormProps & { submissionId: string }) {
  const { ctx } = props;
  const m = ctx.t.challengesAuthoring.form;
  return (
    <Layout ctx={ctx} title={m.newTitle} breadcrumbs={[...ownerCrumbs(ctx), { label: m.newTitle }]}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="kern-heading-x-large">{m.newTitle}</h1>
      <p class="kern-body">{m.newLead}</p>
      <Form ctx={ctx} action={`${OWNER_PATH}/neu`} submissionId={props.submissionId}>
        <ChallengeFields {...props} />
        <Button>{m.create}</Button>
      </Form>
    </Layout>
  );
}

export function EditChallengePage(props: ChallengeFormProps & { challenge: ChallengeRow }) {
  const { ctx, challenge } = props;
  const m = ctx.t.challengesAuthoring.form;
  return (
    <Layout ctx={ctx} title={`${m.editTitle}: ${challenge.title}`} breadcrumbs={[...ownerCrumbs(ctx, challenge), { label: m.editTitle }]}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="kern-heading-x-large">{m.editTitle}</h1>
      <Form ctx={ctx} action={ownerChallengePath(challenge.id, 'bearbeiten')}>
        <ChallengeFields {...props} />
        <Button>{m.save}</Button>
      </Form>
    </Layout>
  );
}
