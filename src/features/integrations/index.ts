import type { Feature } from '../../platform/deps.ts';
import { retentionEntry } from '../../platform/retention/registry.ts';
import { adminRoutes } from './admin-routes.ts';
import { integrationOperations } from './api-operations.ts';
import { apiWriteRoutes } from './api-routes.ts';
import { TOKENS_PATH } from './paths.ts';
import { integrationsPersonalData } from './personal-data.ts';

/**
 * Integrations (issue 18): administrators issue and revoke API tokens; other systems (an Amt's
 * event calendar, a newsroom) create events and news through the API's writes with them, as
 * drafts for the editors. The reads of the API need no token and live in the API feature.
 */
export const integrationsFeature: Feature = {
  name: 'integrations',
  routes: (app, deps) => {
    adminRoutes(app, deps);
    apiWriteRoutes(app, deps);
  },
  apiOperations: integrationOperations,
  adminLinks: [{ href: TOKENS_PATH, permission: 'admin:api-tokens', title: (t) => t.integrations.title, body: (t) => t.integrations.adminCardBody }],
  personalData: integrationsPersonalData,
  retention: [retentionEntry('apiTokens', (m) => m.period)],
};
