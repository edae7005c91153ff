import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Notice } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { GROUPS_PATH, NETWORK_PATH, NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH } from '../../core/paths.ts';
import { NOTIFICATION_FREQUENCIES } from '../../core/tables.ts';
import type { GroupSetting } from '../repository.ts';
import { frequencyField } from '../schema.ts';

/** /netzwerk/benachrichtigungen/einstellungen: one radio group per group, one form, one button. */
export function SettingsPage(props: {
  ctx: ViewContext;
  groups: GroupSetting[];
  submissionId: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  notice?: string | undefined;
}) {
  const { ctx } = props;
  const m = ctx.t.networkNotifications;
  return (
    <Layout
      ctx={ctx}
      title={m.settings.title}
      breadcrumbs={[{ href: NETWORK_PATH, label: ctx.t.common.nav.network }, { href: NOTIFICATIONS_PATH, label: m.title }, { label: m.settings.title }]}
    >
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="kern-heading-x-large">{m.settings.title}</h1>
      <Notice ctx={ctx} notice={props.notice} />
      {props.groups.length === 0 ? (
        <>
          <p class="kern-body">{m.settings.none}</p>
          <p class="kern-body">
            <a href={GROUPS_PATH}>{m.settings.groupsLink}</a>
          </p>
        </>
      ) : (
        <>
          <p class="kern-body">{m.settings.lead}</p>
          <p class="kern-body">{m.settings.digestHint}</p>
          <Form ctx={ctx} action={NOTIFICATION_SETTINGS_PATH} submissionId={props.submissionId}>
            {props.groups.map((group) => {
              const name = frequencyField(group.groupId);
              const chosen = props.values ? valueFor(props.values, name) : group.frequency;
              return (
                <Choices
                  key={group.groupId}
                  type="radio"
                  name={name}
                  label={m.settings.legend(group.name)}
                  options={NOTIFICATION_FREQUENCIES.map((f) => ({ value: f, label: ctx.t.network.frequencies[f] }))}
                  selected={chosen ? [chosen] : []}
                  error={errorFor(props.errors, name)}
                />
              );
            })}
            <Button>{m.settings.submit}</Button>
          </Form>
        </>
      )}
      <p class="kern-body">
        <a href={NOTIFICATIONS_PATH}>{m.settings.back}</a>
      </p>
    </Layout>
  );
}
