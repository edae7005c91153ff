import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Button, ErrorSummary, errorFor, Form, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { editorEventPath } from '../../core/paths.ts';
import type { EventRow } from '../../core/event-repository.ts';
import { EventEditorLayout } from './shared.tsx';

export function CopyEventPage(props: { ctx: ViewContext; event: EventRow; submissionId: string; values?: FormValues; errors?: FieldError[] }) {
  const { ctx, event, errors } = props;
  const m = ctx.t.events.editor.copy;
  const v = props.values ?? { title: m.copyOf(event.title), shiftDays: '0' };
  return (
    <EventEditorLayout ctx={ctx} event={event} title={m.title} top={<ErrorSummary ctx={ctx} errors={errors} />}>
      <p class="kern-body">{m.lead}</p>
      <Form ctx={ctx} action={`${editorEventPath(event.id)}/kopieren`} submissionId={props.submissionId}>
        <TextField name="title" label={m.newTitle} value={valueFor(v, 'title')} error={errorFor(errors, 'title')} maxLength={200} />
        <TextField
          name="shiftDays"
          label={m.shiftDays}
          hint={m.shiftHint}
          value={valueFor(v, 'shiftDays')}
          error={errorFor(errors, 'shiftDays')}
          width="short"
          maxLength={5}
        />
        <Button>{m.submit}</Button>
      </Form>
    </EventEditorLayout>
  );
}
