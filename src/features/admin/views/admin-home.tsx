import { hasPermission, type Permission } from '../../../platform/auth/policy.ts';
import type { AdminLink } from '../../../platform/deps.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Card, SummaryList } from '../../../platform/views/components/content.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { AdminStats } from '../repository.ts';

const SECTIONS: { key: keyof ViewContext['t']['admin']['sections']; href: string; permission: Permission }[] = [
  { key: 'users', href: '/verwaltung/nutzer', permission: 'admin:users' },
  { key: 'organisations', href: '/verwaltung/organisationen', permission: 'admin:organisations' },
  { key: 'audit', href: '/verwaltung/protokoll', permission: 'admin:audit' },
  { key: 'settings', href: '/verwaltung/einstellungen', permission: 'admin:settings' },
  { key: 'pages', href: '/verwaltung/seiten', permission: 'admin:pages' },
  { key: 'design', href: '/verwaltung/design', permission: 'admin:design' },
];

export function AdminHomePage(props: { ctx: ViewContext; stats: AdminStats | undefined; featureLinks: AdminLink[] }) {
  const { ctx, stats } = props;
  const m = ctx.t.admin;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      {stats ? (
        <>
          <h2 class="kern-heading-large">{m.stats.title}</h2>
          <SummaryList
            ctx={ctx}
            rows={[
              { key: m.stats.users, value: `${stats.users} (${m.stats.unverified}: ${stats.unverified})` },
              { key: m.stats.organisations, value: String(stats.organisations) },
              { key: m.stats.openJobs, value: String(stats.openJobs) },
            ]}
          />
        </>
      ) : null}
      <div class="dk-grid">
        {props.featureLinks
          .filter((l) => hasPermission(ctx.user, l.permission))
          .map((l) => (
            <Card key={l.href} title={l.title(ctx.t)} href={l.href}>
              <p class="kern-body">{l.body(ctx.t)}</p>
            </Card>
          ))}
        {SECTIONS.filter((s) => hasPermission(ctx.user, s.permission)).map((s) => (
          <Card key={s.key} title={m.sections[s.key].title} href={s.href}>
            <p class="kern-body">{m.sections[s.key].body}</p>
          </Card>
        ))}
      </div>
    </Layout>
  );
}
