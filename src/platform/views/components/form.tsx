import type { ComponentChildren } from 'preact';
import type { FieldError, FormValues } from '../../http/form.ts';
import type { ViewContext } from '../context.ts';

/** A POST form with the CSRF token and, where the form creates something, a submission id. */
export function Form(props: {
  ctx: ViewContext;
  action: string;
  submissionId?: string | undefined;
  multipart?: boolean;
  children: ComponentChildren;
  class?: string;
}) {
  const action = props.multipart ? `${props.action}${props.action.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(props.ctx.csrfToken)}` : props.action;
  return (
    <form method="post" action={action} novalidate class={props.class} enctype={props.multipart ? 'multipart/form-data' : undefined}>
      <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
      {props.submissionId ? <input type="hidden" name="_submission" value={props.submissionId} /> : null}
      {props.children}
    </form>
  );
}

/**
 * The GOV.UK pattern in KERN's danger alert: a summary at the top that links to each field
 * with a problem, focused when the page loads so that screen readers announce it first.
 */
export function ErrorSummary(props: {
  ctx: ViewContext;
  errors: FieldError[] | undefined;
  /** only where a page shows a second summary, as the style guide's example does */
  titleId?: string;
}) {
  if (!props.errors || props.errors.length === 0) return null;
  const titleId = props.titleId ?? 'error-summary-title';
  const primary = props.titleId === undefined;
  return (
    <div
      class="kern-alert kern-alert--danger dk-error-summary"
      role={primary ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabindex={-1}
      data-autofocus={primary ? true : undefined}
    >
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 class="kern-title" id={titleId}>
          {props.ctx.t.common.errorSummaryTitle}
        </h2>
      </div>
      <div class="kern-alert__body">
        <ul>
          {props.errors.map((e) => (
            <li key={e.field}>
              <a href={`#${fieldId(e.field)}`}>{e.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/**
 * The id of a radio or checkbox option. The first option carries the field's own id, so that
 * the error summary's link (#f-name) moves the focus into the group rather than onto its
 * fieldset, which cannot take it.
 */
export function optionId(name: string, index: number): string {
  return index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`;
}

export function errorFor(errors: FieldError[] | undefined, name: string): string | undefined {
  return errors?.find((e) => e.field === name)?.message;
}

export function valueFor(values: FormValues | undefined, name: string): string {
  const v = values?.[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

export function valuesOf(values: FormValues | undefined, name: string): string[] {
  const v = values?.[name];
  return Array.isArray(v) ? v : v ? [v] : [];
}

interface FieldProps {
  /** the field's name, which its id and its error are found by */
  name: string;
  /** the name the browser submits, when several fields share one and `name` tells them apart (`time.3`) */
  submitAs?: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optionalLabel?: string | undefined;
}

function Label(props: FieldProps & { id: string }) {
  return (
    <label class="kern-label" for={props.id}>
      {props.label}
      {props.optionalLabel ? <span class="kern-label__optional"> ({props.optionalLabel})</span> : null}
    </label>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Hint(props: { id: string; hint?: string | undefined }) {
  return props.hint ? (
    <div class="kern-hint" id={`${props.id}-hint`}>
      {props.hint}
    </div>
  ) : null;
}

/** KERN's error message: the danger icon and the text, tied to the field by aria-describedby. */
export function ErrorMessage(props: { id: string; children: ComponentChildren }) {
  return (
    <p class="kern-error" id={props.id}>
      <span class="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span class="kern-body">{props.children}</span>
    </p>
  );
}

function FieldErrorMessage(props: { id: string; error?: string | undefined }) {
  return props.error ? <ErrorMessage id={`${props.id}-error`}>{props.error}</ErrorMessage> : null;
}

const INPUT_WIDTHS = { full: 'kern-form-input__input', half: 'kern-form-input__input', short: 'kern-form-input__input dk-input--short' } as const;

export function TextField(
  props: FieldProps & {
    value?: string;
    type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'number' | 'date' | 'datetime-local' | 'time' | 'search';
    autocomplete?: string;
    maxLength?: number;
    width?: keyof typeof INPUT_WIDTHS;
    spellcheck?: boolean;
    /** the keyboard a phone shows: digits only for counts, digits with a comma for amounts */
    inputMode?: 'numeric' | 'decimal';
  },
) {
  const id = fieldId(props.name);
  return (
    <div class={`kern-form-input dk-field${props.error ? ' kern-form-input--error' : ''}`}>
      <Label {...props} id={id} />
      <Hint id={id} hint={props.hint} />
      <input
        class={`${INPUT_WIDTHS[props.width ?? 'full']}${props.error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.submitAs ?? props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        spellcheck={props.spellcheck}
        inputMode={props.inputMode}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
      <FieldErrorMessage id={id} error={props.error} />
    </div>
  );
}

/** `readOnly`: text the person wrote that can no longer be sent (e.g. to a thread locked meanwhile), kept to be copied. */
export function TextArea(props: FieldProps & { value?: string; rows?: number; maxLength?: number; readOnly?: boolean }) {
  const id = fieldId(props.name);
  return (
    <div class={`kern-form-input dk-field${props.error ? ' kern-form-input--error' : ''}`}>
      <Label {...props} id={id} />
      <Hint id={id} hint={props.hint} />
      <textarea
        class={`kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.submitAs ?? props.name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        readOnly={props.readOnly}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
      <FieldErrorMessage id={id} error={props.error} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export function Select(props: FieldProps & { value?: string; options: Option[]; placeholder?: string }) {
  const id = fieldId(props.name);
  return (
    <div class={`kern-form-input dk-field${props.error ? ' kern-form-input--error' : ''}`}>
      <Label {...props} id={id} />
      <Hint id={id} hint={props.hint} />
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${props.error ? ' kern-form-input__select--error' : ''}`}
          id={id}
          name={props.name}
          aria-describedby={describedBy(id, props.hint, props.error)}
          aria-invalid={props.error ? 'true' : undefined}
        >
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <FieldErrorMessage id={id} error={props.error} />
    </div>
  );
}

const CHOICE_INPUT = {
  radio: { plain: 'kern-form-check__radio', error: 'kern-form-check__radio kern-form-check__radio--error' },
  checkbox: { plain: 'kern-form-check__checkbox', error: 'kern-form-check__checkbox kern-form-check__checkbox--error' },
} as const;

/** Radios or checkboxes in KERN's fieldset, whose legend is the question. */
export function Choices(props: FieldProps & { type: 'radio' | 'checkbox'; options: Option[]; selected?: string[]; inline?: boolean }) {
  const id = fieldId(props.name);
  const inputClass = CHOICE_INPUT[props.type][props.error ? 'error' : 'plain'];
  return (
    <fieldset
      class={`kern-fieldset dk-field${props.error ? ' kern-fieldset--error' : ''}`}
      id={`${id}-group`}
      aria-describedby={describedBy(id, props.hint, props.error)}
    >
      <legend class="kern-label">
        {props.label}
        {props.optionalLabel ? <span class="kern-label__optional"> ({props.optionalLabel})</span> : null}
      </legend>
      <Hint id={id} hint={props.hint} />
      <div class={props.inline ? 'kern-fieldset__body kern-fieldset__body--horizontal' : 'kern-fieldset__body'}>
        {props.options.map((o, i) => {
          const inputId = optionId(props.name, i);
          const hintId = `${id}-${i}-hint`;
          return (
            <div key={o.value}>
              <div class="kern-form-check">
                <input
                  class={inputClass}
                  id={inputId}
                  name={props.name}
                  type={props.type}
                  value={o.value}
                  checked={props.selected?.includes(o.value)}
                  aria-describedby={o.hint ? hintId : undefined}
                />
                <label class="kern-label" for={inputId}>
                  {o.label}
                </label>
              </div>
              {o.hint ? (
                <div class="kern-hint" id={hintId}>
                  {o.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      <FieldErrorMessage id={id} error={props.error} />
    </fieldset>
  );
}

const BUTTON_CLASSES = {
  primary: 'kern-btn kern-btn--primary',
  secondary: 'kern-btn kern-btn--secondary',
  tertiary: 'kern-btn kern-btn--tertiary',
  // KERN has no button for an action that destroys something; ours is the primary in danger red.
  warning: 'kern-btn kern-btn--primary dk-btn--danger',
} as const;

export function Button(props: {
  children: ComponentChildren;
  variant?: keyof typeof BUTTON_CLASSES;
  type?: 'submit' | 'button';
  name?: string;
  value?: string;
  /** the accessible name, when the visible word alone does not say what the button acts on */
  ariaLabel?: string;
}) {
  return (
    <button class={BUTTON_CLASSES[props.variant ?? 'primary']} type={props.type ?? 'submit'} name={props.name} value={props.value} aria-label={props.ariaLabel}>
      <span class="kern-label">{props.children}</span>
    </button>
  );
}

export function ButtonLink(props: { href: string; children: ComponentChildren; variant?: 'primary' | 'secondary' | 'tertiary' }) {
  return (
    <a class={BUTTON_CLASSES[props.variant ?? 'primary']} href={props.href}>
      <span class="kern-label">{props.children}</span>
    </a>
  );
}
