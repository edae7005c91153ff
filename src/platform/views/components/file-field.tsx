import { ErrorMessage, fieldId } from './form.tsx';

/**
 * A file input in the platform's field pattern: label, hint, notes (the file kept so far, or a
 * file to choose again after a failed submit) and the error message, all tied to the input.
 * `accept` only helps the file picker; the server decides by the bytes.
 */
export function FileField(props: { name: string; label: string; hint: string; notes?: (string | undefined)[]; error?: string | undefined; accept: string }) {
  const id = fieldId(props.name);
  const notes = (props.notes ?? []).filter((n): n is string => Boolean(n));
  const describedBy = [`${id}-hint`, ...notes.map((_, i) => `${id}-note-${i}`), props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`kern-form-input dk-field${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {props.label}
      </label>
      <div class="kern-hint" id={`${id}-hint`}>
        {props.hint}
      </div>
      {notes.map((note, i) => (
        <p class="kern-hint" id={`${id}-note-${i}`} key={i}>
          {note}
        </p>
      ))}
      <input
        class="kern-form-input__input"
        id={id}
        name={props.name}
        type="file"
        accept={props.accept}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
      />
      {props.error ? <ErrorMessage id={`${id}-error`}>{props.error}</ErrorMessage> : null}
    </div>
  );
}
