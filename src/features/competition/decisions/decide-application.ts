import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockApplication, updateApplicationRow } from '../core/application-repository.ts';
import { budgetTotals } from '../core/application-rules.ts';
import { canDecide } from '../core/application-states.ts';
import { lockCall } from '../core/repository.ts';
import { sumAwarded, sumBudget } from './repository.ts';
import { awardProblem, type AwardLimits, type AwardProblem } from './rules.ts';

export type DecisionInput = { outcome: 'awarded'; amountCents: number; reason: string } | { outcome: 'rejected'; reason: string };

export type DecideOutcome =
  | { kind: 'decided' }
  | { kind: 'notFound' }
  | { kind: 'notDecidable' }
  | { kind: 'overLimit'; problem: AwardProblem; limitCents: number };

/**
 * Records the editors' decision on an application, or changes it until the release. The
 * call's row is locked first, so that two editors deciding at the same moment add up their
 * awards one after the other and the sum never passes the call's total budget.
 */
export async function decideApplication(
  db: Executor,
  options: { actor: AuditActor; callId: string; applicationId: string; decision: DecisionInput; now: Date },
): Promise<DecideOutcome> {
  return db.transaction(async (tx): Promise<DecideOutcome> => {
    const call = await lockCall(tx, options.callId);
    const application = call ? await lockApplication(tx, options.applicationId) : undefined;
    if (!call || !application || application.callId !== call.id) return { kind: 'notFound' };
    if (!canDecide(application.status, call.decisionsReleasedAt !== null)) return { kind: 'notDecidable' };
    const { decision } = options;
    let awardedCents: number | null = null;
    if (decision.outcome === 'awarded') {
      const limits = {
        requestedCents: budgetTotals([{ amountCents: await sumBudget(tx, application.id) }], call.ownSharePercent).requestedCents,
        maxAmountCents: call.maxAmountCents,
        leftCents: call.totalBudgetCents - (await sumAwarded(tx, call.id, application.id)),
      };
      const problem = awardProblem(decision.amountCents, limits);
      if (problem) return { kind: 'overLimit', problem, limitCents: limitOf(problem, limits) };
      awardedCents = decision.amountCents;
    }
    await updateApplicationRow(tx, application.id, {
      status: decision.outcome,
      awardedCents,
      decisionReason: decision.reason || null,
      decidedAt: options.now,
      decidedBy: options.actor.id,
    });
    await recordAudit(
      tx,
      options.actor,
      `competition.application.decide.${decision.outcome}`,
      { type: 'competition_application', id: application.id },
      { status: application.status, awardedCents: application.awardedCents, decisionReason: application.decisionReason },
      { status: decision.outcome, awardedCents, decisionReason: decision.reason || null },
    );
    return { kind: 'decided' };
  });
}

function limitOf(problem: AwardProblem, limits: AwardLimits): number {
  if (problem === 'overRequested') return limits.requestedCents;
  if (problem === 'overMax') return limits.maxAmountCents;
  return Math.max(0, limits.leftCents);
}
