import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../../platform/deps.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import { isUuid } from '../../../../platform/text/uuid.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import { findProject, type ProjectRow } from '../../core/project-repository.ts';
import type { ProjectAccess } from '../require-project.ts';
import { findMilestone, findPayment, type MilestoneRow, type PaymentRow } from './repository.ts';
import { loadWorkspace } from './service.ts';
import { WorkspacePage } from './views/workspace.tsx';

export type IdRoute = { Params: { id: string } };
export type MilestoneRoute = { Params: { id: string; milestoneId: string } };
export type PaymentRoute = { Params: { id: string; paymentId: string } };

/** The Berlin calendar day now, for due and reached days. */
export function today(): string {
  return utcToBerlin(new Date()).date;
}

/** A milestone only under its own project: another project's milestone is 404 here. */
export async function requireMilestone(deps: AppDeps, project: ProjectRow, milestoneId: string): Promise<MilestoneRow> {
  const milestone = isUuid(milestoneId) ? await findMilestone(deps.db, project.id, milestoneId) : undefined;
  if (!milestone) throw notFound();
  return milestone;
}

/** A payment request only under its own project. */
export async function requirePayment(deps: AppDeps, project: ProjectRow, paymentId: string): Promise<PaymentRow> {
  const payment = isUuid(paymentId) ? await findPayment(deps.db, project.id, paymentId) : undefined;
  if (!payment) throw notFound();
  return payment;
}

/** The workspace as it stands now, with why the step just tried was refused (409). */
export async function answerWithWorkspace(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  access: ProjectAccess,
  message: string,
): Promise<FastifyReply> {
  // read afresh: the refusal may come from a change made since the request began
  const project = (await findProject(deps.db, access.project.id)) ?? access.project;
  const workspace = await loadWorkspace(deps.db, project);
  const page = h(WorkspacePage, { ctx: request.view(), workspace, role: access.role, today: today(), errors: [{ field: 'form', message }] });
  return reply.page(page, 409);
}
