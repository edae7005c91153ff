import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import type { QuestionRow } from '../core/repository.ts';
import { challengeQuestions } from '../core/tables.ts';

/** The public Q&A: answered questions, newest answer first; the asker's id never leaves this file for the page. */
export async function listAnsweredQuestions(db: Executor, challengeId: string): Promise<{ id: string; question: string; answer: string; answeredAt: Date }[]> {
  const rows = await db
    .select({ id: challengeQuestions.id, question: challengeQuestions.question, answer: challengeQuestions.answer, answeredAt: challengeQuestions.answeredAt })
    .from(challengeQuestions)
    .where(and(eq(challengeQuestions.challengeId, challengeId), isNotNull(challengeQuestions.answeredAt)))
    .orderBy(desc(challengeQuestions.answeredAt));
  return rows.map((r) => ({ id: r.id, question: r.question, answer: r.answer ?? '', answeredAt: r.answeredAt! }));
}

/** Questions not answered yet, oldest first; of one asker when `askedBy` is given. */
export async function listUnansweredQuestions(db: Executor, challengeId: string, askedBy?: string): Promise<{ id: string; question: string; askedAt: Date }[]> {
  return db
    .select({ id: challengeQuestions.id, question: challengeQuestions.question, askedAt: challengeQuestions.askedAt })
    .from(challengeQuestions)
    .where(
      and(
        eq(challengeQuestions.challengeId, challengeId),
        isNull(challengeQuestions.answeredAt),
        askedBy ? eq(challengeQuestions.askedBy, askedBy) : undefined,
      ),
    )
    .orderBy(asc(challengeQuestions.askedAt));
}

export async function insertQuestion(tx: Executor, values: { challengeId: string; askedBy: string; question: string; askedAt: Date }): Promise<QuestionRow> {
  const [row] = await tx.insert(challengeQuestions).values(values).returning();
  return row!;
}

/** The question of this challenge, locked: two owners answering at once follow each other, and only the first answer mails. */
export async function lockQuestion(tx: Executor, challengeId: string, questionId: string): Promise<QuestionRow | undefined> {
  const [row] = await tx
    .select()
    .from(challengeQuestions)
    .where(and(eq(challengeQuestions.challengeId, challengeId), eq(challengeQuestions.id, questionId)))
    .for('update');
  return row;
}

export async function setAnswer(tx: Executor, questionId: string, values: { answer: string; answeredBy: string; answeredAt: Date }): Promise<QuestionRow> {
  const [row] = await tx.update(challengeQuestions).set(values).where(eq(challengeQuestions.id, questionId)).returning();
  return row!;
}
