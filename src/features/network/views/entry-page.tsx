import type { ComponentChildren } from 'preact';
import type { RecentThread } from '../core/recent-threads-repository.ts';
import { Card } from '../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { formatDate } from '../../../platform/i18n/dates.ts';
import { GROUPS_PATH, NOTIFICATIONS_PATH, PEOPLE_PATH, groupPath, threadPath } from '../core/paths.ts';

export interface EntryGroup {
  slug: string;
  name: string;
  summary: string;
  members: number;
}

export interface EntryEvent {
  href: string;
  title: string;
  /** when and where, already in words */
  meta: string;
  groupName: string;
}

export interface EntryPageProps {
  ctx: ViewContext;
  groups: EntryGroup[];
  myGroups: EntryGroup[];
  threads: RecentThread[];
  events: EntryEvent[];
  unread: number;
}

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 class="kern-heading-large" id={props.id}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/**
 * /netzwerk: what the network is for, its three directories, the groups, the latest discussions
 * the visitor may read and the next events of groups.
 */
export function EntryPage(props: EntryPageProps) {
  const { ctx } = props;
  const m = ctx.t.network.entry;
  return (
    <Layout ctx={ctx} title={ctx.t.network.title}>
      <h1 class="kern-heading-x-large">{ctx.t.network.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      {ctx.user && props.unread > 0 ? (
        <p class="kern-body">
          <a href={NOTIFICATIONS_PATH}>{m.unread(props.unread)}</a>
        </p>
      ) : null}
      <ul class="dk-grid dk-grid--3">
        <li>
          <Card title={m.groupsTitle} href={GROUPS_PATH} headingLevel={2}>
            <p class="kern-body">{m.groupsBody}</p>
          </Card>
        </li>
        <li>
          <Card title={m.peopleTitle} href={PEOPLE_PATH} headingLevel={2}>
            <p class="kern-body">{m.peopleBody}</p>
          </Card>
        </li>
        <li>
          <Card title={m.organisationsTitle} href="/netzwerk/organisationen" headingLevel={2}>
            <p class="kern-body">{m.organisationsBody}</p>
          </Card>
        </li>
      </ul>
      {props.myGroups.length > 0 ? (
        <Section id="meine-gruppen" title={m.myGroupsTitle}>
          <GroupList ctx={ctx} groups={props.myGroups} />
        </Section>
      ) : null}
      <div class="dk-grid">
        <Section id="gruppen" title={m.activeGroupsTitle}>
          <GroupList ctx={ctx} groups={props.groups} />
          <p class="kern-body">
            <a href={GROUPS_PATH}>{m.groupsMore}</a>
          </p>
        </Section>
        <Section id="diskussionen" title={m.discussionsTitle}>
          {props.threads.length === 0 ? (
            <p class="kern-body">{m.discussionsEmpty}</p>
          ) : (
            <ul class="kern-list">
              {props.threads.map((t) => (
                <li key={t.id}>
                  <a href={threadPath(t.groupSlug, t.id)}>{t.title}</a>
                  <br />
                  <span class="kern-body kern-body--small kern-body--muted">
                    {m.inGroup(t.groupName)} · {m.replies(t.replies)} · {formatDate(ctx.locale, t.lastActivityAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      <Section id="veranstaltungen" title={m.eventsTitle}>
        {props.events.length === 0 ? (
          <p class="kern-body">{m.eventsEmpty}</p>
        ) : (
          <ul class="kern-list">
            {props.events.map((e) => (
              <li key={e.href}>
                <a href={e.href}>{e.title}</a>
                <br />
                <span class="kern-body kern-body--small kern-body--muted">
                  {e.meta} · {m.inGroup(e.groupName)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p class="kern-body">
          <a href="/veranstaltungen">{m.eventsMore}</a>
        </p>
      </Section>
      {ctx.user ? null : (
        <Section id="mitmachen" title={m.joinTitle}>
          <p class="kern-body">{m.joinHint}</p>
          <ButtonLink href="/registrieren">{ctx.t.common.nav.signup}</ButtonLink>
        </Section>
      )}
    </Layout>
  );
}

function GroupList(props: { ctx: ViewContext; groups: EntryGroup[] }) {
  const m = props.ctx.t.network.entry;
  return (
    <ul class="kern-list">
      {props.groups.map((g) => (
        <li key={g.slug}>
          <a href={groupPath(g.slug)}>{g.name}</a>
          <br />
          <span class="kern-body kern-body--small kern-body--muted">
            {g.summary} · {m.members(g.members)}
          </span>
        </li>
      ))}
    </ul>
  );
}
