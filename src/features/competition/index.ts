import type { Feature } from '../../platform/deps.ts';
import { applicantRoutes } from './applications/applicant-routes.ts';
import { planRoutes } from './applications/plan-routes.ts';
import { receiptJobs } from './applications/receipt-job.ts';
import { screeningRoutes } from './applications/screening-routes.ts';
import { callEditorRoutes } from './calls/editor-routes.ts';
import { openCallsTeaser } from './calls/home-teaser.ts';
import { callPublicRoutes } from './calls/public-routes.ts';
import { decisionRoutes } from './decisions/editor-routes.ts';
import { callDocumentRoutes } from './documents/routes.ts';
import { listCallDocuments } from './documents/repository.ts';
import { formEditorRoutes } from './form/editor-routes.ts';
import { juryEditorRoutes } from './jury/editor-routes.ts';
import { jurorRoutes } from './jury/juror-routes.ts';
import { projectPublicRoutes } from './projects/public-routes.ts';
import { projectReportRoutes } from './projects/reports/routes.ts';
import { sendReportReminders } from './projects/reports/send-reminders.ts';
import { projectWorkspaceRoutes } from './projects/workspace/routes.ts';
import { competitionOrganisationSections } from './organisation-sections.ts';
import { competitionPersonalData } from './personal-data.ts';
import { competitionRetention } from './retention-entries.ts';
import { seedCompetition } from './seed.ts';
import { APPLICATIONS_PATH } from './core/paths.ts';

/**
 * Wettbewerb & Förderung, built on core/ (tables, the rules of eligibility, amounts, deadlines
 * and application states, and the rows that several parts read: calls, applications, projects):
 * - calls/ (→ projects/): calls with their conditions, drafts, publishing, the archive; the
 *   documents of a call reach its pages through the reader handed in here
 * - documents/: the call's documents, uploaded by editors and downloaded by everyone
 * - form/: the editors' builder of a call's application form and evaluation criteria
 * - applications/ (→ projects/): the task list, partners, receipt, screening and withdrawal
 * - jury/ (→ applications/): assignments, reviews and the ranking on the review engine of
 *   features/review/, which knows nothing of competitions
 * - decisions/ (→ jury/): awards within the budget and their release, which turns each award
 *   into a funded project
 * - projects/: the showcase and open data of funded projects; workspace/ (milestones, payment
 *   requests, status) and reports/ (scheduled, written, reminded, published) for the editors
 *   and the project's managers
 */
export const competitionFeature: Feature = {
  name: 'competition',
  routes: (app, deps) => {
    callPublicRoutes(app, deps, listCallDocuments);
    projectPublicRoutes(app, deps);
    callEditorRoutes(app, deps, listCallDocuments);
    callDocumentRoutes(app, deps);
    formEditorRoutes(app, deps);
    applicantRoutes(app, deps);
    planRoutes(app, deps);
    screeningRoutes(app, deps);
    juryEditorRoutes(app, deps);
    jurorRoutes(app, deps);
    decisionRoutes(app, deps);
    projectReportRoutes(app, deps);
    projectWorkspaceRoutes(app, deps);
  },
  jobs: receiptJobs,
  sweep: sendReportReminders,
  nav: [{ href: '/wettbewerb', label: (t) => t.competition.nav }],
  homeTeaser: openCallsTeaser,
  organisationSections: competitionOrganisationSections,
  accountLinks: [{ href: APPLICATIONS_PATH, label: (t) => t.competitionApplications.mine.title }],
  adminLinks: [
    { href: '/verwaltung/wettbewerb', permission: 'content:edit', title: (t) => t.competition.editor.title, body: (t) => t.competition.editor.lead },
  ],
  personalData: competitionPersonalData,
  retention: competitionRetention,
  seedDemo: seedCompetition,
};
