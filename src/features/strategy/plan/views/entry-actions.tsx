import type { ViewContext } from '../../../../platform/views/context.ts';
import { Button, Form } from '../../../../platform/views/components/form.tsx';
import { ActionButtonForm } from '../../../../platform/views/components/inline-forms.tsx';
import { newSubmissionId } from '../../../../platform/http/form.ts';

/**
 * The buttons beside an entry of a list the managers keep: edit (a page of its own), move up
 * and down where the list has an order, and remove. `about` names the entry for screen readers.
 */
export function EntryActions(props: { ctx: ViewContext; base: string; about: string; first?: boolean; last?: boolean; ordered: boolean }) {
  const { ctx, base, about } = props;
  const m = ctx.t.strategyPlan.list;
  return (
    <div class="dk-actions">
      <a class="kern-link" href={base}>
        {m.edit}
        <span class="kern-sr-only">: {about}</span>
      </a>
      {props.ordered && !props.first ? <MoveButton ctx={ctx} action={`${base}/verschieben`} direction="hoch" text={m.up} about={about} /> : null}
      {props.ordered && !props.last ? <MoveButton ctx={ctx} action={`${base}/verschieben`} direction="runter" text={m.down} about={about} /> : null}
      <ActionButtonForm ctx={ctx} action={`${base}/entfernen`} label={m.remove} about={about} submissionId={newSubmissionId()} variant="secondary" />
    </div>
  );
}

function MoveButton(props: { ctx: ViewContext; action: string; direction: 'hoch' | 'runter'; text: string; about: string }) {
  return (
    <Form ctx={props.ctx} action={props.action} submissionId={newSubmissionId()} class="dk-inline-form">
      <Button variant="secondary" name="direction" value={props.direction} ariaLabel={`${props.text}: ${props.about}`}>
        {props.text}
      </Button>
    </Form>
  );
}
