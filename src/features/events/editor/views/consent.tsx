import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Button, ErrorSummary, errorFor, Form, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { EventRow } from '../../core/event-repository.ts';
import { EventEditorLayout, sectionPath, type NoticeKey } from './shared.tsx';

export function ConsentPage(props: { ctx: ViewContext; event: EventRow; notice?: NoticeKey | undefined; values?: FormValues; errors?: FieldError[] }) {
  const { ctx, event, errors } = props;
  const m = ctx.t.events.editor.consent;
  const v = props.values ?? { consentText: event.consentText };
  return (
    <EventEditorLayout ctx={ctx} event={event} title={m.title} section="consent" notice={props.notice} top={<ErrorSummary ctx={ctx} errors={errors} />}>
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">
        <strong>{m.current(event.consentVersion)}</strong>
      </p>
      <Form ctx={ctx} action={sectionPath(event.id, 'consent')}>
        <TextArea name="consentText" label={m.text} value={valueFor(v, 'consentText')} error={errorFor(errors, 'consentText')} rows={10} maxLength={5000} />
        <Button>{ctx.t.common.save}</Button>
      </Form>
    </EventEditorLayout>
  );
}
