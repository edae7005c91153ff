import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../../platform/deps.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { insertMembership, insertOrganisation } from '../../organisations/repository.ts';
import type { OrganisationType } from '../../organisations/service.ts';
import { challengeCriteria, challenges, challengeSubmissions, type ChallengeStatus, type Eligibility, type SubmissionStatus } from '../core/tables.ts';

/*
 * Test support shared by every part of the Call for Solutions: an organisation with its manager,
 * a challenge at any point of its timeline with two weighted criteria, a submission. The parts'
 * tests build what they need from these instead of writing their own inserts.
 */

const DAY = 24 * 60 * 60 * 1000;

/** An organisation of the given type and a person who manages it (password TEST_PASSWORD). */
export async function insertTestOrganisationWithManager(
  deps: AppDeps,
  options: { type?: OrganisationType; name?: string; siteRole?: 'member' | 'juror' | 'editor' | 'admin' } = {},
): Promise<{ organisationId: string; manager: { id: string; email: string; password: string } }> {
  const name = options.name ?? `Gemeinde Testdorf ${randomUUID().slice(0, 6)}`;
  const organisation = await insertOrganisation(deps.db, {
    slug: `org-${randomUUID().slice(0, 12)}`,
    name,
    type: options.type ?? 'gemeinde',
    description: '',
    street: null,
    postcode: null,
    town: 'Testdorf',
    website: null,
    ags: null,
    amtsschluessel: null,
    ars: null,
    population: null,
  });
  if (!organisation) throw new Error('insertTestOrganisationWithManager: the organisation was not stored');
  const manager = await createTestUser(deps, { siteRole: options.siteRole ?? 'member', displayName: `Leitung ${name}` });
  await insertMembership(deps.db, { organisationId: organisation.id, userId: manager.id, role: 'manager', status: 'active', decidedAt: new Date() });
  return { organisationId: organisation.id, manager };
}

/** Where a test challenge stands in its timeline, relative to now. */
export type TestPhase = 'draft' | 'in_review' | 'upcoming' | 'open' | 'questionsClosed' | 'jury' | 'decided';

function timelineOf(phase: TestPhase, now: number) {
  switch (phase) {
    case 'upcoming':
      return { questionsUntil: now + 10 * DAY, submissionOpensAt: now + 2 * DAY, submissionClosesAt: now + 20 * DAY };
    case 'questionsClosed':
      return { questionsUntil: now - DAY, submissionOpensAt: now - 10 * DAY, submissionClosesAt: now + 5 * DAY };
    case 'jury':
    case 'decided':
      return { questionsUntil: now - 20 * DAY, submissionOpensAt: now - 40 * DAY, submissionClosesAt: now - 10 * DAY };
    default:
      return { questionsUntil: now + 10 * DAY, submissionOpensAt: now - 10 * DAY, submissionClosesAt: now + 20 * DAY };
  }
}

/**
 * A challenge of the organisation at the given point of its timeline, with two criteria
 * (weights 2 and 1). `closesAt` overrides the deadline (e.g. one second ago).
 */
export async function insertTestChallenge(
  db: Executor,
  options: {
    organisationId: string;
    phase?: TestPhase;
    eligibility?: Eligibility;
    blindReview?: boolean;
    title?: string;
    closesAt?: Date;
    questionsUntil?: Date;
  },
): Promise<{ id: string; slug: string; criterionIds: [string, string] }> {
  const phase = options.phase ?? 'open';
  const now = Date.now();
  const t = timelineOf(phase, now);
  const closesAt = options.closesAt ?? new Date(t.submissionClosesAt);
  const opensAt = new Date(Math.min(t.submissionOpensAt, closesAt.getTime() - DAY));
  const questionsUntil = options.questionsUntil ?? new Date(Math.min(t.questionsUntil, closesAt.getTime()));
  const status: ChallengeStatus = phase === 'draft' || phase === 'in_review' ? phase : 'published';
  const id = randomUUID();
  const slug = `herausforderung-${id.slice(0, 8)}`;
  await db.insert(challenges).values({
    id,
    slug,
    status,
    organisationId: options.organisationId,
    title: options.title ?? `Herausforderung ${id.slice(0, 8)}`,
    summary: 'Wie erfahren ältere Menschen im Dorf von Mitfahrgelegenheiten?',
    problem: 'Der Bus fährt zweimal am Tag.',
    prize: 'Pilotierung mit 10.000 Euro',
    eligibility: options.eligibility ?? 'both',
    blindReview: options.blindReview ?? false,
    questionsUntil,
    submissionOpensAt: opensAt,
    submissionClosesAt: closesAt,
    juryUntil: new Date(closesAt.getTime() + 30 * DAY),
    announcementAt: new Date(closesAt.getTime() + 40 * DAY),
    publishedAt: status === 'published' ? new Date(now - 30 * DAY) : null,
    decidedAt: phase === 'decided' ? new Date(now - DAY) : null,
  });
  const criterionIds: [string, string] = [randomUUID(), randomUUID()];
  await db.insert(challengeCriteria).values([
    { id: criterionIds[0], challengeId: id, position: 1, title: 'Nutzen für die Menschen im Ort', weight: 2 },
    { id: criterionIds[1], challengeId: id, position: 2, title: 'Kosten und Betrieb', weight: 1 },
  ]);
  return { id, slug, criterionIds };
}

/** A submission of the person (for the organisation when given) in the given state. */
export async function insertTestSubmission(
  db: Executor,
  options: { challengeId: string; submitterId: string; organisationId?: string | null; status?: SubmissionStatus; title?: string; winner?: boolean },
): Promise<string> {
  const id = randomUUID();
  const organisationId = options.organisationId ?? null;
  const status = options.status ?? 'submitted';
  await db.insert(challengeSubmissions).values({
    id,
    challengeId: options.challengeId,
    submitterId: options.submitterId,
    organisationId,
    teamKey: organisationId ? `org:${organisationId}` : `user:${options.submitterId}`,
    status,
    title: options.title ?? `Lösungsvorschlag ${id.slice(0, 8)}`,
    summary: 'Eine App, in der Nachbarn Fahrten anbieten.',
    description: 'Die App zeigt Fahrten im Amt.',
    team: 'Zwei Entwicklerinnen aus Flensburg',
    submittedAt: status === 'draft' ? null : new Date(),
    withdrawnAt: status === 'withdrawn' ? new Date() : null,
    winner: options.winner ?? false,
  });
  return id;
}
