import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { competitionApplications } from './application-tables.ts';
import { competitionCriteria, competitionFormSections, competitionQuestions } from './form-tables.ts';

export type FormSectionRow = typeof competitionFormSections.$inferSelect;
export type QuestionRow = typeof competitionQuestions.$inferSelect;
export type CriterionRow = typeof competitionCriteria.$inferSelect;

/** A section of the application form with its questions, both in order. */
export interface FormSection extends FormSectionRow {
  questions: QuestionRow[];
}

/** The call's application form: its sections in order, each with its questions in order. */
export async function loadApplicationForm(db: Executor, callId: string): Promise<FormSection[]> {
  const sections = await db
    .select()
    .from(competitionFormSections)
    .where(eq(competitionFormSections.callId, callId))
    .orderBy(asc(competitionFormSections.position), asc(competitionFormSections.createdAt));
  if (sections.length === 0) return [];
  const questions = await db
    .select()
    .from(competitionQuestions)
    .where(
      inArray(
        competitionQuestions.sectionId,
        sections.map((s) => s.id),
      ),
    )
    .orderBy(asc(competitionQuestions.position), asc(competitionQuestions.createdAt));
  return sections.map((section) => ({ ...section, questions: questions.filter((q) => q.sectionId === section.id) }));
}

export async function listCriteria(db: Executor, callId: string): Promise<CriterionRow[]> {
  return db
    .select()
    .from(competitionCriteria)
    .where(eq(competitionCriteria.callId, callId))
    .orderBy(asc(competitionCriteria.position), asc(competitionCriteria.createdAt));
}

export async function insertFormSection(db: Executor, values: typeof competitionFormSections.$inferInsert): Promise<FormSectionRow> {
  const [row] = await db.insert(competitionFormSections).values(values).returning();
  return row!;
}

export async function insertQuestion(db: Executor, values: typeof competitionQuestions.$inferInsert): Promise<QuestionRow> {
  const [row] = await db.insert(competitionQuestions).values(values).returning();
  return row!;
}

export async function insertCriterion(db: Executor, values: typeof competitionCriteria.$inferInsert): Promise<CriterionRow> {
  const [row] = await db.insert(competitionCriteria).values(values).returning();
  return row!;
}

// ---- the editors' builder ---------------------------------------------------------------------

export type FormSectionValues = Pick<FormSectionRow, 'title' | 'intro'>;
export type QuestionValues = Pick<QuestionRow, 'kind' | 'label' | 'help' | 'required' | 'maxLength' | 'options'>;
export type CriterionValues = Pick<CriterionRow, 'title' | 'description' | 'weight'>;

/** A section of the form with how many questions it has, for the list of sections. */
export type FormSectionSummary = FormSectionRow & { questionCount: number };

export async function findFormSection(db: Executor, id: string): Promise<FormSectionRow | undefined> {
  const [row] = await db.select().from(competitionFormSections).where(eq(competitionFormSections.id, id));
  return row;
}

export async function listFormSections(db: Executor, callId: string): Promise<FormSectionSummary[]> {
  return db
    .select({
      id: competitionFormSections.id,
      callId: competitionFormSections.callId,
      position: competitionFormSections.position,
      title: competitionFormSections.title,
      intro: competitionFormSections.intro,
      createdAt: competitionFormSections.createdAt,
      questionCount: count(competitionQuestions.id),
    })
    .from(competitionFormSections)
    .leftJoin(competitionQuestions, eq(competitionQuestions.sectionId, competitionFormSections.id))
    .where(eq(competitionFormSections.callId, callId))
    .groupBy(competitionFormSections.id)
    .orderBy(asc(competitionFormSections.position), asc(competitionFormSections.createdAt));
}

export async function updateFormSectionRow(db: Executor, id: string, patch: Partial<FormSectionValues & { position: number }>): Promise<void> {
  await db.update(competitionFormSections).set(patch).where(eq(competitionFormSections.id, id));
}

/** Deletes the section with its questions (and the answers drafts gave to them). */
export async function deleteFormSectionRow(db: Executor, id: string): Promise<void> {
  await db.delete(competitionFormSections).where(eq(competitionFormSections.id, id));
}

export async function listSectionQuestions(db: Executor, sectionId: string): Promise<QuestionRow[]> {
  return db
    .select()
    .from(competitionQuestions)
    .where(eq(competitionQuestions.sectionId, sectionId))
    .orderBy(asc(competitionQuestions.position), asc(competitionQuestions.createdAt));
}

export async function updateQuestionRow(db: Executor, id: string, patch: Partial<QuestionValues & { position: number }>): Promise<void> {
  await db.update(competitionQuestions).set(patch).where(eq(competitionQuestions.id, id));
}

export async function deleteQuestionRow(db: Executor, id: string): Promise<void> {
  await db.delete(competitionQuestions).where(eq(competitionQuestions.id, id));
}

export async function updateCriterionRow(db: Executor, id: string, patch: Partial<CriterionValues & { position: number }>): Promise<void> {
  await db.update(competitionCriteria).set(patch).where(eq(competitionCriteria.id, id));
}

export async function deleteCriterionRow(db: Executor, id: string): Promise<void> {
  await db.delete(competitionCriteria).where(eq(competitionCriteria.id, id));
}

/** Applications of the call that left the draft (submitted, screened, withdrawn, decided). */
export async function countNonDraftApplications(db: Executor, callId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(competitionApplications)
    .where(and(eq(competitionApplications.callId, callId), ne(competitionApplications.status, 'draft')));
  return row?.n ?? 0;
}

/** How many sections, questions and criteria the call has, for its overview. */
export async function countFormParts(db: Executor, callId: string): Promise<{ sections: number; questions: number; criteria: number }> {
  const [sections] = await db.select({ n: count() }).from(competitionFormSections).where(eq(competitionFormSections.callId, callId));
  const [questions] = await db
    .select({ n: count() })
    .from(competitionQuestions)
    .innerJoin(competitionFormSections, eq(competitionQuestions.sectionId, competitionFormSections.id))
    .where(eq(competitionFormSections.callId, callId));
  const [criteria] = await db.select({ n: count() }).from(competitionCriteria).where(eq(competitionCriteria.callId, callId));
  return { sections: sections?.n ?? 0, questions: questions?.n ?? 0, criteria: criteria?.n ?? 0 };
}
