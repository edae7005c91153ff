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

/** The GOV.UK pattern: a summary at the top that links to each field with a problem. */
export function ErrorSummary(props: { ctx: ViewContext; errors: FieldError[] | undefined }) {
  if (!props.errors || props.errors.length === 0) return null;
  return (
    <div class="dk-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} data-autofocus>
      <h2 class="dk-error-summary__title" id="error-summary-title">
        {props.ctx.t.common.errorSummaryTitle}
      </h2>
      <ul class="dk-error-summary__list">
        {props.errors.map((e) => (
          <li key={e.field}>
            <a href={`#${fieldId(e.field)}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

export function errorFor(errors: FieldError[] | undefined, name: string): string | undefined {
  return errors?.find((e) => e.field === name)?.message;
}

export function valueOf(values: FormValues | undefined, name: string): string {
  const v = values?.[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

export function valuesOf(values: FormValues | undefined, name: string): string[] {
  const v = values?.[name];
  return Array.isArray(v) ? v : v ? [v] : [];
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optionalLabel?: string | undefined;
}

function Label(props: FieldProps & { id: string }) {
  return (
    <label class="dk-label" for={props.id}>
      {props.label}
      {props.optionalLabel ? <span class="dk-label__optional"> ({props.optionalLabel})</span> : null}
    </label>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function HintAndError(props: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {props.hint ? (
        <div class="dk-hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <p class="dk-error-message" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </>
  );
}

export function TextField(
  props: FieldProps & {
    value?: string;
    type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'number' | 'date' | 'datetime-local' | 'time' | 'search';
    autocomplete?: string;
    maxLength?: number;
    width?: 'full' | 'half' | 'short';
    spellcheck?: boolean;
  },
) {
  const id = fieldId(props.name);
  return (
    <div class={`dk-field${props.error ? ' dk-field--error' : ''}`}>
      <Label {...props} id={id} />
      <HintAndError id={id} hint={props.hint} error={props.error} />
      <input
        class={`dk-input dk-input--${props.width ?? 'full'}`}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { value?: string; rows?: number; maxLength?: number }) {
  const id = fieldId(props.name);
  return (
    <div class={`dk-field${props.error ? ' dk-field--error' : ''}`}>
      <Label {...props} id={id} />
      <HintAndError id={id} hint={props.hint} error={props.error} />
      <textarea
        class="dk-textarea"
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
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
    <div class={`dk-field${props.error ? ' dk-field--error' : ''}`}>
      <Label {...props} id={id} />
      <HintAndError id={id} hint={props.hint} error={props.error} />
      <select
        class="dk-select"
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
  );
}

/** Radios or checkboxes in a fieldset whose legend is the question. */
export function Choices(
  props: FieldProps & { type: 'radio' | 'checkbox'; options: Option[]; selected?: string[]; inline?: boolean },
) {
  const id = fieldId(props.name);
  return (
    <div class={`dk-field${props.error ? ' dk-field--error' : ''}`}>
      <fieldset class="dk-fieldset" id={id} aria-describedby={describedBy(id, props.hint, props.error)}>
        <legend class="dk-fieldset__legend">
          {props.label}
          {props.optionalLabel ? <span class="dk-label__optional"> ({props.optionalLabel})</span> : null}
        </legend>
        <HintAndError id={id} hint={props.hint} error={props.error} />
        <div class={`dk-choices${props.inline ? ' dk-choices--inline' : ''}`}>
          {props.options.map((o, i) => {
            const optionId = i === 0 ? `${id}-option` : `${id}-${i}`;
            return (
              <div class="dk-choice" key={o.value}>
                <input
                  class="dk-choice__input"
                  id={optionId}
                  name={props.name}
                  type={props.type}
                  value={o.value}
                  checked={props.selected?.includes(o.value)}
                  aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                />
                <label class="dk-choice__label" for={optionId}>
                  {o.label}
                </label>
                {o.hint ? (
                  <div class="dk-hint dk-choice__hint" id={`${optionId}-hint`}>
                    {o.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Button(props: {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning';
  type?: 'submit' | 'button';
  name?: string;
  value?: string;
}) {
  return (
    <button class={`dk-button dk-button--${props.variant ?? 'primary'}`} type={props.type ?? 'submit'} name={props.name} value={props.value}>
      {props.children}
    </button>
  );
}

export function ButtonLink(props: { href: string; children: ComponentChildren; variant?: 'primary' | 'secondary' }) {
  return (
    <a class={`dk-button dk-button--${props.variant ?? 'primary'}`} href={props.href}>
      {props.children}
    </a>
  );
}
