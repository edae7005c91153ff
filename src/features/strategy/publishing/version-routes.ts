import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { comparedNumbers, compareVersions, listVersions } from '../../versions/service.ts';
import { requireWorkbench } from '../core/require-strategy.ts';
import { VERSIONED_FIELDS } from '../core/describe.ts';
import { versionsPath } from './paths.ts';
import { STRATEGY_RECORD_KEY } from './text-versions.ts';
import { StrategyVersionsPage } from './views/versions-page.tsx';

type SlugRoute = { Params: { org: string } };

/** The strategy's versions and the comparison of two (?von=&bis=), for its members and managers. */
export function versionRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<SlugRoute>(versionsPath(':org'), { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireWorkbench(deps.db, request.params.org, request.user);
    const versions = workbench.strategy ? await listVersions(deps.db, STRATEGY_RECORD_KEY, workbench.strategy.id) : [];
    const { from, to } = comparedNumbers(versions, request.query);
    const [older, newer] = [versions.find((v) => v.number === from), versions.find((v) => v.number === to)];
    // a number the strategy lacks is a wrong address
    if (versions.length > 0 && (!older || !newer)) throw notFound();
    const diffs = older && newer ? compareVersions(older, newer, VERSIONED_FIELDS) : [];
    return reply.page(h(StrategyVersionsPage, { ctx: request.view(), workbench, versions, from, to, diffs }));
  });
}
