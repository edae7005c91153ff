import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { mailSite } from '../../../platform/mail/site.ts';
import { eventProposalForm, proposalValues } from '../../events/editor/proposal-service.ts';
import { workbenchPath } from '../core/paths.ts';
import { requireEditableWorkbench, type Workbench } from '../core/require-strategy.ts';
import { proposeFormatEvent } from './propose-format-event.ts';
import { findParticipation, type ParticipationRow } from './repository.ts';
import { idParam } from './schema.ts';
import { getFieldChoices } from './service.ts';
import { FormatEventPage } from './views/format-event-page.tsx';

type EntryRoute = { Params: { org: string; id: string } };

const PAGE = workbenchPath(':org', 'participation', 'formate/:id/veranstaltung');

/**
 * "Als Veranstaltung anlegen": a manager turns a participation format into a draft event of the
 * calendar. Only editors publish events, so the draft goes to them; the step shows its state.
 */
export function formatEventRoutes(app: FastifyInstance, deps: AppDeps): void {
  const back = (workbench: Workbench) => workbenchPath(workbench.organisation.slug, 'participation');

  /** A format of this strategy; 404 for a malformed id or one of another strategy. */
  async function load(request: FastifyRequest<EntryRoute>): Promise<{ workbench: Workbench; format: ParticipationRow }> {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const id = request.params.id;
    const format = idParam.safeParse(id).success && workbench.strategy ? await findParticipation(deps.db, workbench.strategy.id, id) : undefined;
    if (!format) throw notFound();
    return { workbench, format };
  }

  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    workbench: Workbench,
    format: ParticipationRow,
    form: { submissionId: string; values: FormValues; errors?: FieldError[] },
  ) => reply.page(h(FormatEventPage, { ctx: request.view(), workbench, format, fields: await getFieldChoices(deps.db), ...form }), form.errors ? 400 : 200);

  app.get<EntryRoute>(PAGE, { preHandler: requireUser }, async (request, reply) => {
    const { workbench, format } = await load(request);
    if (format.eventId) return redirectWithNotice(reply, back(workbench), { word: 'eventExists' });
    const values = proposalValues(request.view(), {
      title: format.format,
      description: format.description,
      organiser: workbench.organisation.name,
      fieldsOfAction: workbench.strategy?.fieldsOfAction ?? [],
      startsAt: format.startsAt,
    });
    return page(request, reply, workbench, format, { submissionId: newSubmissionId(), values });
  });

  app.post<EntryRoute>(PAGE, { preHandler: requireUser }, async (request, reply) => {
    const { workbench, format } = await load(request);
    const form = parseForm(eventProposalForm, request.body, request.t);
    if (!form.ok && format.eventId) return redirectWithNotice(reply, back(workbench), { word: 'eventExists' });
    if (!form.ok) {
      return page(request, reply, workbench, format, { submissionId: form.submissionId ?? newSubmissionId(), values: form.values, errors: form.errors });
    }
    const site = await mailSite(deps);
    const done = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const outcome = await proposeFormatEvent(tx, {
        actor: request.user!,
        organisation: workbench.organisation,
        participationId: format.id,
        input: form.data,
        site,
      });
      return outcome === 'proposed' ? back(workbench) : { refused: outcome };
    });
    // a second click replays the first answer; another tab's form finds the event ('exists')
    if (!('refused' in done)) return redirectWithNotice(reply, done.location, { word: 'proposed' });
    if (done.refused === 'gone') throw notFound();
    // the checkboxes offer only known fields of action: anything else is a hand-made request
    if (done.refused === 'unknownField') throw badRequest('unknown field of action');
    return redirectWithNotice(reply, back(workbench), { word: 'eventExists' });
  });
}
