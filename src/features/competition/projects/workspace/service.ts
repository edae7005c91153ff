import type { Executor } from '../../../../platform/db/client.ts';
import { findCall, type CompetitionCallRow } from '../../core/repository.ts';
import type { ProjectRow } from '../../core/project-repository.ts';
import { listMilestones, listPayments, type MilestoneRow, type PaymentRow } from './repository.ts';
import { fundsOf, type Funds } from './rules.ts';

/** Everything the workspace's pages show of a project. */
export interface Workspace {
  project: ProjectRow;
  call: CompetitionCallRow;
  milestones: MilestoneRow[];
  payments: PaymentRow[];
  funds: Funds;
}

export async function loadWorkspace(db: Executor, project: ProjectRow): Promise<Workspace> {
  const [call, milestones, payments] = await Promise.all([findCall(db, project.callId), listMilestones(db, project.id), listPayments(db, project.id)]);
  // the foreign key keeps a project's call
  return { project, call: call!, milestones, payments, funds: fundsOf(project.amountCents, payments) };
}
