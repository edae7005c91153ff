import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { parseForm } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { comparedNumbers, compareVersions, listVersions, restoreVersionForm } from '../../versions/service.ts';
import { EDITOR_PATH, editSolutionPath } from '../core/paths.ts';
import { findSolution } from '../core/repository.ts';
import { managesOwner, requireOwnSolution, requireViewableSolution } from './require-solution.ts';
import { restoreSolutionVersion } from './restore-version.ts';
import { SOLUTION_RECORD_KEY, VERSIONED_FIELDS } from './text-versions.ts';
import { VersionsPage } from './views/versions.tsx';

type IdRoute = { Params: { id: string } };

const NOTICES = { restored: true, restoredForReview: true } as const;

/**
 * A solution's versions: its owners' managers compare and restore them; the editors, who review
 * every change, compare them from the review page.
 */
export function versionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  app.get<IdRoute>(editSolutionPath(':id', 'versionen'), guard, async (request, reply) => {
    const user = request.user!;
    const solution = await requireViewableSolution(deps.db, user, request.params.id);
    const versions = await listVersions(deps.db, SOLUTION_RECORD_KEY, solution.id);
    const { from, to } = comparedNumbers(versions, request.query);
    const [older, newer] = [versions.find((v) => v.number === from), versions.find((v) => v.number === to)];
    // a number the solution lacks is a wrong address; a solution saved before versions has none
    if (versions.length > 0 && (!older || !newer)) throw notFound();
    // An editor who also manages the owner organisation works as its owner here.
    const isOwner = await managesOwner(deps.db, user.id, solution);
    const back = isOwner ? editSolutionPath(solution.id) : `${EDITOR_PATH}/${solution.id}`;
    const page = h(VersionsPage, {
      ctx: request.view(),
      solution,
      versions,
      from,
      to,
      diffs: older && newer ? compareVersions(older, newer, VERSIONED_FIELDS) : [],
      canRestore: isOwner,
      back: { href: back, label: solution.title },
      notice: knownNotice(request, NOTICES)?.word,
    });
    return reply.page(page);
  });

  app.post<IdRoute>(editSolutionPath(':id', 'wiederherstellen'), guard, async (request, reply) => {
    const solution = await requireOwnSolution(deps.db, request.user!.id, request.params.id);
    const form = parseForm(restoreVersionForm, request.body, request.t);
    // the buttons send a version number; anything else is a hand-made request
    if (!form.ok) throw badRequest('version');
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const restored = await restoreSolutionVersion(tx, { actor: request.user!, solutionId: solution.id, version: form.data.version });
      return restored.kind === 'restored' ? editSolutionPath(solution.id, 'versionen') : { refused: restored };
    });
    if ('refused' in outcome) throw notFound();
    // a repeated click finds the first one's result: the solution tells whether the editors check it
    const now = await findSolution(deps.db, solution.id);
    const forReview = now?.status === 'in_review' || Boolean(now?.pendingSince);
    return redirectWithNotice(reply, outcome.location, { word: forReview ? 'restoredForReview' : 'restored' });
  });
}
