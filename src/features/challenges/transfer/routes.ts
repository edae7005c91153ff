import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, type FieldError } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { MessagePage } from '../../../platform/views/message-page.tsx';
import { editSolutionPath } from '../../solutions/service.ts';
import { submissionPath } from '../core/paths.ts';
import { findChallengeById, type SubmissionRow } from '../core/repository.ts';
import { requireOwnSubmission } from '../core/require-challenge.ts';
import { transferState } from './rules.ts';
import { transferForm } from './schema.ts';
import { getTransferOwner, managesOrganisation, ownerFor } from './service.ts';
import { transferWinner, type TransferOutcome } from './transfer-winner.ts';
import { TransferPage } from './views/transfer-page.tsx';

type IdRoute = { Params: { id: string } };

const TRANSFER = submissionPath(':id', 'loesung');

/**
 * A winning proposal becomes a solution profile of the library, confirmed by its submitter:
 * only the submitter finds the page (404 for anyone else), only for a winner of a decided
 * challenge (409 while the winners are not published, 404 for a proposal that did not win).
 */
export function transferRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  /** The person's winning submission, or the 404/409 answer already sent. */
  async function requireWinner(request: FastifyRequest<IdRoute>, reply: FastifyReply): Promise<SubmissionRow | undefined> {
    const submission = await requireOwnSubmission(deps.db, request.user!, request.params.id);
    const challenge = await findChallengeById(deps.db, submission.challengeId);
    if (!challenge) throw notFound();
    const state = transferState(challenge, submission);
    if (state === 'notWinner') throw notFound();
    if (state === 'notDecided') {
      await notDecidedPage(request, reply, submission.id);
      return undefined;
    }
    return submission;
  }

  function notDecidedPage(request: FastifyRequest, reply: FastifyReply, submissionId: string): FastifyReply {
    const m = request.t.challengesQuestions.transfer;
    return reply.page(
      h(
        MessagePage,
        { ctx: request.view(), title: m.notDecided.title, body: m.notDecided.body },
        h('p', { class: 'kern-body' }, h('a', { href: submissionPath(submissionId) }, m.back)),
      ),
      409,
    );
  }

  /** Where the person goes to the solution: its owner page, when they manage its organisation. */
  async function solutionHref(userId: string, solutionId: string, organisationId: string): Promise<string | undefined> {
    return (await managesOrganisation(deps.db, userId, organisationId)) ? editSolutionPath(solutionId) : undefined;
  }

  async function showPage(
    request: FastifyRequest,
    reply: FastifyReply,
    submission: SubmissionRow,
    form: { submissionId?: string | undefined; chosen?: string | undefined; errors?: FieldError[] } = {},
    status: 200 | 400 = 200,
  ): Promise<FastifyReply> {
    const userId = request.user!.id;
    const owner = await getTransferOwner(deps.db, submission, userId);
    const notice = status === 200 ? knownNotice(request, { created: true }) : undefined;
    const solution = submission.solutionId
      ? {
          // a person on their own chose one of the organisations they manage
          href: submission.organisationId
            ? await solutionHref(userId, submission.solutionId, submission.organisationId)
            : editSolutionPath(submission.solutionId),
          organisationName: notice?.detail,
        }
      : undefined;
    return reply.page(
      h(TransferPage, {
        ctx: request.view(),
        submission,
        owner,
        solution,
        submissionId: form.submissionId ?? newSubmissionId(),
        chosen: form.chosen,
        errors: form.errors,
      }),
      status,
    );
  }

  app.get<IdRoute>(TRANSFER, guard, async (request, reply) => {
    const submission = await requireWinner(request, reply);
    if (!submission) return reply;
    return showPage(request, reply, submission);
  });

  app.post<IdRoute>(TRANSFER, guard, async (request, reply) => {
    const submission = await requireWinner(request, reply);
    if (!submission) return reply;
    const user = request.user!;
    const form = parseForm(transferForm, request.body, request.t);
    const chosen = form.ok ? form.data.organisationId || undefined : undefined;
    const owner = await getTransferOwner(deps.db, submission, user.id);
    const organisation = form.ok ? ownerFor(owner, chosen) : undefined;
    if (!organisation) {
      const errors = form.ok ? [{ field: 'organisationId', message: request.t.challengesQuestions.transfer.organisationUnknown }] : form.errors;
      return showPage(request, reply, submission, { submissionId: form.submissionId, errors }, 400);
    }
    const ownerPage = await managesOrganisation(deps.db, user.id, organisation.id);
    const outcome = await runOncePerSubmissionUnlessRefused<Exclude<TransferOutcome, { kind: 'created' | 'exists' }>>(
      deps.db,
      form.submissionId,
      async (tx) => {
        const result = await transferWinner(tx, { actor: user, submissionId: submission.id, organisationId: organisation.id });
        // the owner page when the person manages the organisation (known before the transaction: one connection with the embedded database)
        if (result.kind === 'created' || result.kind === 'exists')
          return ownerPage ? editSolutionPath(result.solutionId) : submissionPath(submission.id, 'loesung');
        return { refused: result };
      },
    );
    if ('refused' in outcome) {
      if (outcome.refused.kind === 'notDecided') return notDecidedPage(request, reply, submission.id);
      throw notFound();
    }
    return redirectWithNotice(reply, outcome.location, { word: 'created', detail: organisation.name });
  });
}
