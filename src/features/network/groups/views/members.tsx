import { formatDate } from '../../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { newSubmissionId, type FieldError, type FormValues } from '../../../../platform/http/form.ts';
import { Card, Table } from '../../../../platform/views/components/content.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import { Button, ErrorSummary, Form, TextArea, TextField, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import { ActionButtonForm, RoleSelectForm } from '../../../../platform/views/components/inline-forms.tsx';
import { groupPath, personPath } from '../../core/paths.ts';
import type { GroupRow } from '../../core/repository.ts';
import { canModerate, isOwner, type GroupStanding } from '../../core/rules.ts';
import { GROUP_ROLES } from '../../core/tables.ts';
import { GroupLayout } from '../../core/views/group-layout.tsx';
import type { MemberListRow, MemberPage } from '../service.ts';

/** The error summary links to the field of the person whose change was refused. */
export const roleFieldName = (userId: string) => `role-${userId}`;
export const reasonFieldName = (userId: string) => `reason-${userId}`;

function PersonName(props: { ctx: ViewContext; member: MemberListRow }) {
  const { ctx, member } = props;
  return (
    <>
      {member.listed ? <a href={personPath(member.userId)}>{member.displayName}</a> : member.displayName}
      {member.userId === ctx.user?.id ? ctx.t.networkGroups.members.you : null}
    </>
  );
}

function RequestAnswer(props: { ctx: ViewContext; base: string; request: MemberListRow; errors: FieldError[] | undefined; values: FormValues | undefined }) {
  const { ctx, base, request, errors } = props;
  const m = ctx.t.networkGroups.members;
  const name = reasonFieldName(request.userId);
  return (
    <>
      <ActionButtonForm
        ctx={ctx}
        action={`${base}/anfragen/${request.userId}/annehmen`}
        submissionId={newSubmissionId()}
        label={m.accept}
        about={request.displayName}
      />
      <Form ctx={ctx} action={`${base}/anfragen/${request.userId}/ablehnen`} submissionId={newSubmissionId()}>
        <TextArea
          name={name}
          submitAs="reason"
          label={`${m.reason}: ${request.displayName}`}
          hint={m.reasonHint}
          rows={3}
          maxLength={500}
          value={valueFor(props.values, name)}
          error={errorFor(errors, name)}
        />
        <Button variant="warning">
          {m.decline}
          <span class="kern-sr-only">: {request.displayName}</span>
        </Button>
      </Form>
    </>
  );
}

export function MembersPageView(props: {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  data: MemberPage;
  notice?: string | undefined;
  errors?: FieldError[];
  values?: FormValues;
}) {
  const { ctx, group, data, errors, standing } = props;
  const m = ctx.t.networkGroups.members;
  const base = groupPath(group.slug);
  const date = (d: Date) => formatDate(ctx.locale, d);
  const leader = canModerate(standing);
  const owner = isOwner(standing);
  const mayRemove = (member: MemberListRow) => member.userId !== ctx.user?.id && (owner || (leader && member.role === 'member'));
  return (
    <GroupLayout
      ctx={ctx}
      group={group}
      standing={standing}
      title={m.title}
      section="members"
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={errors} />}
    >
      <p class="kern-body">{m.count(data.members.length)}</p>
      <Table
        caption={m.title}
        captionHidden
        head={leader ? [m.name, m.role, m.since, m.actions] : [m.name, m.role, m.since]}
        rows={data.members.map((member) => {
          const role = owner ? (
            <RoleSelectForm
              ctx={ctx}
              action={`${base}/mitglieder/${member.userId}/rolle`}
              fieldName={roleFieldName(member.userId)}
              label={m.roleOf(member.displayName)}
              options={GROUP_ROLES.map((role) => ({ value: role, label: ctx.t.network.roles[role] }))}
              selected={member.role}
              error={errorFor(errors, roleFieldName(member.userId))}
              buttonLabel={m.changeRole}
              about={member.displayName}
            />
          ) : (
            ctx.t.network.roles[member.role]
          );
          const cells = [<PersonName ctx={ctx} member={member} />, role, date(member.joinedAt ?? member.createdAt)];
          if (!leader) return cells;
          return [
            ...cells,
            mayRemove(member) ? (
              <ActionButtonForm
                ctx={ctx}
                action={`${base}/mitglieder/${member.userId}/entfernen`}
                label={m.remove}
                about={member.displayName}
                variant="warning"
              />
            ) : (
              ''
            ),
          ];
        })}
      />
      {leader ? (
        <>
          <section aria-labelledby="requests-title">
            <h2 class="kern-heading-large" id="requests-title">
              {m.requestsTitle}
            </h2>
            {data.requests.length === 0 ? (
              <p class="kern-body">{m.noRequests}</p>
            ) : (
              data.requests.map((request) => (
                <Card key={request.userId} title={request.displayName} headingLevel={3} meta={`${m.requestedAt} ${date(request.createdAt)}`}>
                  <PlainText text={request.requestMessage} headingLevel={3} />
                  <RequestAnswer ctx={ctx} base={base} request={request} errors={errors} values={props.values} />
                </Card>
              ))
            )}
          </section>
          <section aria-labelledby="invitations-title">
            <h2 class="kern-heading-large" id="invitations-title">
              {m.invitationsTitle}
            </h2>
            {data.invitations.length === 0 ? (
              <p class="kern-body">{m.noInvitations}</p>
            ) : (
              <Table
                caption={m.invitationsTitle}
                captionHidden
                head={[m.name, m.invitedBy, m.invitedAt, m.actions]}
                rows={data.invitations.map((i) => [
                  i.displayName,
                  i.invitedByName ?? ctx.t.common.none,
                  date(i.createdAt),
                  <ActionButtonForm ctx={ctx} action={`${base}/einladungen/${i.userId}/zuruecknehmen`} label={m.revoke} about={i.displayName} />,
                ])}
              />
            )}
          </section>
          <section aria-labelledby="invite-title">
            <h2 class="kern-heading-large" id="invite-title">
              {m.inviteTitle}
            </h2>
            <p class="kern-body">{m.inviteLead}</p>
            <Form ctx={ctx} action={`${base}/einladungen`} submissionId={newSubmissionId()}>
              <TextField
                name="email"
                label={m.email}
                type="email"
                autocomplete="off"
                spellcheck={false}
                value={valueFor(props.values, 'email')}
                error={errorFor(errors, 'email')}
                maxLength={254}
              />
              <Button>{m.invite}</Button>
            </Form>
          </section>
        </>
      ) : null}
    </GroupLayout>
  );
}
