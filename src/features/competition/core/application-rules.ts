import type { BudgetCategory, CoApplicantStatus } from './application-tables.ts';
import type { QuestionKind } from './form-tables.ts';

/** Where a task of the application's task list stands, as GOV.UK's task list names it. */
export type TaskState = 'notStarted' | 'inProgress' | 'done';

/** What the rules need of a question of the call's form. */
export interface QuestionRules {
  id: string;
  kind: QuestionKind;
  required: boolean;
  maxLength: number | null;
  options: string[];
}

/** The longest answer of a kind when the editor set no limit of its own. */
const KIND_LIMITS: Record<QuestionKind, number> = { text: 300, longText: 10_000, choice: 300, yesNo: 4 };

export const YES_NO = ['ja', 'nein'] as const;

export function answerLimit(question: Pick<QuestionRules, 'kind' | 'maxLength'>): number {
  return question.maxLength ?? KIND_LIMITS[question.kind];
}

export type AnswerProblem = 'required' | 'tooLong' | 'choice';

/** What is wrong with an answer; undefined: nothing. An empty optional answer is fine. */
export function answerProblem(question: QuestionRules, value: string): AnswerProblem | undefined {
  if (value.trim() === '') return question.required ? 'required' : undefined;
  if ([...value].length > answerLimit(question)) return 'tooLong';
  if (question.kind === 'choice' && !question.options.includes(value)) return 'choice';
  if (question.kind === 'yesNo' && !(YES_NO as readonly string[]).includes(value)) return 'choice';
  return undefined;
}

/**
 * A section is not started until it was saved once (saving keeps a row for every question,
 * empty or not), done when every question has an acceptable answer, in progress otherwise.
 */
export function sectionState(questions: QuestionRules[], answers: ReadonlyMap<string, string>): TaskState {
  if (!questions.some((q) => answers.has(q.id))) return 'notStarted';
  const complete = questions.every((q) => answers.has(q.id) && answerProblem(q, answers.get(q.id)!) === undefined);
  return complete ? 'done' : 'inProgress';
}

/** The project's name and short description: the first task. */
export function projectState(application: { title: string; summary: string }): TaskState {
  const filled = [application.title, application.summary].filter((v) => v.trim() !== '').length;
  return filled === 0 ? 'notStarted' : filled === 2 ? 'done' : 'inProgress';
}

export interface BudgetItemRules {
  category: BudgetCategory;
  year: number;
  amountCents: number;
}

export interface BudgetTotals {
  totalCents: number;
  /** what the applicant pays itself: the call's share of the costs, rounded up to the cent */
  ownShareCents: number;
  /** what the applicant asks for: the costs less the own share */
  requestedCents: number;
}

export function budgetTotals(items: readonly Pick<BudgetItemRules, 'amountCents'>[], ownSharePercent: number): BudgetTotals {
  const totalCents = items.reduce((sum, item) => sum + item.amountCents, 0);
  const ownShareCents = Math.ceil((totalCents * ownSharePercent) / 100);
  return { totalCents, ownShareCents, requestedCents: totalCents - ownShareCents };
}

/** The calendar years of the call's funding period, in which costs may fall. */
export function fundingYears(call: { fundingStart: string; fundingEnd: string }): number[] {
  const first = Number(call.fundingStart.slice(0, 4));
  const last = Number(call.fundingEnd.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export type BudgetProblem = 'empty' | 'overMax' | 'yearOutside';

/** Why the budget plan cannot be submitted as it is; none: it can. */
export function budgetProblems(
  items: readonly BudgetItemRules[],
  call: { ownSharePercent: number; maxAmountCents: number; fundingStart: string; fundingEnd: string },
): BudgetProblem[] {
  if (items.length === 0) return ['empty'];
  const problems: BudgetProblem[] = [];
  if (budgetTotals(items, call.ownSharePercent).requestedCents > call.maxAmountCents) problems.push('overMax');
  const years = fundingYears(call);
  if (items.some((item) => !years.includes(item.year))) problems.push('yearOutside');
  return problems;
}

export function budgetState(items: readonly BudgetItemRules[], call: Parameters<typeof budgetProblems>[1]): TaskState {
  if (items.length === 0) return 'notStarted';
  return budgetProblems(items, call).length === 0 ? 'done' : 'inProgress';
}

/** Partners are optional; invited ones must have answered before the application goes in. */
export function partnersState(partners: readonly { status: CoApplicantStatus }[]): TaskState {
  if (partners.length === 0) return 'notStarted';
  return partners.some((p) => p.status === 'invited') ? 'inProgress' : 'done';
}

/** The tasks of an application that must be done before it can be submitted, in list order. */
export type Blocker = { task: 'project' } | { task: 'section'; sectionId: string } | { task: 'budget' } | { task: 'partners' };

export function submissionBlockers(tasks: {
  project: TaskState;
  sections: { id: string; state: TaskState }[];
  budget: TaskState;
  partners: TaskState;
}): Blocker[] {
  const blockers: Blocker[] = [];
  if (tasks.project !== 'done') blockers.push({ task: 'project' });
  for (const section of tasks.sections) if (section.state !== 'done') blockers.push({ task: 'section', sectionId: section.id });
  if (tasks.budget !== 'done') blockers.push({ task: 'budget' });
  if (tasks.partners === 'inProgress') blockers.push({ task: 'partners' });
  return blockers;
}

/** "WB-2027-0007": the call's closing year and the number of the submission in the call. */
export function applicationReference(closesAt: Date, sequence: number): string {
  return `WB-${closesAt.getUTCFullYear()}-${String(sequence).padStart(4, '0')}`;
}
