import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { newSubmissionId, parseForm, type FieldError } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { workbenchPath } from '../core/paths.ts';
import { readProgress } from '../core/progress-repository.ts';
import { requireEditableWorkbench, requireWorkbench, type Workbench } from '../core/require-strategy.ts';
import { canEditStrategy } from '../core/rules.ts';
import { isEmptyStrategy, readStrategyContent } from '../core/content-service.ts';
import { exportRoutes } from './export-routes.ts';
import { publishPath, saveVersionPath, withdrawPath } from './paths.ts';
import { publicRoutes } from './public-routes.ts';
import { publishStrategy } from './publish-strategy.ts';
import { saveStrategyVersion } from './save-strategy-version.ts';
import { buttonForm } from './schema.ts';
import { versionRoutes } from './version-routes.ts';
import { ReviewPage, type ReviewNotice } from './views/review-page.tsx';
import { withdrawStrategy } from './withdraw-strategy.ts';

type SlugRoute = { Params: { org: string } };

const NOTICES: Record<ReviewNotice, true> = { published: true, withdrawn: true, versionSaved: true };

/**
 * Step 6 of the workbench, "Prüfen und veröffentlichen": the whole strategy with what is still
 * missing for its members and managers; its managers publish, withdraw and keep versions. Also
 * registers the versions, the exports and the public page.
 */
export function publishingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  async function showReview(request: FastifyRequest, reply: FastifyReply, workbench: Workbench, errors?: FieldError[]): Promise<FastifyReply> {
    const [content, progress] = await Promise.all([
      readStrategyContent(deps.db, { organisation: workbench.organisation, strategy: workbench.strategy, locale: request.locale }),
      readProgress(deps.db, workbench.strategy?.id),
    ]);
    const submissionIds = canEditStrategy(workbench.access)
      ? { publish: newSubmissionId(), withdraw: newSubmissionId(), version: newSubmissionId() }
      : undefined;
    const page = h(ReviewPage, {
      ctx: request.view(),
      workbench,
      content,
      progress,
      empty: isEmptyStrategy(content),
      submissionIds,
      errors,
      notice: errors ? undefined : knownNotice(request, NOTICES)?.word,
    });
    return reply.page(page, errors ? 400 : 200);
  }

  app.get<SlugRoute>(workbenchPath(':org', 'publish'), guard, async (request, reply) => {
    const workbench = await requireWorkbench(deps.db, request.params.org, request.user);
    return showReview(request, reply, workbench);
  });

  const actor = (request: FastifyRequest) => request.user!;
  const refusals = (request: FastifyRequest) => request.t.strategyPublishing.refusals;

  app.post<SlugRoute>(publishPath(':org'), guard, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, actor(request));
    const form = parseForm(buttonForm, request.body, request.t);
    const outcome = await runOncePerSubmissionUnlessRefused<'empty'>(deps.db, form.submissionId, async (tx) => {
      const published = await publishStrategy(tx, { actor: actor(request), organisation: workbench.organisation });
      return published.kind === 'published' ? workbenchPath(workbench.organisation.slug, 'publish') : { refused: published.kind };
    });
    if ('refused' in outcome) return showReview(request, reply, workbench, [{ field: 'veroeffentlichen', message: refusals(request).empty }]);
    return redirectWithNotice(reply, outcome.location, { word: 'published' });
  });

  app.post<SlugRoute>(withdrawPath(':org'), guard, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, actor(request));
    const form = parseForm(buttonForm, request.body, request.t);
    const outcome = await runOncePerSubmissionUnlessRefused<'notPublished'>(deps.db, form.submissionId, async (tx) => {
      const withdrawn = await withdrawStrategy(tx, { actor: actor(request), organisation: workbench.organisation });
      return withdrawn === 'withdrawn' ? workbenchPath(workbench.organisation.slug, 'publish') : { refused: withdrawn };
    });
    if ('refused' in outcome) return showReview(request, reply, workbench, [{ field: 'veroeffentlichen', message: refusals(request).notPublished }]);
    return redirectWithNotice(reply, outcome.location, { word: 'withdrawn' });
  });

  app.post<SlugRoute>(saveVersionPath(':org'), guard, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, actor(request));
    const form = parseForm(buttonForm, request.body, request.t);
    const outcome = await runOncePerSubmissionUnlessRefused<'empty'>(deps.db, form.submissionId, async (tx) => {
      const saved = await saveStrategyVersion(tx, { actor: actor(request), organisation: workbench.organisation });
      return saved.kind === 'saved' ? workbenchPath(workbench.organisation.slug, 'publish') : { refused: saved.kind };
    });
    if ('refused' in outcome) return showReview(request, reply, workbench, [{ field: 'veroeffentlichen', message: refusals(request).empty }]);
    return redirectWithNotice(reply, outcome.location, { word: 'versionSaved' });
  });

  versionRoutes(app, deps);
  exportRoutes(app, deps);
  publicRoutes(app, deps);
}
