import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm, toValues } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { formatEuro } from '../../../platform/text/money.ts';
import { requireCall } from '../core/require-call.ts';
import { EDITOR_PATH, editorDecisionsPath } from '../core/paths.ts';
import { findCall } from '../core/repository.ts';
import { decideApplication } from './decide-application.ts';
import { decisionsOverview, type DecisionRow, type DecisionsOverview } from './overview.ts';
import { releaseDecisions } from './release-decisions.ts';
import { decisionForm } from './schema.ts';
import { DecidePage } from './views/decide.tsx';
import { DecisionsPage } from './views/decisions.tsx';
import { mailSite } from '../../../platform/mail/site.ts';

type CallRoute = { Params: { id: string } };
type ApplicationRoute = { Params: { id: string; applicationId: string } };

/** An application the jury reviewed, of this call; anything else is 404 here. */
function requireRow(overview: DecisionsOverview, applicationId: string): DecisionRow {
  const row = overview.rows.find((r) => r.subject.id === applicationId);
  if (!row) throw notFound();
  return row;
}

function notice(request: FastifyRequest): string | undefined {
  const texts = request.t.competitionDecisions.notices;
  const word = knownNotice(request, texts)?.word;
  return word ? texts[word] : undefined;
}

/** The editors' decisions on a call's applications and their release to the applicants. */
export function decisionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };
  const site = () => mailSite(deps);

  app.get<CallRoute>(`${EDITOR_PATH}/:id/entscheidungen`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const overview = await decisionsOverview(deps.db, call, new Date());
    return reply.page(h(DecisionsPage, { ctx: request.view(), overview, notice: notice(request) }));
  });

  app.post<CallRoute>(`${EDITOR_PATH}/:id/entscheidungen/freigeben`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const outcome = await releaseDecisions(deps.db, { actor: request.user!, callId: call.id, now: new Date(), site: await site() });
    if (outcome.kind === 'notFound') throw notFound();
    // a second click, or a second editor: released already, as they wanted
    if (outcome.kind === 'released' || outcome.kind === 'alreadyReleased') return redirectWithNotice(reply, editorDecisionsPath(call.id), { word: 'released' });
    const overview = await decisionsOverview(deps.db, (await findCall(deps.db, call.id))!, new Date());
    const errors = [{ field: 'form', message: request.t.competitionDecisions.errors[outcome.kind] }];
    return reply.page(h(DecisionsPage, { ctx: request.view(), overview, errors }), 409);
  });

  app.get<ApplicationRoute>(`${EDITOR_PATH}/:id/entscheidungen/:applicationId`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const overview = await decisionsOverview(deps.db, call, new Date());
    return reply.page(h(DecidePage, { ctx: request.view(), overview, row: requireRow(overview, request.params.applicationId) }));
  });

  app.post<ApplicationRoute>(`${EDITOR_PATH}/:id/entscheidungen/:applicationId`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const overview = await decisionsOverview(deps.db, call, new Date());
    const row = requireRow(overview, request.params.applicationId);
    const form = parseForm(decisionForm, request.body, request.t);
    if (!form.ok) return reply.page(h(DecidePage, { ctx: request.view(), overview, row, values: form.values, errors: form.errors }), 400);
    const outcome = await decideApplication(deps.db, {
      actor: request.user!,
      callId: call.id,
      applicationId: row.subject.id,
      decision: form.data,
      now: new Date(),
    });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'decided') return redirectWithNotice(reply, editorDecisionsPath(call.id), { word: 'decided' });
    // the state may have changed since the page was read: show it as it is now
    const fresh = await decisionsOverview(deps.db, (await findCall(deps.db, call.id))!, new Date());
    const e = request.t.competitionDecisions.errors;
    const errors =
      outcome.kind === 'notDecidable'
        ? [{ field: 'outcome', message: e.notDecidable }]
        : [{ field: 'amount', message: e[outcome.problem](formatEuro(request.locale, outcome.limitCents)) }];
    const values = toValues(request.body as Record<string, unknown>);
    return reply.page(
      h(DecidePage, { ctx: request.view(), overview: fresh, row: requireRow(fresh, row.subject.id), values, errors }),
      outcome.kind === 'notDecidable' ? 409 : 400,
    );
  });
}
