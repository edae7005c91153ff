import type { Feature } from '../../platform/deps.ts';
import { organisationsPersonalData } from './personal-data.ts';
import { organisationsRetention } from './retention-entries.ts';
import { organisationRoutes } from './routes.ts';
import { seedOrganisations } from './seed.ts';

/**
 * Organisations of the network (municipalities, Ämter, companies, science …), their
 * members, join requests and invitations. Other features read through service.ts; each
 * change is a command file of its own (edit-organisation.ts, invite-member.ts …).
 */
export const organisationsFeature: Feature = {
  name: 'organisations',
  routes: organisationRoutes,
  personalData: organisationsPersonalData,
  retention: organisationsRetention,
  seedDemo: seedOrganisations,
};
