import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import type { ApplicationRow } from '../core/application-repository.ts';
import { lockCall, updateCallRow, type CompetitionCallRow } from '../core/repository.ts';
import { insertProject, listProjectSlugsStartingWith } from '../core/project-repository.ts';
import { syncProjectSearch } from '../core/sync-search.ts';
import { queueDecisionMail } from './mails.ts';
import { countUndecided, lockDecided } from './repository.ts';
import { releaseProblem, type ReleaseProblem } from './rules.ts';

export type ReleaseOutcome =
  | { kind: 'released'; awarded: number; rejected: number }
  | { kind: 'alreadyReleased' }
  | { kind: 'notFound' }
  | { kind: ReleaseProblem };

/**
 * Releases every decision of the call at once: each award becomes a funded project (public in
 * the showcase from now on), and every applicant is told by e-mail. The call's lock and its
 * release time make a second release – a double click, a second editor – do nothing.
 */
export async function releaseDecisions(
  db: Executor,
  options: { actor: AuditActor; callId: string; now: Date; site: { baseUrl: string; siteName: string } },
): Promise<ReleaseOutcome> {
  return db.transaction(async (tx): Promise<ReleaseOutcome> => {
    const call = await lockCall(tx, options.callId);
    if (!call) return { kind: 'notFound' };
    if (call.decisionsReleasedAt) return { kind: 'alreadyReleased' };
    const decided = await lockDecided(tx, call.id);
    const problem = releaseProblem({ closesAt: call.closesAt, now: options.now, undecided: await countUndecided(tx, call.id), decided: decided.length });
    if (problem) return { kind: problem };
    await updateCallRow(tx, call.id, { decisionsReleasedAt: options.now });
    for (const application of decided) {
      const projectId = application.status === 'awarded' ? await fundProject(tx, call, application) : undefined;
      await queueDecisionMail(tx, application, projectId, options.site);
    }
    const awarded = decided.filter((a) => a.status === 'awarded').length;
    await recordAudit(
      tx,
      options.actor,
      'competition.call.release',
      { type: 'competition_call', id: call.id },
      { decisionsReleasedAt: null },
      { decisionsReleasedAt: options.now.toISOString(), awarded, rejected: decided.length - awarded },
    );
    return { kind: 'released', awarded, rejected: decided.length - awarded };
  });
}

/** The award becomes a model project of the organisation, over the call's funding period. */
async function fundProject(tx: Executor, call: CompetitionCallRow, application: ApplicationRow): Promise<string> {
  // room for a "-2" when two projects share a name
  const base = slugify(`${application.title} ${application.organisationName}`, 'modellprojekt', 72);
  const slug = firstFreeSlug(base, new Set(await listProjectSlugsStartingWith(tx, base)));
  const project = await insertProject(tx, {
    callId: call.id,
    applicationId: application.id,
    slug,
    municipality: application.organisationName,
    organisationId: application.organisationId,
    title: application.title,
    summary: application.summary,
    description: application.summary,
    fieldsOfAction: call.fieldsOfAction,
    amountCents: application.awardedCents ?? 0,
    status: 'running',
    startsOn: call.fundingStart,
    endsOn: call.fundingEnd,
  });
  await syncProjectSearch(tx, project);
  return project.id;
}
