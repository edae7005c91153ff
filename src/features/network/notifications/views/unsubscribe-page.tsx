import { Button, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { MessagePage } from '../../../../platform/views/message-page.tsx';
import { NOTIFICATION_SETTINGS_PATH } from '../../core/paths.ts';

/** The page of an unsubscribe link: what the mails are about and one button; no login needed. */
export function UnsubscribePage(props: { ctx: ViewContext; action: string; groupName: string | undefined }) {
  const { ctx } = props;
  const m = ctx.t.networkNotifications.unsubscribe;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{props.groupName === undefined ? m.all : m.group(props.groupName)}</p>
      <p class="kern-body">{m.hint}</p>
      <Form ctx={ctx} action={props.action}>
        <Button>{props.groupName === undefined ? m.buttonAll : m.button}</Button>
      </Form>
    </Layout>
  );
}

/** After unsubscribing: the confirmation and the way to the settings (they ask for a login). */
export function UnsubscribedPage(props: { ctx: ViewContext; groupName: string | undefined }) {
  const { ctx } = props;
  const m = ctx.t.networkNotifications.unsubscribe;
  return (
    <MessagePage ctx={ctx} title={m.doneTitle} body={props.groupName === undefined ? m.doneAll : m.doneGroup(props.groupName)} variant="success">
      <p class="kern-body">
        <a href={NOTIFICATION_SETTINGS_PATH}>{m.settingsLink}</a>
      </p>
    </MessagePage>
  );
}
