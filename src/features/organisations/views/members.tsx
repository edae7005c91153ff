import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, TextField, valueFor } from '../../../platform/views/components/form.tsx';
import { ActionButtonForm, RoleSelectForm } from '../../../platform/views/components/inline-forms.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { organisationPath } from '../paths.ts';
import type { MemberAdministration, MemberRow } from '../service.ts';
import { MEMBERSHIP_ROLES } from '../tables.ts';
import { listCrumb, Notice, organisationCrumb, type NoticeKey } from './shared.tsx';

/** The error summary links to the role field of the member whose change was refused. */
export const roleFieldName = (userId: string) => `role-${userId}`;

function PersonName(props: { ctx: ViewContext; member: MemberRow }) {
  const { ctx, member } = props;
  return (
    <>
      {member.displayName}
      {member.userId === ctx.user?.id ? ctx.t.organisations.members.forPerson(ctx.t.organisations.members.you) : null}
      <br />
      <span class="kern-body kern-body--small kern-body--muted">{member.email}</span>
    </>
  );
}

export function MembersPage(props: {
  ctx: ViewContext;
  data: MemberAdministration;
  notice?: NoticeKey | undefined;
  errors?: FieldError[];
  inviteValues?: FormValues;
}) {
  const { ctx, data, errors } = props;
  const m = ctx.t.organisations.members;
  const o = data.organisation;
  const base = `${organisationPath(o.slug)}/mitglieder`;
  const date = (d: Date) => formatDate(ctx.locale, d);
  return (
    <Layout ctx={ctx} title={m.title(o.name)} breadcrumbs={[listCrumb(ctx), organisationCrumb(o), { label: m.membersTitle }]}>
      <Notice ctx={ctx} notice={props.notice} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title(o.name)}</h1>

      <h2 class="kern-heading-large">{m.requestsTitle}</h2>
      {data.requests.length === 0 ? (
        <p class="kern-body">{m.noRequests}</p>
      ) : (
        <Table
          caption={m.requestsTitle}
          captionHidden
          head={[m.name, m.requestedAt, m.actions]}
          rows={data.requests.map((r) => [
            <PersonName ctx={ctx} member={r} />,
            date(r.createdAt),
            <div class="dk-actions">
              <ActionButtonForm ctx={ctx} action={`${base}/${r.userId}/annehmen`} label={m.accept} about={r.displayName} />
              <ActionButtonForm ctx={ctx} action={`${base}/${r.userId}/ablehnen`} label={m.decline} about={r.displayName} variant="warning" />
            </div>,
          ])}
        />
      )}

      <h2 class="kern-heading-large">{m.membersTitle}</h2>
      <Table
        caption={m.membersTitle}
        captionHidden
        head={[m.name, m.since, m.role, m.actions]}
        rows={data.members.map((member) => [
          <PersonName ctx={ctx} member={member} />,
          date(member.decidedAt ?? member.createdAt),
          <RoleSelectForm
            ctx={ctx}
            action={`${base}/${member.userId}/rolle`}
            fieldName={roleFieldName(member.userId)}
            label={ctx.t.organisations.members.roleOf(member.displayName)}
            options={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: ctx.t.organisations.roles[role] }))}
            selected={member.role}
            error={errorFor(errors, roleFieldName(member.userId))}
            buttonLabel={ctx.t.organisations.members.changeRole}
            about={member.displayName}
          />,
          <ActionButtonForm ctx={ctx} action={`${base}/${member.userId}/entfernen`} label={m.remove} about={member.displayName} variant="warning" />,
        ])}
      />

      <h2 class="kern-heading-large">{m.invitationsTitle}</h2>
      {data.invitations.length === 0 ? (
        <p class="kern-body">{m.noInvitations}</p>
      ) : (
        <Table
          caption={m.invitationsTitle}
          captionHidden
          head={[m.email, m.role, m.invitedBy, m.invitedAt, m.actions]}
          rows={data.invitations.map((i) => [
            i.email,
            ctx.t.organisations.roles[i.role],
            i.invitedByName ?? ctx.t.common.none,
            date(i.createdAt),
            <ActionButtonForm ctx={ctx} action={`${organisationPath(o.slug)}/einladungen/${i.id}/zuruecknehmen`} label={m.revoke} about={i.email} />,
          ])}
        />
      )}

      <section aria-labelledby="invite-title">
        <h2 class="kern-heading-large" id="invite-title">
          {m.inviteTitle}
        </h2>
        <p class="kern-body">{m.inviteLead}</p>
        <Form ctx={ctx} action={`${organisationPath(o.slug)}/einladungen`}>
          <TextField
            name="email"
            label={m.email}
            type="email"
            autocomplete="off"
            spellcheck={false}
            value={valueFor(props.inviteValues, 'email')}
            error={errorFor(errors, 'email')}
            maxLength={254}
          />
          <Choices
            name="role"
            type="radio"
            label={m.role}
            error={errorFor(errors, 'role')}
            selected={[valueFor(props.inviteValues, 'role') || 'member']}
            options={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: ctx.t.organisations.roles[role] }))}
          />
          <Button>{m.invite}</Button>
        </Form>
      </section>
    </Layout>
  );
}
