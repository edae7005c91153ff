import type { Messages } from '../../../platform/i18n/index.ts';
import { NotificationBanner } from '../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../platform/views/context.ts';
import { LIST_PATH, organisationPath } from '../paths.ts';

export type NoticeKey = keyof Messages['organisations']['notices'];

export function Notice(props: { ctx: ViewContext; notice: NoticeKey | undefined }) {
  if (!props.notice) return null;
  return (
    <NotificationBanner ctx={props.ctx} variant="success">
      <p class="kern-body">{props.ctx.t.organisations.notices[props.notice]}</p>
    </NotificationBanner>
  );
}

export function listCrumb(ctx: ViewContext): Crumb {
  return { href: LIST_PATH, label: ctx.t.organisations.list.title };
}

export function organisationCrumb(organisation: { slug: string; name: string }): Crumb {
  return { href: organisationPath(organisation.slug), label: organisation.name };
}

export function accountCrumb(ctx: ViewContext): Crumb {
  return { href: '/konto', label: ctx.t.common.nav.account };
}

/** Address lines of an organisation, without empty parts. */
export function addressLines(o: { street: string | null; postcode: string | null; town: string | null }): string[] {
  return [o.street ?? '', [o.postcode, o.town].filter(Boolean).join(' ')].filter(Boolean);
}
