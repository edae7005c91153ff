import type { AppDeps } from '../deps.ts';
import { daysBefore } from '../retention/periods.ts';
import { AuditPseudonymiser } from './pseudonyms.ts';
import { listEntriesToPseudonymise, savePseudonymisedEntry } from './repository.ts';

const BATCH = 200;

/**
 * DSGVO storage limitation for the audit log: who did what stays recorded, but after
 * AUDIT_PERSONAL_DATA_DAYS the actor's address and the names and addresses in the recorded
 * changes are replaced by pseudonyms. Each entry is done once (pseudonymised_at).
 */
export async function pseudonymiseOldAuditEntries(deps: Pick<AppDeps, 'db' | 'keyring' | 'config'>, now: Date): Promise<void> {
  const pseudonymiser = new AuditPseudonymiser(deps.keyring);
  const cutoff = daysBefore(now, deps.config.auditPersonalDataDays);
  for (;;) {
    const batch = await listEntriesToPseudonymise(deps.db, cutoff, BATCH);
    for (const entry of batch) await savePseudonymisedEntry(deps.db, entry.id, pseudonymiser.entry(entry), now);
    if (batch.length < BATCH) return;
  }
}
