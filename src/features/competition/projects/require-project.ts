import type { FastifyRequest } from 'fastify';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { getManagedOrganisations } from '../../organisations/service.ts';
import { findProject, type ProjectRow } from '../core/project-repository.ts';

/** Who works in a project's workspace: the editors of the programme, or a manager of its organisation. */
export type ProjectRole = 'editor' | 'manager';

export interface ProjectAccess {
  project: ProjectRow;
  role: ProjectRole;
}

/**
 * The funded project, for the editors and for the managers of the organisation it funds;
 * anyone else gets 404, so that not even the existence of the workspace shows. A route that
 * only one of the two may use asks for that role.
 */
export async function requireProject(deps: AppDeps, request: FastifyRequest, id: string, only?: ProjectRole): Promise<ProjectAccess> {
  const project = isUuid(id) ? await findProject(deps.db, id) : undefined;
  const role = project ? await roleIn(deps, request, project) : undefined;
  if (!project || !role || (only && role !== only)) throw notFound();
  return { project, role };
}

async function roleIn(deps: AppDeps, request: FastifyRequest, project: ProjectRow): Promise<ProjectRole | undefined> {
  const user = request.user;
  if (!user) return undefined;
  if (hasPermission(user, 'content:edit')) return 'editor';
  if (!project.organisationId) return undefined;
  const managed = await getManagedOrganisations(deps.db, user.id);
  return managed.some((o) => o.id === project.organisationId) ? 'manager' : undefined;
}
