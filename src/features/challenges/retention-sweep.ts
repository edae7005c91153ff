import { recordAudit } from '../../platform/audit/record.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { removeSubjects } from '../review/service.ts';
import { processKey } from './core/process.ts';
import { listChallengesDueForRemoval, removeExpiredOfChallenge } from './privacy-repository.ts';

/**
 * DSGVO storage limitation: `retention_days` after a challenge's decision its proposals that did
 * not win are deleted with their files, and the askers are unlinked from their questions (the
 * answered ones stay public). Winners stay: they are published with the challenge. One
 * transaction per challenge; the files' bytes go after its commit, so a rollback never leaves a
 * proposal without its files. The jury's reviews of the removed proposals go with them. Safe in
 * several processes at once: a challenge with nothing left is not due.
 */
export async function removeExpiredChallengeData(deps: Pick<AppDeps, 'db' | 'files'>, now: Date): Promise<number> {
  const due = await listChallengesDueForRemoval(deps.db, now);
  for (const challengeId of due) {
    const removed = await deps.db.transaction(async (tx) => {
      const result = await removeExpiredOfChallenge(tx, challengeId);
      await removeSubjects(tx, { processKey: processKey(challengeId), subjectIds: result.submissionIds });
      if (result.submissionIds.length + result.askers > 0) {
        await recordAudit(tx, null, 'challenges.removePersonalData', { type: 'challenge', id: challengeId }, undefined, {
          submissions: result.submissionIds.length,
          askers: result.askers,
        });
      }
      return result;
    });
    for (const fileId of removed.fileIds) await deps.files.delete(fileId);
  }
  return due.length;
}
