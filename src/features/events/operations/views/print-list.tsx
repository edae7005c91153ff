import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { formatPlace } from '../../core/places.ts';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow } from '../../core/event-repository.ts';
import type { RegistrationRow } from '../repository.ts';
import { dateLabel, registrationsPath } from '../service.ts';
import { formatDateRange } from '../../registration/format.ts';
import { operationsCrumbs } from './shared.tsx';

/** The A4 sign-in list: one row per confirmed participant, with room for a signature. */
export function PrintListPage(props: { ctx: ViewContext; event: EventRow; date: EventDate; participants: RegistrationRow[] }) {
  const { ctx, event, date, participants } = props;
  const m = ctx.t.eventOperations.printList;
  const label = dateLabel(date, ctx.locale, ctx.t);
  return (
    <Layout ctx={ctx} title={m.pageTitle(event.title, label)} breadcrumbs={operationsCrumbs(ctx, event, date, m.title)} pageStylesheet="print-list.css">
      <div class="dk-sign-in-intro">
        <p class="kern-body">{m.lead}</p>
        <p class="kern-body">
          <a href={registrationsPath(event.id, date.id)}>{m.back}</a>
        </p>
      </div>
      <h1 class="kern-heading-large dk-sign-in-title">{event.title}</h1>
      <p class="kern-body dk-sign-in-meta">
        {formatDateRange(ctx.locale, ctx.t, date)}
        <br />
        {formatPlace(date, ctx.t)}
      </p>
      {participants.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        // Scrolls on a narrow screen; keyboard users must be able to reach and scroll it.
        <div class="kern-table-responsive" tabindex={0} role="region" aria-labelledby="sign-in-caption">
          <table class="dk-sign-in">
            <caption class="dk-sign-in__caption" id="sign-in-caption">
              {m.caption(participants.length)}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="dk-sign-in__number">
                  {m.number}
                </th>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.organisation}</th>
                <th scope="col" class="dk-sign-in__signature">
                  {m.signature}
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p, i) => (
                <tr key={p.id}>
                  <td class="dk-sign-in__number">{i + 1}</td>
                  <td>{`${p.lastName}, ${p.firstName}`}</td>
                  <td>{p.organisation}</td>
                  <td class="dk-sign-in__signature"></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
