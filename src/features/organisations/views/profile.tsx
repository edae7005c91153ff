import type { OrganisationSection } from '../../../platform/deps.ts';
import type { FieldError } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { SummaryList, Tag, type SummaryRow } from '../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorMessage, ErrorSummary, errorFor, Form } from '../../../platform/views/components/form.tsx';
import { PlainText } from '../../../platform/views/components/plain-text.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { organisationPath } from '../paths.ts';
import type { OrganisationProfile } from '../service.ts';
import { MunicipalitiesSection, relationRows } from './municipal-relations.tsx';
import { addressLines, listCrumb, Notice, type NoticeKey } from './shared.tsx';

/** Join, withdraw or leave: what the signed-in person can do about their own membership. */
function MembershipSection(props: { ctx: ViewContext; profile: OrganisationProfile; leaveError: string | undefined }) {
  const { ctx, profile, leaveError } = props;
  const m = ctx.t.organisations.profile;
  const path = organisationPath(profile.organisation.slug);
  const membership = profile.membership;
  if (!ctx.user) {
    return (
      <p class="kern-body">
        <a href={`/anmelden?weiter=${encodeURIComponent(path)}`}>{m.loginToJoin}</a>
      </p>
    );
  }
  const status = !membership ? undefined : membership.status === 'requested' ? 'requested' : membership.role;
  return (
    <section aria-labelledby="membership-title">
      <h2 class="kern-heading-large" id="membership-title">
        {m.yourMembership}
      </h2>
      {status ? (
        <p class="kern-body">
          {m.yourStatus}: <Tag colour={status === 'requested' ? 'yellow' : 'green'}>{ctx.t.organisations.status[status]}</Tag>
        </p>
      ) : (
        <p class="kern-body">{m.notMember}</p>
      )}
      {!membership ? (
        <Form ctx={ctx} action={`${path}/beitreten`}>
          <p class="kern-hint">{m.joinHint}</p>
          <Button>{m.join}</Button>
        </Form>
      ) : (
        <Form ctx={ctx} action={`${path}/verlassen`}>
          <div id="f-leave" class={leaveError ? 'kern-form-input--error' : undefined} tabindex={-1}>
            {leaveError ? <ErrorMessage id="f-leave-error">{leaveError}</ErrorMessage> : null}
            <Button variant={membership.status === 'requested' ? 'secondary' : 'warning'}>{membership.status === 'requested' ? m.withdraw : m.leave}</Button>
          </div>
        </Form>
      )}
    </section>
  );
}

/** A list another feature keeps on the profile, e.g. the funded projects. */
function FeatureSection(props: { section: OrganisationSection; index: number }) {
  const { section } = props;
  const id = `section-${props.index}`;
  return (
    <section aria-labelledby={id}>
      <h2 class="kern-heading-large" id={id}>
        {section.title}
      </h2>
      <ul class="kern-list">
        {section.items.map((item, i) => (
          <li key={i}>
            {item.href ? <a href={item.href}>{item.title}</a> : item.title}
            <br />
            <span class="kern-body kern-body--small kern-body--muted">{item.meta}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OrganisationProfilePage(props: {
  ctx: ViewContext;
  profile: OrganisationProfile;
  sections: OrganisationSection[];
  notice?: NoticeKey | undefined;
  errors?: FieldError[];
}) {
  const { ctx, profile } = props;
  const { organisation: o } = profile;
  const m = ctx.t.organisations.profile;
  const f = ctx.t.organisations.fields;
  const path = organisationPath(o.slug);
  const address = addressLines(o);
  const rows: SummaryRow[] = [
    { key: f.type, value: ctx.t.organisations.types[o.type] },
    ...(o.ags ? [{ key: f.ags, value: o.ags }] : []),
    ...(o.amtsschluessel ? [{ key: f.amtsschluessel, value: o.amtsschluessel }] : []),
    ...(o.ars ? [{ key: f.ars, value: o.ars }] : []),
    ...(o.population !== null ? [{ key: f.population, value: o.population.toLocaleString(ctx.locale === 'de' ? 'de-DE' : 'en-GB') }] : []),
    ...relationRows(ctx, profile.relations),
    ...(address.length ? [{ key: f.address, value: address.flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line])) }] : []),
    ...(o.website
      ? [
          {
            key: m.website,
            value: (
              <a href={o.website} rel="noopener">
                {o.website}
                <span class="kern-sr-only"> {m.websiteOf(o.name)}</span>
              </a>
            ),
          },
        ]
      : []),
    { key: m.members, value: ctx.t.organisations.list.members(profile.memberCount) },
  ];
  return (
    <Layout ctx={ctx} title={o.name} breadcrumbs={[listCrumb(ctx), { label: o.name }]}>
      <Notice ctx={ctx} notice={props.notice} />
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="kern-heading-x-large">{o.name}</h1>
      <h2 class="kern-sr-only">{m.details}</h2>
      <SummaryList ctx={ctx} rows={rows} />
      {o.description ? (
        <section aria-labelledby="about-title">
          <h2 class="kern-heading-large" id="about-title">
            {m.about}
          </h2>
          <PlainText text={o.description} headingLevel={3} />
        </section>
      ) : null}
      {profile.relations.members ? <MunicipalitiesSection ctx={ctx} members={profile.relations.members} /> : null}
      {props.sections.map((section, i) => (
        <FeatureSection key={section.title} section={section} index={i} />
      ))}
      <MembershipSection ctx={ctx} profile={profile} leaveError={errorFor(props.errors, 'leave')} />
      {profile.canManage ? (
        <section aria-labelledby="manage-title">
          <h2 class="kern-heading-large" id="manage-title">
            {m.manage}
          </h2>
          <div class="dk-actions">
            <ButtonLink href={`${path}/bearbeiten`} variant="secondary">
              {m.edit}
            </ButtonLink>
            <ButtonLink href={`${path}/mitglieder`} variant="secondary">
              {m.manageMembers}
            </ButtonLink>
          </div>
        </section>
      ) : null}
    </Layout>
  );
}
