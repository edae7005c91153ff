import type { Executor } from '../../../platform/db/client.ts';
import {
  budgetProblems,
  budgetState,
  budgetTotals,
  partnersState,
  projectState,
  sectionState,
  submissionBlockers,
  type Blocker,
  type BudgetProblem,
  type BudgetTotals,
  type TaskState,
} from '../core/application-rules.ts';
import { findProjectOfApplication } from '../core/project-repository.ts';
import { loadApplicationForm, type FormSection } from '../core/form-repository.ts';
import { findCall, type CompetitionCallRow } from '../core/repository.ts';
import {
  listAnswers,
  listAttachmentsWithFiles,
  listBudgetItems,
  listCoApplicants,
  type ApplicationRow,
  type AttachmentWithFile,
  type BudgetItemRow,
  type CoApplicantRow,
} from './repository.ts';

/** The states of the task list, in its order. */
export interface TaskStates {
  project: TaskState;
  sections: { id: string; title: string; state: TaskState }[];
  budget: TaskState;
  partners: TaskState;
  attachments: TaskState;
}

/** Everything of an application: what the task list, its pages, the check page and the receipt show. */
export interface ApplicationDossier {
  application: ApplicationRow;
  call: CompetitionCallRow;
  form: FormSection[];
  answers: Map<string, string>;
  budget: BudgetItemRow[];
  totals: BudgetTotals;
  budgetProblems: BudgetProblem[];
  partners: CoApplicantRow[];
  attachments: AttachmentWithFile[];
  tasks: TaskStates;
  /** what must be done before it can be submitted; empty: it can */
  blockers: Blocker[];
  /** the funded project the award became, once the call's decisions are released */
  projectId: string | undefined;
}

export async function loadDossier(db: Executor, application: ApplicationRow): Promise<ApplicationDossier> {
  const call = (await findCall(db, application.callId))!;
  const [form, answers, budget, partners, attachments, project] = await Promise.all([
    loadApplicationForm(db, call.id),
    listAnswers(db, application.id),
    listBudgetItems(db, application.id),
    listCoApplicants(db, application.id),
    listAttachmentsWithFiles(db, application.id),
    application.status === 'awarded' && call.decisionsReleasedAt ? findProjectOfApplication(db, application.id) : undefined,
  ]);
  const tasks: TaskStates = {
    project: projectState(application),
    sections: form.map((section) => ({ id: section.id, title: section.title, state: sectionState(section.questions, answers) })),
    budget: budgetState(budget, call),
    partners: partnersState(partners),
    attachments: attachments.length > 0 ? 'done' : 'notStarted',
  };
  return {
    application,
    call,
    form,
    answers,
    budget,
    totals: budgetTotals(budget, call.ownSharePercent),
    budgetProblems: budgetProblems(budget, call),
    partners,
    attachments,
    tasks,
    blockers: submissionBlockers(tasks),
    projectId: project?.id,
  };
}
