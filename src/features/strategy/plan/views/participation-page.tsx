import type { ComponentChildren } from 'preact';
import type { ProposedEventState } from '../../../events/editor/proposal-service.ts';
import { newSubmissionId } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form, TextArea, TextField, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { canEditStrategy } from '../../core/rules.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { ActorRow, CommentWithAuthor, ParticipationRow } from '../repository.ts';
import { StepComments } from './comments.tsx';
import { EntryActions } from './entry-actions.tsx';
import type { FormState } from './vision-page.tsx';

function ActorFields(props: { ctx: ViewContext; state: FormState }) {
  const m = props.ctx.t.strategyPlan;
  const { values, errors } = props.state;
  return (
    <>
      <TextField
        name="name"
        label={m.participation.actorName}
        hint={m.participation.actorNameHint}
        maxLength={200}
        value={valueFor(values, 'name')}
        error={errorFor(errors, 'name')}
      />
      <TextArea
        name="involvement"
        label={m.participation.involvement}
        hint={m.participation.involvementHint}
        optionalLabel={m.list.optional}
        rows={3}
        maxLength={2_000}
        value={valueFor(values, 'involvement')}
        error={errorFor(errors, 'involvement')}
      />
    </>
  );
}

function FormatFields(props: { ctx: ViewContext; state: FormState }) {
  const m = props.ctx.t.strategyPlan;
  const { values, errors } = props.state;
  return (
    <>
      <TextField
        name="format"
        label={m.participation.format}
        hint={m.participation.formatHint}
        maxLength={200}
        value={valueFor(values, 'format')}
        error={errorFor(errors, 'format')}
      />
      <TextArea
        name="description"
        label={m.participation.description}
        optionalLabel={m.list.optional}
        rows={3}
        maxLength={2_000}
        value={valueFor(values, 'description')}
        error={errorFor(errors, 'description')}
      />
      <TextField
        name="date"
        type="date"
        label={m.participation.date}
        hint={m.participation.dateHint}
        optionalLabel={m.list.optional}
        width="half"
        value={valueFor(values, 'date')}
        error={errorFor(errors, 'date')}
      />
      <TextField
        name="time"
        type="time"
        label={m.participation.time}
        hint={m.participation.timeHint}
        optionalLabel={m.list.optional}
        width="short"
        value={valueFor(values, 'time')}
        error={errorFor(errors, 'time')}
      />
    </>
  );
}

/** A format's date, or that it has none; past ones are marked as having taken place. */
function FormatDate(props: { ctx: ViewContext; format: ParticipationRow; now: Date }) {
  const { ctx, format } = props;
  const m = ctx.t.strategyPlan.participation;
  if (!format.startsAt) return <p class="kern-body kern-body--small kern-body--muted">{m.noDate}</p>;
  return (
    <p class="kern-body kern-body--small">
      {formatDateTime(ctx.locale, format.startsAt)} {format.startsAt < props.now ? <Tag colour="grey">{m.took}</Tag> : null}
    </p>
  );
}

/**
 * What became of a format's event: published with its link, or a draft with the editors. A
 * manager may make an event of a format that has none and has not yet taken place.
 */
function FormatEvent(props: { ctx: ViewContext; format: ParticipationRow; event: ProposedEventState | undefined; proposeHref: string | undefined }) {
  const m = props.ctx.t.strategyPlan.participation;
  const { event } = props;
  if (event?.path) {
    return (
      <p class="kern-body">
        {m.eventPublished}{' '}
        <a class="kern-link" href={event.path}>
          {event.title}
        </a>
      </p>
    );
  }
  if (event) {
    return (
      <p class="kern-body">
        <Tag colour="grey">{m.eventDraft}</Tag>
      </p>
    );
  }
  if (!props.proposeHref) return null;
  return (
    <p class="kern-body">
      <a class="kern-link" href={props.proposeHref}>
        {m.proposeLink}
        <span class="kern-sr-only">: {props.format.format}</span>
      </a>
    </p>
  );
}

