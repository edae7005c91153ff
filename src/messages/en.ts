import type { Messages } from './de.ts';
import { common } from './en/common.ts';
import { pages } from './en/pages.ts';
import { accounts } from './en/accounts.ts';
import { admin } from './en/admin.ts';
import { design } from './en/design.ts';
import { organisations } from './en/organisations.ts';
import { events } from './en/events.ts';
import { eventOperations } from './en/event-operations.ts';
import { eventRegistration } from './en/event-registration.ts';
import { search } from './en/search.ts';
import { knowledge } from './en/knowledge.ts';
import { retention } from './en/retention.ts';
import { audit } from './en/audit.ts';
import { pictures } from './en/pictures.ts';
import { competition } from './en/competition.ts';
import { competitionApplications } from './en/competition-applications.ts';
import { competitionDecisions } from './en/competition-decisions.ts';
import { competitionJury } from './en/competition-jury.ts';
import { competitionDocuments } from './en/competition-documents.ts';
import { competitionProjects } from './en/competition-projects.ts';
import { competitionReports } from './en/competition-reports.ts';
import { review } from './en/review.ts';
import { versions } from './en/versions.ts';
import { solutions } from './en/solutions.ts';
import { solutionsLibrary } from './en/solutions-library.ts';
import { solutionsProfiles } from './en/solutions-profiles.ts';
import { solutionsAdoptions } from './en/solutions-adoptions.ts';
import { solutionsPublicCode } from './en/solutions-publiccode.ts';
import { network } from './en/network.ts';
import { networkDirectory } from './en/network-directory.ts';
import { networkGroups } from './en/network-groups.ts';
import { networkDiscussions } from './en/network-discussions.ts';
import { networkNotifications } from './en/network-notifications.ts';
import { networkShelf } from './en/network-shelf.ts';
import { strategy } from './en/strategy.ts';
import { strategyAssessment } from './en/strategy-assessment.ts';
import { strategyPlan } from './en/strategy-plan.ts';
import { strategyMeasures } from './en/strategy-measures.ts';
import { strategyPublishing } from './en/strategy-publishing.ts';
import { seminars } from './en/seminars.ts';
import { seminarsEditor } from './en/seminars-editor.ts';
import { seminarsCatalogue } from './en/seminars-catalogue.ts';
import { seminarsRegistration } from './en/seminars-registration.ts';
import { seminarsOperations } from './en/seminars-operations.ts';
import { challenges } from './en/challenges.ts';
import { challengesAuthoring } from './en/challenges-authoring.ts';
import { challengesCatalogue } from './en/challenges-catalogue.ts';
import { challengesQuestions } from './en/challenges-questions.ts';
import { challengesSubmissions } from './en/challenges-submissions.ts';
import { challengesJury } from './en/challenges-jury.ts';
import { api } from './en/api.ts';
import { integrations } from './en/integrations.ts';
import { openData } from './en/open-data.ts';
import { sso } from './en/sso.ts';
import { programme } from './en/programme.ts';
import { newsletter } from './en/newsletter.ts';

export const en: Messages = {
  common,
  pages,
  accounts,
  admin,
  design,
  organisations,
  events,
  eventOperations,
  eventRegistration,
  search,
  knowledge,
  retention,
  audit,
  pictures,
  competition,
  competitionApplications,
  competitionDecisions,
  solutions,
  solutionsLibrary,
  solutionsProfiles,
  solutionsAdoptions,
  solutionsPublicCode,
  network,
  networkDirectory,
  networkGroups,
  networkDiscussions,
  networkNotifications,
  networkShelf,
  strategy,
  strategyAssessment,
  strategyPlan,
  strategyMeasures,
  strategyPublishing,
  seminars,
  seminarsEditor,
  seminarsCatalogue,
  seminarsRegistration,
  seminarsOperations,
  challenges,
  challengesAuthoring,
  challengesCatalogue,
  challengesQuestions,
  challengesSubmissions,
  challengesJury,
  integrations,
  openData,
  sso,
  programme,
  newsletter,
  competitionJury,
  competitionDocuments,
  competitionProjects,
  competitionReports,
  review,
  versions,
  api,
};
