import type { Messages } from '../../../platform/i18n/index.ts';
import { NotificationBanner } from '../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../platform/views/context.ts';
import { organisationPath } from '../service.ts';

export type NoticeKey = keyof Messages['organisations']['notices'];

/** The German words that name each confirmation in `?hinweis=` after a redirect. */
const NOTICE_WORDS: Record<NoticeKey, string> = {
  created: 'angelegt',
  saved: 'gespeichert',
  requested: 'angefragt',
  left: 'verlassen',
  withdrawn: 'zurueckgezogen',
  accepted: 'angenommen',
  declined: 'abgelehnt',
  roleChanged: 'rolle-geaendert',
  removed: 'entfernt',
  invited: 'eingeladen',
  invitedWithoutMail: 'eingeladen-ohne-e-mail',
  revoked: 'zurueckgenommen',
  invitationAccepted: 'beigetreten',
  invitationDeclined: 'einladung-abgelehnt',
};

/** `path` with a confirmation for its page to show. */
export function withNotice(path: string, notice: NoticeKey): string {
  return `${path}?hinweis=${NOTICE_WORDS[notice]}`;
}

/** The confirmation named in `?hinweis=`; anything else shows nothing. */
export function parseNotice(value: unknown): NoticeKey | undefined {
  return (Object.keys(NOTICE_WORDS) as NoticeKey[]).find((key) => NOTICE_WORDS[key] === value);
}

export function Notice(props: { ctx: ViewContext; notice: NoticeKey | undefined }) {
  if (!props.notice) return null;
  return (
    <NotificationBanner ctx={props.ctx} variant="success">
      <p class="dk-body">{props.ctx.t.organisations.notices[props.notice]}</p>
    </NotificationBanner>
  );
}

export const LIST_PATH = '/netzwerk/organisationen';

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
