import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { checkIn, undoCheckIn } from './check-in.ts';
import { knownNotice } from '../../../platform/http/notice.ts';
import { EDITOR_PATH } from '../core/paths.ts';
import { countRegistrations, findRegistrationOfDate, listConfirmed } from './repository.ts';
import { checkInForm, personSearchQuery } from './schema.ts';
import { datePath, getDateOfEvent, type DateOfEvent } from './service.ts';
import { CheckInPage, type CheckInPageProps } from './views/checkin.tsx';
import { personName } from './views/shared.tsx';
import { isUuid } from '../../../platform/text/uuid.ts';

type DateParams = { Params: { id: string; dateId: string } };
type PersonParams = { Params: { id: string; dateId: string; registrationId: string } };

/** What the check-in page says about the person last tapped, by word. */
function checkInNotices(t: Messages) {
  const m = t.eventOperations.checkIn;
  return { checkedIn: m.checkedIn, undone: m.undone, notConfirmed: m.notConfirmed };
}
type CheckInNotice = keyof ReturnType<typeof checkInNotices>;

/**
 * Redirects (303) to the check-in page with the search staff were looking at, scrolled to the
 * person, and says once what happened to them (the notice's detail is the registration's id).
 */
function backToCheckIn(reply: FastifyReply, pair: DateOfEvent, search: string | undefined, notice: CheckInNotice, registrationId: string): FastifyReply {
  const query = search ? `?${new URLSearchParams({ suche: search }).toString()}` : '';
  return redirectWithNotice(reply, `${datePath(pair.event.id, pair.date.id)}/einlass${query}#p-${registrationId}`, { word: notice, detail: registrationId });
}

/** The staff page at the door: find a confirmed participant and mark them present. */
export function checkInRoutes(app: FastifyInstance, deps: AppDeps): void {
  const editors = { preHandler: requirePermission('content:edit') };

  async function pageProps(request: FastifyRequest, pair: DateOfEvent): Promise<CheckInPageProps> {
    const query = personSearchQuery.parse(request.query ?? {});
    const m = request.t.eventOperations.checkIn;
    const notice = knownNotice(request, checkInNotices(request.t));
    // An id of another date's registration names nobody here, and the page says nothing.
    const person = notice?.detail && isUuid(notice.detail) ? await findRegistrationOfDate(deps.db, pair.date.id, notice.detail) : undefined;
    const counts = await countRegistrations(deps.db, pair.date.id);
    return {
      ctx: request.view(),
      ...pair,
      participants: await listConfirmed(deps.db, pair.date.id, query.suche),
      search: query.suche,
      confirmed: counts.confirmed,
      checkedIn: counts.checkedIn,
      notice: person && notice && notice.word !== 'notConfirmed' ? m[notice.word](personName(person)) : undefined,
      problem: person && notice?.word === 'notConfirmed' ? m.notConfirmed : undefined,
    };
  }

  app.get<DateParams>(`${EDITOR_PATH}/:id/termine/:dateId/einlass`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    return reply.page(h(CheckInPage, await pageProps(request, pair)));
  });

  app.post<PersonParams>(`${EDITOR_PATH}/:id/termine/:dateId/einlass/:registrationId`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    const form = parseForm(checkInForm, request.body, request.t);
    const search = form.ok ? form.data.suche : undefined;
    const outcome = await checkIn(deps, { dateId: pair.date.id, registrationId: request.params.registrationId, actor: request.user!, now: new Date() });
    if (outcome.kind === 'notFound') throw notFound();
    return backToCheckIn(reply, pair, search, outcome.kind, outcome.registration.id);
  });

  app.post<PersonParams>(`${EDITOR_PATH}/:id/termine/:dateId/einlass/:registrationId/rueckgaengig`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    const form = parseForm(checkInForm, request.body, request.t);
    const search = form.ok ? form.data.suche : undefined;
    const outcome = await undoCheckIn(deps, { dateId: pair.date.id, registrationId: request.params.registrationId, actor: request.user! });
    if (outcome.kind === 'notFound') throw notFound();
    return backToCheckIn(reply, pair, search, outcome.kind, outcome.registration.id);
  });
}
