import type { Executor } from '../../../platform/db/client.ts';
import { getManagedOrganisations, getOrganisationById } from '../../organisations/service.ts';
import type { SubmissionRow } from '../core/repository.ts';

/**
 * Who will own the solution profile: the organisation the proposal was submitted for; for a
 * person on their own one of the organisations they manage (a choice); or nobody yet.
 */
export type TransferOwner =
  | { kind: 'organisation'; organisation: { id: string; name: string } }
  | { kind: 'choice'; organisations: { id: string; name: string }[] }
  | { kind: 'none' };

export async function getTransferOwner(db: Executor, submission: Pick<SubmissionRow, 'organisationId'>, userId: string): Promise<TransferOwner> {
  if (submission.organisationId) {
    const organisation = await getOrganisationById(db, submission.organisationId);
    if (organisation) return { kind: 'organisation', organisation: { id: organisation.id, name: organisation.name } };
    return { kind: 'none' };
  }
  const managed = await getManagedOrganisations(db, userId);
  return managed.length === 0 ? { kind: 'none' } : { kind: 'choice', organisations: managed.map((o) => ({ id: o.id, name: o.name })) };
}

/** The organisation the person may give the profile to, or undefined for a forged or stale choice. */
export function ownerFor(owner: TransferOwner, chosen: string | undefined): { id: string; name: string } | undefined {
  if (owner.kind === 'organisation') return !chosen || chosen === owner.organisation.id ? owner.organisation : undefined;
  if (owner.kind === 'choice') return owner.organisations.find((o) => o.id === chosen);
  return undefined;
}

/** Whether the person manages the organisation: only its managers edit its solutions. */
export async function managesOrganisation(db: Executor, userId: string, organisationId: string): Promise<boolean> {
  return (await getManagedOrganisations(db, userId)).some((o) => o.id === organisationId);
}
