import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { getManagedOrganisations } from '../../organisations/service.ts';
import { findSolution, type SolutionRow } from '../core/repository.ts';

/**
 * The solution a manager's page is about, only when the person manages its owner organisation.
 * Someone else's solution is answered 404 like one that does not exist: a guessed id of a draft
 * must not tell that the draft is there.
 */
export async function requireOwnSolution(db: Executor, userId: string, id: string): Promise<SolutionRow> {
  const solution = isUuid(id) ? await findSolution(db, id) : undefined;
  if (!solution || !(await managesOwner(db, userId, solution))) throw notFound();
  return solution;
}

/** Whether the person manages the solution's owner organisation. */
export async function managesOwner(db: Executor, userId: string, solution: Pick<SolutionRow, 'ownerOrganisationId'>): Promise<boolean> {
  return (await getManagedOrganisations(db, userId)).some((o) => o.id === solution.ownerOrganisationId);
}

/** The solution an editor's page is about; 404 when there is none. */
export async function requireSolution(db: Executor, id: string): Promise<SolutionRow> {
  const solution = isUuid(id) ? await findSolution(db, id) : undefined;
  if (!solution) throw notFound();
  return solution;
}

/** The solution whose files a person may download before it is public: its owners' managers and the editors. */
export async function requireViewableSolution(db: Executor, user: CurrentUser, id: string): Promise<SolutionRow> {
  return hasPermission(user, 'content:edit') ? requireSolution(db, id) : requireOwnSolution(db, user.id, id);
}
