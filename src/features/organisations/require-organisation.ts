import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { Executor } from '../../platform/db/client.ts';
import { forbidden, notFound, type HttpError } from '../../platform/http/errors.ts';
import { findOrganisationBySlug, type OrganisationRow } from './repository.ts';
import { mayManage, type ManagerRefusal } from './rules.ts';
import { idParam } from './schema.ts';

/* For routes: the organisation or id a page is about, or the 404 or 403 page. */

/** An id of a person or an invitation in an address; anything but a UUID cannot exist. */
export function requireId(value: string): string {
  if (!idParam.safeParse(value).success) throw notFound();
  return value;
}

/** The organisation of a profile address; 404 when there is none. */
export async function requireOrganisation(db: Executor, slug: string): Promise<OrganisationRow> {
  const organisation = await findOrganisationBySlug(db, slug);
  if (!organisation) throw notFound();
  return organisation;
}

/** The organisation for its edit and member pages; 404, or 403 for everyone but its managers and administrators. */
export async function requireManagedOrganisation(db: Executor, actor: CurrentUser, slug: string): Promise<OrganisationRow> {
  const organisation = await requireOrganisation(db, slug);
  if (!(await mayManage(db, actor, organisation.id))) throw forbidden();
  return organisation;
}

/** The answer to a manager's change refused under the lock: the same pages as the checks above. */
export function refusedToManager(refusal: ManagerRefusal): HttpError {
  return refusal === 'notFound' ? notFound() : forbidden();
}
