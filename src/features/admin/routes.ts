import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { auditLabels } from '../../platform/audit/labels.ts';
import { countAuditEntries, listAuditActions, listAuditEntries, listAuditSubjectTypes } from '../../platform/audit/repository.ts';
import { requirePermission } from '../../platform/auth/guards.ts';
import { hasPermission } from '../../platform/auth/policy.ts';
import { findUserById } from '../../platform/auth/user-repository.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { forbidden, notFound } from '../../platform/http/errors.ts';
import { redirectWithNotice } from '../../platform/http/notice.ts';
import { parseForm } from '../../platform/http/form.ts';
import { fieldName, listFieldsOfAction } from '../../platform/taxonomy/fields-of-action.ts';
import { berlinToUtc, shiftBerlinDays } from '../../platform/time/berlin-time.ts';
import { deleteOrganisation, getOrganisationById, listOrganisationsForAdmin } from '../organisations/service.ts';
import { changeUserRole, setUserDisabled } from './manage-users.ts';
import { countUsers, listUsers, readStats } from './repository.ts';
import { auditQuery, disableForm, organisationListQuery, roleForm, settingsForm, userListQuery } from './schema.ts';
import { AdminHomePage } from './views/admin-home.tsx';
import { AuditLogPage } from './views/audit.tsx';
import { OrganisationAdminList, OrganisationDeletePage } from './views/organisations.tsx';
import { SettingsPage } from './views/settings.tsx';
import { UserDetailPage, UserListPage } from './views/users.tsx';
import { isUuid } from '../../platform/text/uuid.ts';

const PAGE_SIZE = 25;

