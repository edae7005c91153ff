import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { isOneClickMultipartBody } from '../../../platform/http/csrf.ts';
import { newSubmissionId, parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH, UNSUBSCRIBE_PATH, unsubscribePath } from '../core/paths.ts';
import type { NotificationFrequency } from '../core/tables.ts';
import { markNotificationsRead } from './mark-read.ts';
import { notificationsNotice } from './notices.ts';
import { MARK_READ_PATH } from './paths.ts';
import { saveSettings, type SaveSettingsOutcome } from './save-settings.ts';
import { frequencyField, listQuery, settingsForm } from './schema.ts';
import { describeUnsubscribe, loadGroupSettings, loadNotificationsPage } from './service.ts';
import { unsubscribe } from './unsubscribe.ts';
import { readUnsubscribeToken, type UnsubscribeTarget } from './unsubscribe-token.ts';
import { NotificationsPage } from './views/notifications-page.tsx';
import { SettingsPage } from './views/settings-page.tsx';
import { UnsubscribePage, UnsubscribedPage } from './views/unsubscribe-page.tsx';

type TokenRoute = { Params: { token: string } };

type FormState = { values?: FormValues | undefined; errors?: FieldError[] | undefined; submissionId?: string | undefined };

/**
 * The person's notifications and their choice per group (signed in), and the unsubscribe link
 * of every network mail (no login: the signed token names the person and the group, and
 * anything it does not verify is answered 404 without touching the database).
 */
export function notificationsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  async function showSettings(request: FastifyRequest, reply: FastifyReply, form: FormState = {}, status: 200 | 400 | 409 = 200): Promise<FastifyReply> {
    const page = h(SettingsPage, {
      ctx: request.view(),
      groups: await loadGroupSettings(deps.db, request.user!.id),
      submissionId: form.submissionId ?? newSubmissionId(),
      values: form.values,
      errors: form.errors,
      notice: status === 200 ? notificationsNotice(request) : undefined,
    });
    return reply.page(page, status);
  }

  function requireTarget(token: string): UnsubscribeTarget {
    const target = readUnsubscribeToken(deps.keyring, token);
    if (!target) throw notFound();
    return target;
  }

  app.get(NOTIFICATIONS_PATH, guard, async (request, reply) => {
    const { seite } = listQuery.parse(request.query ?? {});
    const data = await loadNotificationsPage(deps.db, request.user!.id, seite);
    return reply.page(h(NotificationsPage, { ctx: request.view(), data, notice: notificationsNotice(request) }));
  });

  app.post(MARK_READ_PATH, guard, async (request, reply) => {
    await markNotificationsRead(deps.db, { userId: request.user!.id, now: new Date() });
    return redirectWithNotice(reply, NOTIFICATIONS_PATH, { word: 'read' });
  });

  app.get(NOTIFICATION_SETTINGS_PATH, guard, async (request, reply) => showSettings(request, reply));

  app.post(NOTIFICATION_SETTINGS_PATH, guard, async (request, reply) => {
    const form = parseForm(settingsForm, request.body, request.t);
    if (!form.ok) return showSettings(request, reply, form, 400);
    const groups = await loadGroupSettings(deps.db, request.user!.id);
    const missing = groups.filter((g) => form.data[g.groupId] === undefined);
    const values = Object.fromEntries(Object.entries(form.data).map(([groupId, frequency]) => [frequencyField(groupId), frequency]));
    if (missing.length > 0) {
      const errors = missing.map((g) => ({ field: frequencyField(g.groupId), message: request.t.networkNotifications.settings.chooseOne(g.name) }));
      return showSettings(request, reply, { submissionId: form.submissionId, values, errors }, 400);
    }
    // A group the person left in another tab is no longer theirs to choose for: its field is ignored.
    const choices: Record<string, NotificationFrequency> = Object.fromEntries(groups.map((g) => [g.groupId, form.data[g.groupId]!]));
    const outcome = await runOncePerSubmissionUnlessRefused<Exclude<SaveSettingsOutcome, { kind: 'saved' }>>(deps.db, form.submissionId, async (tx) => {
      const result = await saveSettings(tx, { actor: request.user!, choices, now: new Date() });
      return result.kind === 'saved' ? NOTIFICATION_SETTINGS_PATH : { refused: result };
    });
    if ('refused' in outcome) {
      const group = groups.find((g) => g.groupId === outcome.refused.groupId);
      const errors = [{ field: frequencyField(outcome.refused.groupId), message: request.t.networkNotifications.settings.chooseOne(group?.name ?? '') }];
      return showSettings(request, reply, { values, errors }, 409);
    }
    return redirectWithNotice(reply, outcome.location, { word: 'saved' });
  });

  app.get<TokenRoute>(`${UNSUBSCRIBE_PATH}/:token`, async (request, reply) => {
    const target = requireTarget(request.params.token);
    const about = await describeUnsubscribe(deps.db, target);
    if (!about) throw notFound();
    return reply.page(h(UnsubscribePage, { ctx: request.view(), action: unsubscribePath(request.params.token), groupName: about.groupName }));
  });

  // The button on the page above, and mail programs' one-click POST (RFC 8058), which carries
  // no CSRF token: the platform lets exactly that body through on this route (csrf.ts).
  app.post<TokenRoute>(`${UNSUBSCRIBE_PATH}/:token`, { config: { oneClickUnsubscribe: true } }, async (request, reply) => {
    if (request.isMultipart() && !(await isOneClickMultipartBody(request))) throw badRequest('not a one-click unsubscribe');
    const target = requireTarget(request.params.token);
    const about = await describeUnsubscribe(deps.db, target);
    if (!about) throw notFound();
    const outcome = await unsubscribe(deps.db, { target, now: new Date() });
    if (outcome.kind === 'notFound') throw notFound();
    return reply.page(h(UnsubscribedPage, { ctx: request.view(), groupName: about.groupName }));
  });
}
