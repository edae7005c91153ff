import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { hasPermission } from '../../platform/auth/policy.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { deleteOrganisationRow, findOrganisationById } from './repository.ts';
import { organisationSnapshot } from './rules.ts';

export type DeleteOrganisationOutcome = 'deleted' | 'notFound' | 'notAllowed';

/** Deletes an organisation with its memberships and invitations; for administrators only. */
export async function deleteOrganisation(
  deps: Pick<AppDeps, 'db'>,
  options: { actor: CurrentUser; organisationId: string },
): Promise<DeleteOrganisationOutcome> {
  const { actor, organisationId } = options;
  if (!hasPermission(actor, 'admin:organisations')) return 'notAllowed';
  return deps.db.transaction(async (tx): Promise<DeleteOrganisationOutcome> => {
    const before = await findOrganisationById(tx, organisationId);
    if (!before) return 'notFound';
    await deleteOrganisationRow(tx, organisationId);
    await recordAudit(tx, actor, 'organisation.delete', { type: 'organisation', id: organisationId }, organisationSnapshot(before), null);
    return 'deleted';
  });
}
