import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { getMembershipsOfUser, getOrganisationBySlug, type OrganisationRow } from '../../organisations/service.ts';
import { SLUG } from './paths.ts';
import { findStrategyOf } from './repository.ts';
import { canEditStrategy, canReadWorkbench, type StrategyAccess } from './rules.ts';
import type { StrategyRow } from './tables.ts';

/** An organisation's workbench as a route found it: the strategy is undefined until its first save. */
export interface Workbench {
  organisation: OrganisationRow;
  strategy: StrategyRow | undefined;
  access: StrategyAccess;
}

export async function accessTo(db: Executor, organisationId: string, viewer: CurrentUser | null | undefined): Promise<StrategyAccess> {
  if (!viewer) return 'none';
  const membership = (await getMembershipsOfUser(db, viewer.id)).find((m) => m.organisationId === organisationId && m.status === 'active');
  if (!membership) return 'none';
  return membership.role === 'manager' ? 'manager' : 'member';
}

/**
 * The workbench a page is about: for the organisation's managers and members only. Everyone else
 * gets 404, as for an organisation that does not exist: a draft strategy is nobody else's business.
 */
export async function requireWorkbench(db: Executor, organisationSlug: string, viewer: CurrentUser | null | undefined): Promise<Workbench> {
  const organisation = SLUG.test(organisationSlug) ? await getOrganisationBySlug(db, organisationSlug) : undefined;
  if (!organisation) throw notFound();
  const access = await accessTo(db, organisation.id, viewer);
  if (!canReadWorkbench(access)) throw notFound();
  return { organisation, strategy: await findStrategyOf(db, organisation.id), access };
}

/** The workbench its managers change; its members read it and get 403 on a change. */
export async function requireEditableWorkbench(db: Executor, organisationSlug: string, viewer: CurrentUser): Promise<Workbench> {
  const workbench = await requireWorkbench(db, organisationSlug, viewer);
  if (!canEditStrategy(workbench.access)) throw forbidden();
  return workbench;
}
