import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { parseForm } from '../../../platform/http/form.ts';
import { checkIn, undoCheckIn } from './check-in.ts';
import { EDITOR_PATH } from '../core/paths.ts';
import { countRegistrations, findRegistrationOfDate, listConfirmed } from './repository.ts';
import { checkInForm, personSearchQuery } from './schema.ts';
import { datePath, getDateOfEvent, type DateOfEvent } from './service.ts';
import { CheckInPage, type CheckInPageProps } from './views/checkin.tsx';
import { personName } from './views/shared.tsx';
import { isUuid } from '../../../platform/text/uuid.ts';

type DateParams = { Params: { id: string; dateId: string } };
type PersonParams = { Params: { id: string; dateId: string; registrationId: string } };

function checkInPath(pair: DateOfEvent, search: string | undefined, notice?: { word: string; registrationId: string }): string {
  const query = new URLSearchParams();
  if (search) query.set('suche', search);
  if (notice) {
    query.set('hinweis', notice.word);
    query.set('person', notice.registrationId);
  }
  const q = query.toString();
  return `${datePath(pair.event.id, pair.date.id)}/einlass${q ? `?${q}` : ''}${notice ? `#p-${notice.registrationId}` : ''}`;
}

/** The staff page at the door: find a confirmed participant and mark them present. */
export function checkInRoutes(app: FastifyInstance, deps: AppDeps): void {
  const editors = { preHandler: requirePermission('content:edit') };

  async function pageProps(request: FastifyRequest, pair: DateOfEvent): Promise<CheckInPageProps> {
    const query = personSearchQuery.parse(request.query ?? {});
    const m = request.t.eventOperations.checkIn;
    const person = query.person && isUuid(query.person) ? await findRegistrationOfDate(deps.db, pair.date.id, query.person) : undefined;
    const notices: Record<string, (name: string) => string> = { eingecheckt: m.checkedIn, zurueckgenommen: m.undone };
    const notice = person && query.hinweis ? notices[query.hinweis]?.(personName(person)) : undefined;
    const counts = await countRegistrations(deps.db, pair.date.id);
    return {
      ctx: request.view(),
      ...pair,
      participants: await listConfirmed(deps.db, pair.date.id, query.suche),
      search: query.suche,
      confirmed: counts.confirmed,
      checkedIn: counts.checkedIn,
      notice,
      problem: person && query.hinweis === 'abgelehnt' ? m.notConfirmed : undefined,
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
    const outcome = await checkIn(deps.db, { dateId: pair.date.id, registrationId: request.params.registrationId, actor: request.user!, now: new Date() });
    if (!outcome.ok) {
      return reply.redirect(checkInPath(pair, search, { word: 'abgelehnt', registrationId: outcome.registration.id }), 303);
    }
    return reply.redirect(checkInPath(pair, search, { word: 'eingecheckt', registrationId: outcome.registration.id }), 303);
  });

  app.post<PersonParams>(`${EDITOR_PATH}/:id/termine/:dateId/einlass/:registrationId/rueckgaengig`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    const form = parseForm(checkInForm, request.body, request.t);
    const search = form.ok ? form.data.suche : undefined;
    const registration = await undoCheckIn(deps.db, { dateId: pair.date.id, registrationId: request.params.registrationId, actor: request.user! });
    return reply.redirect(checkInPath(pair, search, { word: 'zurueckgenommen', registrationId: registration.id }), 303);
  });
}
