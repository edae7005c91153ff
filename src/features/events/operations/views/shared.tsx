import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { EDITOR_PATH, editorEventPath } from '../../core/paths.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow } from '../../core/event-repository.ts';
import { datePath, dateLabel } from '../service.ts';

/** Verwaltung › Veranstaltungen › the event (› the date): the trail above every operations page. */
export function operationsCrumbs(ctx: ViewContext, event: EventRow, date: EventDate | undefined, page: string): Crumb[] {
  return [
    { href: '/verwaltung', label: ctx.t.admin.title },
    { href: EDITOR_PATH, label: ctx.t.eventOperations.breadcrumbEditor },
    { href: editorEventPath(event.id), label: event.title },
    ...(date ? [{ href: `${datePath(event.id, date.id)}/anmeldungen`, label: dateLabel(date, ctx.locale, ctx.t) }] : []),
    { label: page },
  ];
}

export type DateSection = 'registrations' | 'messages' | 'checkIn';

const SECTION_PATHS: Record<DateSection, string> = { registrations: 'anmeldungen', messages: 'nachrichten', checkIn: 'einlass' };

/** Links between the pages of one date; the current one is marked for screen readers too. */
export function DateSubnav(props: { ctx: ViewContext; event: EventRow; date: EventDate; current: DateSection }) {
  const m = props.ctx.t.eventOperations.subnav;
  const base = datePath(props.event.id, props.date.id);
  return (
    <nav class="dk-subnav" aria-label={m.label}>
      <ul class="dk-subnav__list">
        {(Object.keys(SECTION_PATHS) as DateSection[]).map((section) => (
          <li key={section}>
            <a class="dk-subnav__link" href={`${base}/${SECTION_PATHS[section]}`} aria-current={section === props.current ? 'page' : undefined}>
              {m[section]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A confirmation after a redirect; the text is built by the page from the catalogue. */
export function SuccessNotice(props: { ctx: ViewContext; text: string | undefined }) {
  if (!props.text) return null;
  return (
    <NotificationBanner ctx={props.ctx} variant="success">
      <p class="kern-body">{props.text}</p>
    </NotificationBanner>
  );
}

/** "Erika Mustermann": how a registration is named in lists and button labels. */
export function personName(r: { firstName: string; lastName: string }): string {
  return `${r.firstName} ${r.lastName}`.trim();
}
