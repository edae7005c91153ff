import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import type { FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { REGISTRATION_RETENTION_DAYS } from '../../core/retention-period.ts';
import { DateFields } from './date-form.tsx';
import { EventFields } from './event-form.tsx';

/** What a proposal starts from: the format's name, description and date, and who invites. */
export interface ProposalStart {
  title: string;
  description: string;
  organiser: string;
  fieldsOfAction: string[];
  startsAt: Date | null;
}

/** The form values a proposal starts with; the person completes and corrects them. */
export function proposalValues(ctx: ViewContext, start: ProposalStart): FormValues {
  const begins = start.startsAt ? utcToBerlin(start.startsAt) : undefined;
  return {
    title: start.title,
    description: start.description,
    organiser: start.organiser,
    fieldsOfAction: start.fieldsOfAction,
    retentionDays: String(REGISTRATION_RETENTION_DAYS.standard),
    consentText: ctx.t.events.editor.proposal.consentText(start.organiser),
    format: 'praesenz',
    ...(begins ? { day: begins.date, startTime: begins.time } : {}),
  };
}

/** The whole form of a proposed event: its texts, then its first date. */
export function EventProposalFields(props: { ctx: ViewContext; values: FormValues; errors: FieldError[] | undefined; fields: FieldOfAction[] }) {
  const { ctx, values, errors } = props;
  const m = ctx.t.events.editor.proposal;
  return (
    <>
      <h2 class="kern-heading-large">{m.eventHeading}</h2>
      <p class="kern-body">{m.eventLead}</p>
      <EventFields ctx={ctx} values={values} errors={errors} fields={props.fields} withConsent />
      <h2 class="kern-heading-large">{m.dateHeading}</h2>
      <DateFields ctx={ctx} values={values} errors={errors} />
    </>
  );
}
