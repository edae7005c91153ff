import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, errorFor, Form, TextArea, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow } from '../../core/event-repository.ts';
import type { MessageRow } from '../repository.ts';
import { datePath, dateLabel } from '../service.ts';
import { DateSubnav, operationsCrumbs, SuccessNotice } from './shared.tsx';

export interface MessagesPageProps {
  ctx: ViewContext;
  event: EventRow;
  date: EventDate;
  recipients: number;
  messages: MessageRow[];
  submissionId: string;
  sentTo?: number | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

export function MessagesPage(props: MessagesPageProps) {
  const { ctx, event, date, values, errors } = props;
  const m = ctx.t.eventOperations.messages;
  const title = m.pageTitle(event.title, dateLabel(date, ctx.locale, ctx.t));
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={operationsCrumbs(ctx, event, date, ctx.t.eventOperations.subnav.messages)}>
      <SuccessNotice ctx={ctx} text={props.sentTo === undefined ? undefined : m.sent(props.sentTo)} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <DateSubnav ctx={ctx} event={event} date={date} current="messages" />
      <h2 class="kern-heading-large">{m.title}</h2>
      {props.recipients === 0 ? (
        <p class="kern-body">{m.noRecipients}</p>
      ) : (
        <>
          <p class="kern-body">{m.lead(props.recipients)}</p>
          <Form ctx={ctx} action={`${datePath(event.id, date.id)}/nachrichten`} submissionId={props.submissionId}>
            <TextField name="subject" label={m.subject} value={valueFor(values, 'subject')} error={errorFor(errors, 'subject')} maxLength={150} />
            <TextArea name="body" label={m.body} hint={m.bodyHint} rows={10} value={valueFor(values, 'body')} error={errorFor(errors, 'body')} />
            <Button>{m.submit}</Button>
          </Form>
        </>
      )}
      <h2 class="kern-heading-large">{m.sentHeading}</h2>
      {props.messages.length === 0 ? (
        <p class="kern-body">{m.sentEmpty}</p>
      ) : (
        <Table
          caption={m.sentHeading}
          captionHidden
          id="sent-messages"
          head={[m.columns.sentAt, m.columns.subject, m.columns.recipients, m.columns.sentBy]}
          numeric={[2]}
          rows={props.messages.map((message) => [
            formatDateTime(ctx.locale, message.sentAt),
            message.subject,
            String(message.recipientCount),
            message.sentByName ?? ctx.t.common.none,
          ])}
        />
      )}
    </Layout>
  );
}
