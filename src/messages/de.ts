import { common } from './de/common.ts';
import { pages } from './de/pages.ts';
import { accounts } from './de/accounts.ts';
import { admin } from './de/admin.ts';
import { design } from './de/design.ts';
import { organisations } from './de/organisations.ts';
import { events } from './de/events.ts';
import { eventOperations } from './de/event-operations.ts';
import { eventRegistration } from './de/event-registration.ts';
import { search } from './de/search.ts';
import { knowledge } from './de/knowledge.ts';
import { retention } from './de/retention.ts';
import { audit } from './de/audit.ts';
import { pictures } from './de/pictures.ts';
import { competition } from './de/competition.ts';
import { competitionApplications } from './de/competition-applications.ts';
import { competitionDecisions } from './de/competition-decisions.ts';
import { competitionJury } from './de/competition-jury.ts';
import { competitionDocuments } from './de/competition-documents.ts';
import { competitionProjects } from './de/competition-projects.ts';
import { competitionReports } from './de/competition-reports.ts';
import { review } from './de/review.ts';
import { versions } from './de/versions.ts';
import { solutions } from './de/solutions.ts';
import { solutionsLibrary } from './de/solutions-library.ts';
import { solutionsProfiles } from './de/solutions-profiles.ts';
import { solutionsAdoptions } from './de/solutions-adoptions.ts';
import { solutionsPublicCode } from './de/solutions-publiccode.ts';
import { network } from './de/network.ts';
import { networkDirectory } from './de/network-directory.ts';
import { networkGroups } from './de/network-groups.ts';
import { networkDiscussions } from './de/network-discussions.ts';
import { networkNotifications } from './de/network-notifications.ts';
import { networkShelf } from './de/network-shelf.ts';
import { strategy } from './de/strategy.ts';
import { strategyAssessment } from './de/strategy-assessment.ts';
import { strategyPlan } from './de/strategy-plan.ts';
import { strategyMeasures } from './de/strategy-measures.ts';
import { strategyPublishing } from './de/strategy-publishing.ts';
import { seminars } from './de/seminars.ts';
import { seminarsEditor } from './de/seminars-editor.ts';
import { seminarsCatalogue } from './de/seminars-catalogue.ts';
import { seminarsRegistration } from './de/seminars-registration.ts';
import { seminarsOperations } from './de/seminars-operations.ts';
import { challenges } from './de/challenges.ts';
import { challengesAuthoring } from './de/challenges-authoring.ts';
import { challengesCatalogue } from './de/challenges-catalogue.ts';
import { challengesQuestions } from './de/challenges-questions.ts';
import { challengesSubmissions } from './de/challenges-submissions.ts';
import { challengesJury } from './de/challenges-jury.ts';
import { api } from './de/api.ts';
import { integrations } from './de/integrations.ts';
import { openData } from './de/open-data.ts';
import { sso } from './de/sso.ts';
import { programme } from './de/programme.ts';
import { newsletter } from './de/newsletter.ts';

/**
 * The German catalogue is the reference: its shape is the type every other language must
 * fill. Each area keeps its texts in its own file under de/ and en/.
 */
export const de = {
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

export type Messages = typeof de;
