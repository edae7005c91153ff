import type { Feature } from '../../platform/deps.ts';
import { MY_PROFILE_PATH, NETWORK_PATH, NOTIFICATIONS_PATH } from './core/paths.ts';
import { listActiveGroupIdsOf } from './core/repository.ts';
import { groupSearchKey } from './core/rules.ts';
import { directoryRoutes } from './directory/routes.ts';
import { discussionsRoutes } from './discussions/routes.ts';
import { entryRoutes } from './entry-routes.ts';
import { groupsRoutes } from './groups/routes.ts';
import { recentDiscussionsTeaser } from './home-teaser.ts';
import { jobs as notificationJobs } from './notifications/jobs.ts';
import { notificationsRoutes } from './notifications/routes.ts';
import { sweepDigests } from './notifications/send-digests.ts';
import { shelfRoutes } from './shelf/routes.ts';
import { networkPersonalData } from './personal-data.ts';
import { networkRetention } from './retention-entries.ts';
import { sweepNetworkRetention } from './retention-sweep.ts';
import { seedNetwork } from './seed.ts';

/**
 * Netzwerk Digitale Kommune (issue 15), built on core/ (tables, paths, the rules of a group,
 * a person's place in it, notifications as rows):
 * - directory/: the people who opted in, with filters, and each person's network profile
 * - groups/: groups with their visibility and join rules, members, pinned information, file shelf and events
 * - shelf/: a group's file shelf and the events marked as the group's
 * - discussions/: threads and replies, quotes, mentions, "hilfreich", answers, moderation and reports
 * - notifications/: the in-app list, each member's choice per group, immediate mails, digests, unsubscribing
 * The organisation directory below /netzwerk/organisationen belongs to the organisations feature.
 */
export const networkFeature: Feature = {
  name: 'network',
  routes: (app, deps) => {
    entryRoutes(app, deps);
    directoryRoutes(app, deps);
    groupsRoutes(app, deps);
    discussionsRoutes(app, deps);
    shelfRoutes(app, deps);
    notificationsRoutes(app, deps);
  },
  nav: [{ href: NETWORK_PATH, label: (t) => t.common.nav.network }],
  accountLinks: [
    { href: MY_PROFILE_PATH, label: (t) => t.networkDirectory.accountLink },
    { href: NOTIFICATIONS_PATH, label: (t) => t.networkNotifications.accountLink },
  ],
  homeTeaser: recentDiscussionsTeaser,
  searchAccess: async (db, userId) => (await listActiveGroupIdsOf(db, userId)).map(groupSearchKey),
  personalData: networkPersonalData,
  retention: networkRetention,
  jobs: notificationJobs,
  sweep: async (deps, now) => {
    await sweepNetworkRetention(deps, now);
    await sweepDigests(deps, now);
  },
  seedDemo: seedNetwork,
};