/** Step 5: the actors in their order and the participation formats by date. Managers edit in place; members read. */
export function ParticipationPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  actors: ActorRow[];
  formats: ParticipationRow[];
  comments: CommentWithAuthor[];
  events: Map<string, ProposedEventState>;
  now: Date;
  notice?: string | undefined;
  state?: FormState;
}) {
  const { ctx, workbench, actors, formats } = props;
  const m = ctx.t.strategyPlan.participation;
  const state = props.state ?? {};
  const slug = workbench.organisation.slug;
  const edit = canEditStrategy(workbench.access);
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      step="participation"
      title={ctx.t.strategy.steps.participation}
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={state.errors} />}
    >
      <p class="kern-body">{m.lead}</p>

      <h2 class="kern-heading-medium">{m.actorsTitle}</h2>
      {actors.length === 0 ? (
        <p class="kern-body">{m.actorsEmpty}</p>
      ) : (
        <ol>
          {actors.map((actor, i) => (
            <li key={actor.id}>
              <h3 class="kern-heading-small">{actor.name}</h3>
              {actor.involvement ? <PlainText text={actor.involvement} /> : null}
              {edit ? (
                <EntryActions
                  ctx={ctx}
                  base={workbenchPath(slug, 'participation', `akteure/${actor.id}`)}
                  about={actor.name}
                  ordered
                  first={i === 0}
                  last={i === actors.length - 1}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {edit ? (
        <>
          <h3 class="kern-heading-small">{m.addActorTitle}</h3>
          <Form ctx={ctx} action={workbenchPath(slug, 'participation', 'akteure')} submissionId={newSubmissionId()}>
            <ActorFields ctx={ctx} state={state.values && 'name' in state.values ? state : {}} />
            <Button variant="secondary">{m.addActor}</Button>
          </Form>
        </>
      ) : null}

      <h2 class="kern-heading-medium">{m.formatsTitle}</h2>
      {formats.length === 0 ? (
        <p class="kern-body">{m.formatsEmpty}</p>
      ) : (
        <ul>
          {formats.map((format) => (
            <li key={format.id}>
              <h3 class="kern-heading-small">{format.format}</h3>
              <FormatDate ctx={ctx} format={format} now={props.now} />
              {format.description ? <PlainText text={format.description} /> : null}
              <FormatEvent
                ctx={ctx}
                format={format}
                event={format.eventId ? props.events.get(format.eventId) : undefined}
                proposeHref={
                  edit && !format.eventId && !(format.startsAt && format.startsAt < props.now)
                    ? workbenchPath(slug, 'participation', `formate/${format.id}/veranstaltung`)
                    : undefined
                }
              />
              {edit ? (
                <EntryActions ctx={ctx} base={workbenchPath(slug, 'participation', `formate/${format.id}`)} about={format.format} ordered={false} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {edit ? (
        <>
          <h3 class="kern-heading-small">{m.addFormatTitle}</h3>
          <Form ctx={ctx} action={workbenchPath(slug, 'participation', 'formate')} submissionId={newSubmissionId()}>
            <FormatFields ctx={ctx} state={state.values && 'format' in state.values ? state : {}} />
            <Button variant="secondary">{m.addFormat}</Button>
          </Form>
        </>
      ) : null}
      <StepComments ctx={ctx} workbench={workbench} step="participation" comments={props.comments} />
    </WorkbenchLayout>
  );
}

/** One actor's form, on a page of its own so that it works without JavaScript. */
export function ActorPage(props: { ctx: ViewContext; workbench: Workbench; actor: ActorRow; state?: FormState }) {
  const { ctx, workbench, actor } = props;
  const slug = workbench.organisation.slug;
  const state = props.state ?? { values: { name: actor.name, involvement: actor.involvement } };
  return (
    <EntryPage
      ctx={ctx}
      workbench={workbench}
      title={ctx.t.strategyPlan.participation.editActorTitle}
      state={state}
      action={workbenchPath(slug, 'participation', `akteure/${actor.id}`)}
    >
      <ActorFields ctx={ctx} state={state} />
    </EntryPage>
  );
}

/** One format's form; its date and time are shown as Berlin's clocks showed or will show them. */
export function FormatPage(props: { ctx: ViewContext; workbench: Workbench; format: ParticipationRow; state?: FormState }) {
  const { ctx, workbench, format } = props;
  const slug = workbench.organisation.slug;
  const local = format.startsAt ? utcToBerlin(format.startsAt) : { date: '', time: '' };
  const state = props.state ?? { values: { format: format.format, description: format.description, ...local } };
  return (
    <EntryPage
      ctx={ctx}
      workbench={workbench}
      title={ctx.t.strategyPlan.participation.editFormatTitle}
      state={state}
      action={workbenchPath(slug, 'participation', `formate/${format.id}`)}
    >
      <FormatFields ctx={ctx} state={state} />
    </EntryPage>
  );
}

/** A page of the step with one form: an entry's edit form, or the event of a format. */
export function EntryPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  title: string;
  state: FormState;
  action: string;
  /** kept across a refused submission, so that a second click cannot store twice */
  submissionId?: string;
  submitLabel?: string;
  children: ComponentChildren;
}) {
  const { ctx, workbench } = props;
  const m = ctx.t.strategyPlan;
  const back = workbenchPath(workbench.organisation.slug, 'participation');
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      step="participation"
      title={props.title}
      parent={{ href: back, label: ctx.t.strategy.steps.participation }}
      top={<ErrorSummary ctx={ctx} errors={props.state.errors} />}
    >
      <Form ctx={ctx} action={props.action} submissionId={props.submissionId ?? newSubmissionId()}>
        {props.children}
        <div class="dk-actions">
          <Button>{props.submitLabel ?? m.list.save}</Button>
          <a class="kern-link" href={back}>
            {m.list.cancel}
          </a>
        </div>
      </Form>
    </WorkbenchLayout>
  );
}
