import type { ViewContext } from '../context.ts';
import { Button, ErrorMessage, fieldId, Form } from './form.tsx';

/**
 * A one-button form in a row of a list, e.g. "Entfernen" beside a member; the hidden text says
 * whom the button is about. With a submission id a page can offer several such answers at once.
 */
export function ActionButtonForm(props: {
  ctx: ViewContext;
  action: string;
  label: string;
  about: string;
  submissionId?: string | undefined;
  variant?: 'secondary' | 'warning';
}) {
  return (
    <Form ctx={props.ctx} action={props.action} submissionId={props.submissionId} class="dk-inline-form">
      <Button variant={props.variant ?? 'secondary'}>
        {props.label}
        <span class="kern-sr-only">: {props.about}</span>
      </Button>
    </Form>
  );
}

/**
 * A member's role as a select with its button in a row of a members' table. `fieldName` is
 * what the page's error summary links to when the change was refused.
 */
export function RoleSelectForm(props: {
  ctx: ViewContext;
  action: string;
  fieldName: string;
  /** the select's hidden label, e.g. "Rolle von Maren Hansen" */
  label: string;
  options: { value: string; label: string }[];
  selected: string;
  error: string | undefined;
  buttonLabel: string;
  /** whom the button is about, for screen readers */
  about: string;
}) {
  const { error } = props;
  const id = fieldId(props.fieldName);
  return (
    <Form ctx={props.ctx} action={props.action} class={`dk-inline-form${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-sr-only" for={id}>
        {props.label}
      </label>
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      <select
        class="kern-form-input__select"
        id={id}
        name="role"
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={props.selected === option.value}>
            {option.label}
          </option>
        ))}
      </select>{' '}
      <Button variant="secondary">
        {props.buttonLabel}
        <span class="kern-sr-only">: {props.about}</span>
      </Button>
    </Form>
  );
}
