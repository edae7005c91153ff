import type { Executor } from '../../../platform/db/client.ts';
import {
  countNonDraftApplications,
  findFormSection,
  listCriteria,
  listFormSections,
  listSectionQuestions,
  type CriterionRow,
  type FormSectionSummary,
  type QuestionRow,
} from '../core/form-repository.ts';
import { findCall } from '../core/repository.ts';
import { criteriaLocked, formLocked } from './rules.ts';

/** The sections' list page: the sections with their number of questions, and whether the form is locked. */
export interface SectionsList {
  sections: FormSectionSummary[];
  locked: boolean;
}

export interface QuestionsList {
  questions: QuestionRow[];
  locked: boolean;
}

export interface CriteriaList {
  criteria: CriterionRow[];
  locked: boolean;
}

export async function loadSectionsList(db: Executor, callId: string): Promise<SectionsList> {
  const sections = await listFormSections(db, callId);
  return { sections, locked: formLocked(await countNonDraftApplications(db, callId)) };
}

export async function loadQuestionsList(db: Executor, sectionId: string): Promise<QuestionsList> {
  const section = await findFormSection(db, sectionId);
  if (!section) return { questions: [], locked: false };
  const questions = await listSectionQuestions(db, sectionId);
  return { questions, locked: formLocked(await countNonDraftApplications(db, section.callId)) };
}

export async function loadCriteriaList(db: Executor, callId: string, now: Date = new Date()): Promise<CriteriaList> {
  const call = await findCall(db, callId);
  return { criteria: await listCriteria(db, callId), locked: call ? criteriaLocked(call, now) : false };
}
