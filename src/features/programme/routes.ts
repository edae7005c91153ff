import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { sendExport } from '../../platform/exports/send.ts';
import { dashboardExport } from './export-table.ts';
import { DASHBOARD_PATH, exportPath, KREISE_PATH } from './paths.ts';
import { dashboardQuery, kreiseQuery, type DashboardQuery } from './schema.ts';
import { getKreisOverview, getProgrammeDashboard } from './service.ts';
import { DashboardPage } from './views/dashboard-page.tsx';
import { KreisePage } from './views/kreise-page.tsx';

const guard = { preHandler: requirePermission('programme:dashboard') };

function dashboardOptions(q: DashboardQuery) {
  return { filter: { kreis: q.kreis, type: q.typ }, sort: q.sortierung, direction: q.richtung, now: new Date() };
}

export function programmeRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get(DASHBOARD_PATH, guard, async (request, reply) => {
    const q = dashboardQuery.parse(request.query);
    const dashboard = await getProgrammeDashboard(deps.db, dashboardOptions(q));
    return reply.page(h(DashboardPage, { ctx: request.view(), dashboard, sort: q.sortierung, direction: q.richtung }));
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(exportPath(format), guard, async (request, reply) => {
      const q = dashboardQuery.parse(request.query);
      const dashboard = await getProgrammeDashboard(deps.db, dashboardOptions(q));
      return sendExport(reply, dashboardExport(dashboard.journeys, request.t, request.locale), format, request.t.programme.export.fileName);
    });
  }

  app.get(KREISE_PATH, guard, async (request, reply) => {
    const q = kreiseQuery.parse(request.query);
    const kreise = await getKreisOverview(deps.db, { type: q.typ, now: new Date() });
    return reply.page(h(KreisePage, { ctx: request.view(), kreise, type: q.typ }));
  });
}
