import type { Executor } from '../../../platform/db/client.ts';
import { getOrganisationsByIds, organisationPath } from '../../organisations/service.ts';
import { challengePath } from '../core/paths.ts';
import type { ChallengeRow } from '../core/repository.ts';
import { challengePhase, type ListState } from '../core/rules.ts';
import type { Eligibility } from '../core/tables.ts';
import { countPublishedChallenges, listPublishedChallenges } from './repository.ts';

export { LIST_STATES, type ListState } from '../core/rules.ts';
export { ELIGIBILITIES } from '../core/tables.ts';

/** Where a published challenge stands, as its public page says it. */
export const PUBLIC_PHASES = ['upcoming', 'open', 'jury', 'decided'] as const;
export type PublicPhase = (typeof PUBLIC_PHASES)[number];

/** A published challenge as the read API gives it: its public page without the contact, which may name a person. */
export interface PublicChallengeRecord {
  id: string;
  slug: string;
  /** the public page, relative to the site */
  path: string;
  title: string;
  summary: string;
  /** Markdown */
  problem: string;
  context: string;
  affected: string;
  dataAvailable: string;
  constraints: string;
  success: string;
  prize: string;
  eligibility: Eligibility;
  fieldsOfAction: string[];
  phase: PublicPhase;
  questionsUntil: Date;
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  juryUntil: Date;
  announcementAt: Date;
  decidedAt: Date | null;
  publishedAt: Date | null;
  organisation: { name: string; path: string } | null;
}

function record(c: ChallengeRow, organisation: { name: string; path: string } | undefined, now: Date): PublicChallengeRecord {
  return {
    id: c.id,
    slug: c.slug,
    path: challengePath(c.slug),
    title: c.title,
    summary: c.summary,
    problem: c.problem,
    context: c.context,
    affected: c.affected,
    dataAvailable: c.dataAvailable,
    constraints: c.constraints,
    success: c.success,
    prize: c.prize,
    eligibility: c.eligibility,
    fieldsOfAction: c.fieldsOfAction,
    // only published rows come here, so the phase is one of the public ones
    phase: challengePhase(c, now) as PublicPhase,
    questionsUntil: c.questionsUntil,
    submissionOpensAt: c.submissionOpensAt,
    submissionClosesAt: c.submissionClosesAt,
    juryUntil: c.juryUntil,
    announcementAt: c.announcementAt,
    decidedAt: c.decidedAt,
    publishedAt: c.publishedAt,
    organisation: organisation ?? null,
  };
}

/** One page of published challenges in the public list's order and filters. */
export async function listPublicChallenges(
  db: Executor,
  options: { state: ListState | undefined; fieldOfAction: string | undefined; now: Date; limit: number; offset: number },
): Promise<{ records: PublicChallengeRecord[]; total: number }> {
  const filter = { state: options.state, field: options.fieldOfAction };
  const rows = await listPublishedChallenges(db, { filter, now: options.now, limit: options.limit, offset: options.offset });
  const ids = [...new Set(rows.map((c) => c.organisationId))];
  const organisations = new Map(
    (ids.length === 0 ? [] : await getOrganisationsByIds(db, ids)).map((o) => [o.id, { name: o.name, path: organisationPath(o.slug) }]),
  );
  return {
    records: rows.map((c) => record(c, organisations.get(c.organisationId), options.now)),
    total: await countPublishedChallenges(db, filter, options.now),
  };
}
