import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../../platform/deps.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues, type FieldError, type FormValues } from '../../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../../platform/http/submissions.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import { PROJECTS_PATH, projectWorkspacePath } from '../../core/paths.ts';
import { requireProject } from '../require-project.ts';
import { decidePayment } from './decide-payment.ts';
import { listPayments } from './repository.ts';
import { requestPayment } from './request-payment.ts';
import { answerWithWorkspace, type IdRoute, type PaymentRoute, requirePayment } from './route-support.ts';
import { fundsOf, isOpen } from './rules.ts';
import { paymentDecisionForm, paymentRequestForm } from './schema.ts';
import { PaymentDecisionPage, PaymentRequestPage } from './views/forms.tsx';
import { mailSite } from '../../../../platform/mail/site.ts';

/**
 * Payment requests ("Mittelabruf"): the managers request funds up to what is left of the
 * award, once per submitted form; the editors approve, pay or reject them.
 */
export function paymentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  const remainingOf = async (project: { id: string; amountCents: number }) =>
    fundsOf(project.amountCents, await listPayments(deps.db, project.id)).remainingCents;

  app.get<IdRoute>(`${PROJECTS_PATH}/:id/mittelabruf`, guard, async (request, reply) => {
    const { project } = await requireProject(deps, request, request.params.id, 'manager');
    if (!isOpen(project.status)) return reply.redirect(projectWorkspacePath(project.id), 303);
    const page = h(PaymentRequestPage, { ctx: request.view(), project, submissionId: newSubmissionId(), remainingCents: await remainingOf(project) });
    return reply.page(page);
  });

  app.post<IdRoute>(`${PROJECTS_PATH}/:id/mittelabruf`, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'manager');
    const { project } = access;
    const form = parseForm(paymentRequestForm, request.body, request.t);
    const submissionId = form.submissionId ?? newSubmissionId();
    const show = async (values: FormValues, errors: FieldError[]) => {
      const page = h(PaymentRequestPage, { ctx: request.view(), project, submissionId, values, errors, remainingCents: await remainingOf(project) });
      return reply.page(page, 400);
    };
    if (!form.ok) return show(form.values, form.errors);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const requested = await requestPayment(tx, {
        actor: request.user!,
        projectId: project.id,
        amountCents: form.data.amount,
        purpose: form.data.purpose,
        now: new Date(),
      });
      return requested.kind === 'requested' ? projectWorkspacePath(project.id) : { refused: requested };
    });
    if (!('refused' in outcome)) return redirectWithNotice(reply, outcome.location, { word: 'requested' });
    const refused = outcome.refused;
    const e = request.t.competitionProjects.errors;
    if (refused.kind === 'notFound') throw notFound();
    if (refused.kind === 'completed') return answerWithWorkspace(deps, request, reply, access, e.completed);
    return show(toValues(request.body as Record<string, unknown>), [
      { field: 'amount', message: e.overRemaining(formatEuro(request.locale, refused.remainingCents)) },
    ]);
  });

  app.get<PaymentRoute>(`${PROJECTS_PATH}/:id/mittelabrufe/:paymentId`, guard, async (request, reply) => {
    const { project } = await requireProject(deps, request, request.params.id, 'editor');
    const payment = await requirePayment(deps, project, request.params.paymentId);
    return reply.page(h(PaymentDecisionPage, { ctx: request.view(), project, payment }));
  });

  app.post<PaymentRoute>(`${PROJECTS_PATH}/:id/mittelabrufe/:paymentId`, guard, async (request, reply) => {
    const { project } = await requireProject(deps, request, request.params.id, 'editor');
    const payment = await requirePayment(deps, project, request.params.paymentId);
    const form = parseForm(paymentDecisionForm, request.body, request.t);
    if (!form.ok) return reply.page(h(PaymentDecisionPage, { ctx: request.view(), project, payment, values: form.values, errors: form.errors }), 400);
    const outcome = await decidePayment(deps.db, {
      actor: request.user!,
      projectId: project.id,
      paymentId: payment.id,
      ...form.data,
      now: new Date(),
      site: await mailSite(deps),
    });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'notAllowed') {
      const fresh = await requirePayment(deps, project, payment.id);
      const errors = [{ field: 'status', message: request.t.competitionProjects.errors.notAllowed }];
      return reply.page(
        h(PaymentDecisionPage, { ctx: request.view(), project, payment: fresh, values: toValues(request.body as Record<string, unknown>), errors }),
        409,
      );
    }
    // the same decision sent twice: it is recorded already
    if (outcome.kind === 'unchanged') return reply.redirect(projectWorkspacePath(project.id), 303);
    return redirectWithNotice(reply, projectWorkspacePath(project.id), { word: 'decided' });
  });
}
