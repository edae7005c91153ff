import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { newSubmissionId, parseForm } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmission } from '../../../platform/http/submissions.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { checkInRoutes } from './checkin-routes.ts';
import { cancelRegistration } from '../registration/cancel-registration.ts';
import { registerManually } from '../registration/confirm-registration.ts';
import { knownNotice } from '../../../platform/http/notice.ts';
import { EDITOR_PATH } from '../core/paths.ts';
import { listQuestionRows, listWorldCafeRows } from '../core/event-repository.ts';
import { exportRoutes } from './export-routes.ts';
import { sendDateMessage } from './send-message.ts';
import { listConfirmed, listMessageRecipients, listMessages } from './repository.ts';
import { emptyForm, messageForm, personSearchQuery } from './schema.ts';
import { datePath, getDateOfEvent, getRegistrationOfDate, getRegistrationsOverview, registrationsPath, type DateOfEvent } from './service.ts';
import { promoteFromWaitingList } from '../registration/promote-from-waiting-list.ts';
import { parseReference } from '../registration/reference.ts';
import { registrationForm } from '../registration/schema.ts';
import { MessagesPage } from './views/messages.tsx';
import { PrintListPage } from './views/print-list.tsx';
import { ACTION_ANCHORS, RegistrationsPage } from './views/registrations.tsx';

type DateParams = { Params: { id: string; dateId: string } };
type RegistrationParams = { Params: { id: string; dateId: string; registrationId: string } };

const DATE = `${EDITOR_PATH}/:id/termine/:dateId`;

type RegistrationsNotice = keyof Messages['eventOperations']['registrations']['notices'];

/** What was typed, to show the form again; the platform's own fields are left out. */
function typedValues(body: unknown): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (key.startsWith('_')) continue;
    if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) values[key] = value as string | string[];
  }
  return values;
}

/** Redirects (303) to a date's registrations, which confirm the action on `registration` once. */
function backToRegistrations(reply: FastifyReply, pair: DateOfEvent, notice: RegistrationsNotice, registration: { reference: string }): FastifyReply {
  return redirectWithNotice(reply, registrationsPath(pair.event.id, pair.date.id), { word: notice, detail: registration.reference });
}

