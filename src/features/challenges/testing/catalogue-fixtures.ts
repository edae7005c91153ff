import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { challengeQuestions, challenges, challengeSubmissions } from '../core/tables.ts';
import { solutions } from '../../solutions/core/tables.ts';

/*
 * What the catalogue's tests need beyond the shared fixtures: a challenge's public texts, fields
 * of action and publication date, and questions with or without an answer.
 */

/** Sets what the list, the page and the feed show of a test challenge. */
export async function describeTestChallenge(
  db: Executor,
  id: string,
  values: Partial<Pick<typeof challenges.$inferInsert, 'fieldsOfAction' | 'publishedAt' | 'context' | 'success' | 'contact' | 'summary'>>,
): Promise<void> {
  await db.update(challenges).set(values).where(eq(challenges.id, id));
}

/** A question about the challenge, answered by the owners or not (yet). */
export async function insertTestQuestion(db: Executor, options: { challengeId: string; askedBy: string; answered: boolean }): Promise<string> {
  const id = randomUUID();
  await db.insert(challengeQuestions).values({
    id,
    challengeId: options.challengeId,
    askedBy: options.askedBy,
    question: 'Gibt es die Fahrpläne als offene Daten?',
    ...(options.answered ? { answer: 'Ja, als GTFS beim Kreis.', answeredBy: options.askedBy, answeredAt: new Date() } : {}),
  });
  return id;
}

/** What the editors wrote about a winner, as the page shows it. */
export async function setTestAwardNote(db: Executor, submissionId: string, awardNote: string): Promise<void> {
  await db.update(challengeSubmissions).set({ awardNote }).where(eq(challengeSubmissions.id, submissionId));
}

/** A solution of the library made of the winning submission, published or still a draft there. */
export async function linkTestSolution(
  db: Executor,
  options: { submissionId: string; organisationId: string; title: string; status: 'draft' | 'published' },
): Promise<string> {
  const id = randomUUID();
  await db.insert(solutions).values({
    id,
    slug: `loesung-${id.slice(0, 8)}`,
    status: options.status,
    ownerOrganisationId: options.organisationId,
    title: options.title,
    summary: 'Aus dem Call for Solutions.',
    problem: '',
    approach: '',
    maturity: 'pilot',
  });
  await db.update(challengeSubmissions).set({ solutionId: id }).where(eq(challengeSubmissions.id, options.submissionId));
  return id;
}