function pages(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function adminRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/verwaltung', { preHandler: requirePermission('admin:access') }, async (request, reply) => {
    const stats = hasPermission(request.user, 'admin:users') ? await readStats(deps.db) : undefined;
    return reply.page(h(AdminHomePage, { ctx: request.view(), stats, featureLinks: deps.adminLinks }));
  });

  // --- users ---------------------------------------------------------------------------
  const canManageUsers = requirePermission('admin:users');

  app.get('/verwaltung/nutzer', { preHandler: canManageUsers }, async (request, reply) => {
    const q = userListQuery.parse(request.query);
    const filter = { query: q.q || undefined, role: q.rolle, status: q.status };
    const total = await countUsers(deps.db, filter);
    const page = Math.min(q.seite, pages(total));
    const users = await listUsers(deps.db, filter, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    return reply.page(h(UserListPage, { ctx: request.view(), users, total, filter, page, pages: pages(total) }));
  });

  app.get<{ Params: { id: string } }>('/verwaltung/nutzer/:id', { preHandler: canManageUsers }, async (request, reply) => {
    if (!isUuid(request.params.id)) throw notFound();
    const user = await findUserById(deps.db, request.params.id);
    if (!user || user.deletedAt) throw notFound();
    const r = request.notice?.word;
    const message = r === 'saved' || r === 'lastAdmin' || r === 'notSelf' ? r : undefined;
    return reply.page(h(UserDetailPage, { ctx: request.view(), user, message }), message && message !== 'saved' ? 409 : 200);
  });

  app.post<{ Params: { id: string } }>('/verwaltung/nutzer/:id/rolle', { preHandler: canManageUsers }, async (request, reply) => {
    if (!isUuid(request.params.id)) throw notFound();
    const form = parseForm(roleForm, request.body, request.t);
    if (!form.ok) return reply.redirect(`/verwaltung/nutzer/${request.params.id}`, 303);
    const result = await changeUserRole(deps.db, request.user!, request.params.id, form.data.role);
    return redirectWithNotice(reply, `/verwaltung/nutzer/${request.params.id}`, { word: result === 'ok' ? 'saved' : result });
  });

  app.post<{ Params: { id: string } }>('/verwaltung/nutzer/:id/sperre', { preHandler: canManageUsers }, async (request, reply) => {
    if (!isUuid(request.params.id)) throw notFound();
    const form = parseForm(disableForm, request.body, request.t);
    if (!form.ok) return reply.redirect(`/verwaltung/nutzer/${request.params.id}`, 303);
    const result = await setUserDisabled(deps.db, request.user!, request.params.id, form.data.disabled === '1');
    return redirectWithNotice(reply, `/verwaltung/nutzer/${request.params.id}`, { word: result === 'ok' ? 'saved' : result });
  });

  // --- organisations: editing happens on the organisation's own pages, open to admins ---
  const canManageOrganisations = requirePermission('admin:organisations');

  app.get('/verwaltung/organisationen', { preHandler: canManageOrganisations }, async (request, reply) => {
    const q = organisationListQuery.parse(request.query);
    const result = await listOrganisationsForAdmin(deps.db, { query: q.q || undefined, page: q.seite });
    return reply.page(h(OrganisationAdminList, { ctx: request.view(), result, query: q.q ?? '', deleted: request.notice?.word === 'deleted' }));
  });

  app.get<{ Params: { id: string } }>('/verwaltung/organisationen/:id/loeschen', { preHandler: canManageOrganisations }, async (request, reply) => {
    if (!isUuid(request.params.id)) throw notFound();
    const organisation = await getOrganisationById(deps.db, request.params.id);
    if (!organisation) throw notFound();
    return reply.page(h(OrganisationDeletePage, { ctx: request.view(), organisation }));
  });

  app.post<{ Params: { id: string } }>('/verwaltung/organisationen/:id/loeschen', { preHandler: canManageOrganisations }, async (request, reply) => {
    if (!isUuid(request.params.id)) throw notFound();
    // A repeated submit finds nothing to delete ('notFound') and lands on the same list.
    const outcome = await deleteOrganisation(deps, { actor: request.user!, organisationId: request.params.id });
    if (outcome === 'notAllowed') throw forbidden();
    return redirectWithNotice(reply, '/verwaltung/organisationen', { word: 'deleted' });
  });

  // --- audit log -------------------------------------------------------------------------
  app.get('/verwaltung/protokoll', { preHandler: requirePermission('admin:audit') }, async (request, reply) => {
    const q = auditQuery.parse(request.query);
    // The days are Berlin days, as the times in the list are.
    const filter = {
      actor: q.wer || undefined,
      action: q.aktion || undefined,
      subjectType: q.betrifft || undefined,
      from: q.von ? berlinToUtc(q.von, '00:00') : undefined,
      to: q.bis ? new Date(shiftBerlinDays(berlinToUtc(q.bis, '00:00'), 1).getTime() - 1) : undefined,
    };
    const total = await countAuditEntries(deps.db, filter);
    const page = Math.min(q.seite, pages(total));
    const entries = await listAuditEntries(deps.db, filter, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    const ctx = request.view();
    const fields = await listFieldsOfAction(deps.db);
    const labels = auditLabels({
      t: ctx.t,
      locale: ctx.locale,
      databaseValues: { fieldsOfAction: Object.fromEntries(fields.map((f) => [f.slug, fieldName(f, ctx.locale)])) },
    });
    return reply.page(
      h(AuditLogPage, {
        ctx,
        labels,
        entries,
        total,
        actions: await listAuditActions(deps.db),
        subjectTypes: await listAuditSubjectTypes(deps.db),
        filter: { wer: q.wer, aktion: q.aktion, betrifft: q.betrifft, von: q.von, bis: q.bis },
        page,
        pages: pages(total),
        personalDataDays: deps.config.auditPersonalDataDays,
      }),
    );
  });

  // --- settings --------------------------------------------------------------------------
  const canEditSettings = requirePermission('admin:settings');

  app.get('/verwaltung/einstellungen', { preHandler: canEditSettings }, async (request, reply) => {
    const s = await deps.settings.get();
    const values = { siteName: s.siteName, contactEmail: s.contactEmail, ...(s.demo ? { demo: '1' } : {}) };
    return reply.page(h(SettingsPage, { ctx: request.view(), values, saved: request.notice?.word === 'saved' }));
  });

  app.post('/verwaltung/einstellungen', { preHandler: canEditSettings }, async (request, reply) => {
    const form = parseForm(settingsForm, request.body, request.t);
    if (!form.ok) return reply.page(h(SettingsPage, { ctx: request.view(), values: form.values, errors: form.errors }), 400);
    const before = await deps.settings.get();
    await deps.db.transaction(async (tx) => {
      const after = await deps.settings.update(form.data, tx);
      await recordAudit(tx, request.user, 'settings.update', { type: 'settings', id: 'site' }, before, after);
    });
    return redirectWithNotice(reply, '/verwaltung/einstellungen', { word: 'saved' });
  });
}
