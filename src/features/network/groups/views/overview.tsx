import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDate } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { NotificationBanner, SummaryList, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorMessage, ErrorSummary, Form, TextArea, errorFor, fieldId, valueFor } from '../../../../platform/views/components/form.tsx';
import { groupPath, threadPath } from '../../core/paths.ts';
import type { GroupRow } from '../../core/repository.ts';
import { canReadGroupContent, isOwner, type GroupStanding } from '../../core/rules.ts';
import { GroupLayout, groupSectionPath } from '../../core/views/group-layout.tsx';
import type { GroupOverview } from '../service.ts';

export interface OverviewProps {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  overview: GroupOverview;
  /** where the login link leads back from */
  loginHref: string;
  notice?: string | undefined;
  errors?: FieldError[];
  values?: FormValues;
}

/** What the viewer can do here: join, ask, answer an invitation, withdraw, leave. */
function JoinActions(props: OverviewProps) {
  const { ctx, group, overview, errors } = props;
  const m = ctx.t.networkGroups.join;
  const place = overview.place;
  const at = (page: string) => groupPath(group.slug, page);
  if (!ctx.user) {
    return (
      <>
        <p class="kern-body">{m.loginHint}</p>
        <ButtonLink href={props.loginHref}>{m.login}</ButtonLink>
      </>
    );
  }
  if (place?.status === 'active') {
    return (
      <>
        <p class="kern-body">{m.member(ctx.t.network.roles[place.role])}</p>
        <div class="dk-actions">
          {isOwner(props.standing) ? (
            <ButtonLink href={at('bearbeiten')} variant="secondary">
              {ctx.t.networkGroups.overview.settings}
            </ButtonLink>
          ) : null}
          <Form ctx={ctx} action={at('verlassen')} class="dk-inline-form">
            <Button variant="tertiary">{m.leave}</Button>
          </Form>
        </div>
      </>
    );
  }
  if (place?.status === 'requested') {
    return (
      <>
        <p class="kern-body">{m.requested(formatDate(ctx.locale, place.createdAt))}</p>
        <Form ctx={ctx} action={at('anfrage-zurueckziehen')}>
          <Button variant="secondary">{m.withdraw}</Button>
        </Form>
      </>
    );
  }
  if (place?.status === 'invited') {
    return (
      <>
        <p class="kern-body">{m.invited}</p>
        <div class="dk-actions">
          <Form ctx={ctx} action={at('einladung/annehmen')} class="dk-inline-form">
            <Button>{m.accept}</Button>
          </Form>
          <Form ctx={ctx} action={at('einladung/ablehnen')} class="dk-inline-form">
            <Button variant="secondary">{m.decline}</Button>
          </Form>
        </div>
      </>
    );
  }
  if (group.joinPolicy === 'invitation') return <p class="kern-body">{m.invitationOnly}</p>;
  if (group.joinPolicy === 'open') {
    return (
      <>
        <p class="kern-body">{m.openLead}</p>
        <Form ctx={ctx} action={at('beitreten')}>
          <Button>{m.join}</Button>
        </Form>
      </>
    );
  }
  return (
    <>
      <p class="kern-body">{m.requestLead}</p>
      <Form ctx={ctx} action={at('beitreten')}>
        <TextArea
          name="message"
          label={m.message}
          hint={m.messageHint}
          rows={4}
          maxLength={1_000}
          value={valueFor(props.values, 'message')}
          error={errorFor(errors, 'message')}
        />
        <Button>{m.request}</Button>
      </Form>
    </>
  );
}

export function GroupOverviewPage(props: OverviewProps) {
  const { ctx, group, overview } = props;
  const m = ctx.t.networkGroups.overview;
  const n = ctx.t.network;
  const readable = canReadGroupContent(group, props.standing);
  const fields = overview.fields.filter((f) => group.fieldsOfAction.includes(f.slug));
  const leaveError = errorFor(props.errors, 'leave');
  return (
    <GroupLayout
      ctx={ctx}
      group={group}
      standing={props.standing}
      title={group.name}
      section="overview"
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <p class="kern-body kern-body--large">{group.summary}</p>
      {readable && group.pinnedInfo ? (
        <NotificationBanner ctx={ctx} variant="info" title={m.pinned}>
          <Markdown text={group.pinnedInfo} headingLevel={2} idPrefix="angepinnt" />
        </NotificationBanner>
      ) : null}
      <section aria-labelledby="join-title">
        <h2 class="kern-heading-medium" id="join-title">
          {ctx.t.networkGroups.join.title}
        </h2>
        {leaveError ? <ErrorMessage id={fieldId('leave')}>{leaveError}</ErrorMessage> : null}
        <JoinActions {...props} />
      </section>
      <section aria-labelledby="about-title">
        <h2 class="kern-heading-large" id="about-title">
          {m.about}
        </h2>
        {group.description ? <Markdown text={group.description} headingLevel={2} idPrefix="beschreibung" /> : <p class="kern-body">{m.noDescription}</p>}
      </section>
      <section aria-labelledby="facts-title">
        <h2 class="kern-heading-large" id="facts-title">
          {m.facts}
        </h2>
        <SummaryList
          ctx={ctx}
          rows={[
            { key: m.visibility, value: n.visibilities[group.visibility] },
            { key: m.joining, value: n.joinPolicies[group.joinPolicy] },
            ...(overview.regionName ? [{ key: m.region, value: overview.regionName }] : []),
            ...(group.programme ? [{ key: m.programme, value: group.programme }] : []),
            ...(fields.length > 0
              ? [
                  {
                    key: ctx.t.networkGroups.form.fieldsOfAction,
                    value: fields.map((f) => (
                      <>
                        <Tag key={f.slug}>{fieldName(f, ctx.locale)}</Tag>{' '}
                      </>
                    )),
                  },
                ]
              : []),
            { key: m.members, value: n.entry.members(overview.members) },
          ]}
        />
      </section>
      {overview.threads ? (
        <section aria-labelledby="threads-title">
          <h2 class="kern-heading-large" id="threads-title">
            {m.discussions}
          </h2>
          {overview.threads.length === 0 ? (
            <p class="kern-body">{m.noDiscussions}</p>
          ) : (
            <ul class="kern-list">
              {overview.threads.map((thread) => (
                <li key={thread.id}>
                  <a href={threadPath(group.slug, thread.id)}>{thread.title}</a>{' '}
                  <span class="kern-body kern-body--small kern-body--muted">
                    {n.entry.replies(thread.replies)}, {m.lastActivity(formatDate(ctx.locale, thread.lastActivityAt))}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p class="kern-body">
            <a href={groupSectionPath(group.slug, 'discussions')}>{m.allDiscussions}</a>
          </p>
        </section>
      ) : (
        <p class="kern-body">{m.membersOnly}</p>
      )}
    </GroupLayout>
  );
}
