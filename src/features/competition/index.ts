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
import { seedCompetition } from './seed.ts';

/**
 * Wettbewerb & Förderung: calls for applications with their conditions (calls/ → imports
 * projects/), the editors' builder of a call's application form and evaluation criteria
 * (form/), the funded model projects with their showcase and open data (projects/) and the
 * applications with their task list, receipt and screening (applications/) and the jury
 * (jury/ → imports applications/: assignments, the jurors' reviews and the ranking, on the
 * review engine of features/review/, which knows nothing of competitions) and the documents of
 * a call with their upload and download (documents/; calls/ shows them through the reader handed
 * in here), all built on core/ (tables, rules of eligibility, amounts, deadlines and application
 * states).
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
  adminLinks: [
    { href: '/verwaltung/wettbewerb', permission: 'content:edit', title: (t) => t.competition.editor.title, body: (t) => t.competition.editor.lead },
  ],
  personalData: competitionPersonalData,
  seedDemo: seedCompetition,
};
