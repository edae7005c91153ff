import type { Feature } from '../../platform/deps.ts';
import { authoringRoutes } from './authoring/routes.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { CHALLENGES_PATH, EDITOR_PATH, JURY_PATH, OWNER_PATH, SUBMISSIONS_PATH } from './core/paths.ts';
import { juryRoutes } from './jury/routes.ts';
import { challengesPersonalData } from './personal-data.ts';
import { questionsRoutes } from './questions/routes.ts';
import { challengesRetention } from './retention-entries.ts';
import { removeExpiredChallengeData } from './retention-sweep.ts';
import { seedChallenges } from './seed.ts';
import { submissionsRoutes } from './submissions/routes.ts';
import { transferRoutes } from './transfer/routes.ts';

/**
 * Call for Solutions (issue 17, seed 003): municipalities post concrete challenges, civil
 * society, start-ups and others submit solutions, a jury selects, the winners become solutions
 * of the library. Built on core/ (tables, timeline rules, paths, the search document):
 * - authoring/: the owners write a challenge with its criteria, the editors approve it
 * - catalogue/: the public list with its filters, the challenge's page, the Atom feed
 * - questions/: the public questions and answers until the challenge's Q&A date
 * - submissions/: drafts, attachments, submitting before the deadline, withdrawing, the receipt, the solution profile of a winner
 * - jury/: assignments, conflicts and reviews through the review engine, the ranking, the winners
 * - transfer/: a winner's submission becomes a solution profile of the library, confirmed by its submitter
 */
export const challengesFeature: Feature = {
  name: 'challenges',
  routes: (app, deps) => {
    authoringRoutes(app, deps);
    catalogueRoutes(app, deps);
    questionsRoutes(app, deps);
    submissionsRoutes(app, deps);
    juryRoutes(app, deps);
    transferRoutes(app, deps);
  },
  nav: [{ href: CHALLENGES_PATH, label: (t) => t.challenges.nav }],
  accountLinks: [
    { href: SUBMISSIONS_PATH, label: (t) => t.challenges.accountLinks.submissions },
    { href: OWNER_PATH, label: (t) => t.challenges.accountLinks.challenges },
    { href: JURY_PATH, label: (t) => t.challenges.accountLinks.jury },
  ],
  personalData: challengesPersonalData,
  retention: challengesRetention,
  sweep: async (deps, now) => {
    await removeExpiredChallengeData(deps, now);
  },
  seedDemo: seedChallenges,
  adminLinks: [{ href: EDITOR_PATH, permission: 'content:edit', title: (t) => t.challenges.editorTitle, body: (t) => t.challenges.editorLead }],
};