/** Registrations, sign-in list and messages of a date; exports, check-in and World Café. */
export function operationsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const editors = { preHandler: requirePermission('content:edit') };

  async function registrationsPage(request: FastifyRequest, pair: DateOfEvent, extra: { errors?: FieldError[]; values?: FormValues } = {}) {
    const query = personSearchQuery.parse(request.query ?? {});
    const texts = request.t.eventOperations.registrations.notices;
    const known = knownNotice(request, texts);
    const reference = parseReference(known?.detail);
    const notice = known && reference ? texts[known.word](reference) : undefined;
    const overview = await getRegistrationsOverview(deps.db, pair, query.suche);
    const { date } = pair;
    const manualOpen = !date.cancelledAt && !date.anonymisedAt && date.startsAt.getTime() > Date.now();
    return h(RegistrationsPage, { ctx: request.view(), overview, search: query.suche, notice, manualOpen, errors: extra.errors, values: extra.values });
  }

  app.get<DateParams>(`${DATE}/anmeldungen`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    return reply.page(await registrationsPage(request, pair));
  });

  app.post<DateParams>(`${DATE}/anmeldungen/manuell`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    // The same schema as the public form: the event's own questions decide what is valid.
    const questions = await listQuestionRows(deps.db, pair.event.id);
    const worldCafe = await listWorldCafeRows(deps.db, pair.event.id);
    const schema = registrationForm(
      questions,
      worldCafe.map((q) => q.id),
    );
    const form = parseForm(schema, request.body, request.t);
    const again = async (errors: FieldError[], status: number) =>
      reply.page(await registrationsPage(request, pair, { errors, values: form.ok ? typedValues(request.body) : form.values }), status);
    if (!form.ok) return again(form.errors, 400);
    const m = request.t.eventOperations.registrations.errors;
    const outcome = await registerManually(deps, { dateId: pair.date.id, input: form.data, actor: request.user! });
    // The date was cancelled or began while the form was open.
    if (outcome.kind === 'notFound' || outcome.kind === 'closed') return again([{ field: 'firstName', message: m.closed }], 409);
    if (outcome.kind === 'exists') return again([{ field: 'email', message: m.duplicate }], 409);
    const { registration } = outcome;
    return backToRegistrations(reply, pair, registration.status === 'waiting' ? 'waiting' : 'registered', registration);
  });

  app.post<RegistrationParams>(`${DATE}/anmeldungen/:registrationId/stornieren`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    const registration = await getRegistrationOfDate(deps.db, pair.date.id, request.params.registrationId);
    parseForm(emptyForm, request.body, request.t);
    const outcome = await cancelRegistration(deps, { registrationId: registration.id, actor: request.user! });
    if (!outcome.ok) {
      const m = request.t.eventOperations.registrations.errors;
      const message = outcome.reason === 'alreadyCancelled' ? m.alreadyCancelled : m.anonymised;
      return reply.page(await registrationsPage(request, pair, { errors: [{ field: ACTION_ANCHORS.registrations, message }] }), 409);
    }
    return backToRegistrations(reply, pair, 'cancelled', registration);
  });

  app.post<RegistrationParams>(`${DATE}/anmeldungen/:registrationId/nachruecken`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    const registration = await getRegistrationOfDate(deps.db, pair.date.id, request.params.registrationId);
    parseForm(emptyForm, request.body, request.t);
    const outcome = await promoteFromWaitingList(deps, { registrationId: registration.id, actor: request.user! });
    if (!outcome.ok) {
      const m = request.t.eventOperations.registrations.errors;
      const message = outcome.reason === 'full' ? m.noSeat : m.notWaiting;
      return reply.page(await registrationsPage(request, pair, { errors: [{ field: ACTION_ANCHORS.waitingList, message }] }), 409);
    }
    return backToRegistrations(reply, pair, 'promoted', registration);
  });

  app.get<DateParams>(`${DATE}/teilnehmerliste`, editors, async (request, reply) => {
    const { event, date } = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    return reply.page(h(PrintListPage, { ctx: request.view(), event, date, participants: await listConfirmed(deps.db, date.id) }));
  });

  async function messagesPage(
    request: FastifyRequest,
    pair: DateOfEvent,
    extra: { values?: FormValues; errors?: FieldError[]; submissionId?: string | undefined } = {},
  ) {
    const sent = request.notice?.word === 'sent' ? request.notice.detail : undefined;
    const sentTo = sent !== undefined && /^\d{1,6}$/.test(sent) ? Number(sent) : undefined;
    return h(MessagesPage, {
      ctx: request.view(),
      ...pair,
      recipients: (await listMessageRecipients(deps.db, pair.date.id)).length,
      messages: await listMessages(deps.db, pair.date.id),
      submissionId: extra.submissionId ?? newSubmissionId(),
      sentTo,
      values: extra.values,
      errors: extra.errors,
    });
  }

  app.get<DateParams>(`${DATE}/nachrichten`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    return reply.page(await messagesPage(request, pair));
  });

  app.post<DateParams>(`${DATE}/nachrichten`, editors, async (request, reply) => {
    const pair = await getDateOfEvent(deps.db, request.params.id, request.params.dateId);
    const form = parseForm(messageForm, request.body, request.t);
    if (!form.ok) {
      return reply.page(await messagesPage(request, pair, { values: form.values, errors: form.errors, submissionId: form.submissionId }), 400);
    }
    // A double click or a reload sends the message once: the second submit gets the first's answer.
    // The count travels in the stored answer, so that a repeated submit confirms the same count.
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const { recipients } = await sendDateMessage(tx, { ...pair, actor: request.user!, ...form.data });
      return `${datePath(pair.event.id, pair.date.id)}/nachrichten#${recipients}`;
    });
    const [path, recipients] = location.split('#');
    return redirectWithNotice(reply, path!, { word: 'sent', detail: recipients ?? '' });
  });

  exportRoutes(app, deps);
  checkInRoutes(app, deps);
}
