import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { moveForm } from '../../../platform/editor/move.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { parseForm } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { requireEditableWorkbench, type Workbench } from '../core/require-strategy.ts';
import { moveStrategyEntry, removeStrategyEntry, type OrderedList } from './ordered-entries.ts';
import { emptyForm } from './schema.ts';

type EntryRoute = { Params: { org: string; id: string } };

/**
 * "Entfernen" and "nach oben/unten" of a hand-ordered list of a step (the goals of step 2, the
 * actors of step 5): `path` is the list's address below the workbench (…/ziele), `requireEntry`
 * finds an entry only in this workbench's strategy (404 otherwise), `back` is the step's page.
 */
export function orderedEntryRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  options: {
    path: string;
    list: OrderedList;
    requireEntry: (workbench: Workbench, id: string) => Promise<{ id: string }>;
    back: (workbench: Workbench) => string;
  },
): void {
  app.post<EntryRoute>(`${options.path}/:id/entfernen`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const entry = await options.requireEntry(workbench, request.params.id);
    const form = parseForm(emptyForm, request.body, request.t);
    const done = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const outcome = await removeStrategyEntry(tx, { actor: request.user!, organisationId: workbench.organisation.id, list: options.list, entryId: entry.id });
      return outcome === 'removed' ? options.back(workbench) : { refused: outcome };
    });
    if ('refused' in done) throw notFound();
    return redirectWithNotice(reply, done.location, { word: 'removed' });
  });

  app.post<EntryRoute>(`${options.path}/:id/verschieben`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const entry = await options.requireEntry(workbench, request.params.id);
    const form = parseForm(moveForm, request.body, request.t);
    // the buttons send a direction; anything else is a hand-made request
    if (!form.ok) throw badRequest('direction');
    const done = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const outcome = await moveStrategyEntry(tx, {
        actor: request.user!,
        organisationId: workbench.organisation.id,
        list: options.list,
        entryId: entry.id,
        direction: form.data.direction,
      });
      return outcome === 'moved' ? options.back(workbench) : { refused: outcome };
    });
    if ('refused' in done) throw notFound();
    return redirectWithNotice(reply, done.location, { word: 'moved' });
  });
}
