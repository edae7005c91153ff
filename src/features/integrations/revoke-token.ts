import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { findTokenRow, revokeTokenRow } from './repository.ts';

export type RevokeTokenOutcome = 'revoked' | 'alreadyRevoked' | 'notFound';

/** Ends a token at once: the next request with it gets 401. A revoked token stays in the list, for the record. */
export async function revokeToken(deps: Pick<AppDeps, 'db'>, options: { actor: CurrentUser; tokenId: string }): Promise<RevokeTokenOutcome> {
  const { actor, tokenId } = options;
  if (!isUuid(tokenId)) return 'notFound';
  return deps.db.transaction(async (tx): Promise<RevokeTokenOutcome> => {
    const revoked = await revokeTokenRow(tx, tokenId, actor.id);
    if (!revoked) return (await findTokenRow(tx, tokenId)) ? 'alreadyRevoked' : 'notFound';
    await recordAudit(
      tx,
      actor,
      'apiToken.revoke',
      { type: 'api_token', id: tokenId },
      { revokedAt: null },
      {
        name: revoked.name,
        prefix: revoked.prefix,
        revokedAt: revoked.revokedAt?.toISOString() ?? null,
      },
    );
    return 'revoked';
  });
}
