import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import type { AdoptionSide } from './rules.ts';
import { loadAdoption, myOrganisations, type NamedAdoption } from './service.ts';

/** How the person stands to an adoption: on which side, and whether they may act for it. */
export interface AdoptionAccess {
  adoption: NamedAdoption;
  /** a member of the owner organisation sees the adoption; only its managers answer */
  owner: 'member' | 'manager' | undefined;
  /** a member of the adopting organisation sees it; only its managers move it on and report */
  adopter: 'member' | 'manager' | undefined;
}

/**
 * The adoption, for the members of the two organisations it is between; anyone else gets 404,
 * so that not even its existence shows. A route that needs a manager of one side asks for that
 * side, and a member who is no manager gets 404 too.
 */
export async function requireAdoption(deps: AppDeps, request: FastifyRequest, id: string, managerOf?: AdoptionSide): Promise<AdoptionAccess> {
  const user = request.user;
  const adoption = user && isUuid(id) ? await loadAdoption(deps.db, id) : undefined;
  if (!user || !adoption) throw notFound();
  const mine = await myOrganisations(deps.db, user.id);
  const role = (organisationId: string) => {
    const found = mine.find((o) => o.id === organisationId);
    return found ? (found.manager ? 'manager' : 'member') : undefined;
  };
  const access: AdoptionAccess = { adoption, owner: role(adoption.ownerOrganisationId), adopter: role(adoption.organisationId) };
  if (!access.owner && !access.adopter) throw notFound();
  if (managerOf && access[managerOf] !== 'manager') throw notFound();
  return access;
}
