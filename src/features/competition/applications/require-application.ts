import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { getManagedOrganisations } from '../../organisations/service.ts';
import { findApplication, listCoApplicants, type ApplicationRow, type CoApplicantRow } from './repository.ts';
import { loadDossier, type ApplicationDossier } from './service.ts';

/**
 * The application, for a manager of the organisation that applies; anyone else gets 404, so
 * that not even the existence of another organisation's application shows. Editors read
 * submitted applications on their own pages.
 */
export async function requireOwnApplication(deps: AppDeps, request: FastifyRequest, id: string): Promise<ApplicationDossier> {
  const application = isUuid(id) ? await findApplication(deps.db, id) : undefined;
  if (!application || !(await managesOrganisation(deps, request, application.organisationId))) throw notFound();
  return loadDossier(deps.db, application);
}

async function managesOrganisation(deps: AppDeps, request: FastifyRequest, organisationId: string): Promise<boolean> {
  const user = request.user;
  if (!user) return false;
  return (await getManagedOrganisations(deps.db, user.id)).some((o) => o.id === organisationId);
}

/** The invitation of an organisation to the application, for a manager of the invited organisation. */
export async function requireInvitation(
  deps: AppDeps,
  request: FastifyRequest,
  applicationId: string,
  organisationId: string,
): Promise<{ application: ApplicationRow; partner: CoApplicantRow }> {
  const application = isUuid(applicationId) && isUuid(organisationId) ? await findApplication(deps.db, applicationId) : undefined;
  if (!application || application.status === 'withdrawn') throw notFound();
  const partner = (await listCoApplicants(deps.db, application.id)).find((p) => p.organisationId === organisationId);
  if (!partner || !(await managesOrganisation(deps, request, organisationId))) throw notFound();
  return { application, partner };
}
