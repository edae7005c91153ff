import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Notice, Pagination, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { NETWORK_PATH, NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH } from '../../core/paths.ts';
import { notificationNote, notificationPath, notificationSentence } from '../describe.ts';
import { MARK_READ_PATH } from '../paths.ts';
import type { NotificationsPage as PageData } from '../service.ts';

/** /netzwerk/benachrichtigungen: the person's notifications, newest first, the unread ones marked "Neu". */
export function NotificationsPage(props: { ctx: ViewContext; data: PageData; notice: string | undefined }) {
  const { ctx, data } = props;
  const m = ctx.t.networkNotifications;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: NETWORK_PATH, label: ctx.t.common.nav.network }, { label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <Notice ctx={ctx} notice={props.notice} />
      <p class="kern-body">{m.list.lead}</p>
      {data.items.length === 0 ? (
        <p class="kern-body">{m.list.empty}</p>
      ) : (
        <>
          <p class="kern-body">{m.list.unreadCount(data.unread)}</p>
          <ul class="kern-list">
            {data.items.map((item) => {
              const note = notificationNote(ctx.t, item);
              return (
                <li key={item.id}>
                  {item.readAt ? null : <Tag>{m.list.unread}</Tag>} <a href={notificationPath(item)}>{notificationSentence(ctx.t, item)}</a>
                  {note ? (
                    <>
                      <br />
                      {note}
                    </>
                  ) : null}
                  <br />
                  <time datetime={item.createdAt.toISOString()}>{formatDateTime(ctx.locale, item.createdAt)}</time>
                </li>
              );
            })}
          </ul>
          <Pagination ctx={ctx} page={data.page} pages={data.pages} href={(n) => (n === 1 ? NOTIFICATIONS_PATH : `${NOTIFICATIONS_PATH}?seite=${n}`)} />
        </>
      )}
      {data.unread > 0 ? (
        <Form ctx={ctx} action={MARK_READ_PATH}>
          <Button variant="secondary">{m.list.markRead}</Button>
        </Form>
      ) : null}
      <p class="kern-body">
        <a href={NOTIFICATION_SETTINGS_PATH}>{m.list.settings}</a>
      </p>
    </Layout>
  );
}
