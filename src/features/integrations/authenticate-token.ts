import type { TokenActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { findTokenByHash, touchTokenRow, type ApiTokenRow } from './repository.ts';
import type { ApiScope } from './tables.ts';
import { tokenHashOf } from './token.ts';

export type TokenCheck =
  | { kind: 'ok'; token: ApiTokenRow }
  /** no token, not one of ours, revoked or expired: the client learns no more than that */
  | { kind: 'invalid' }
  /** a valid token without the scope the operation needs */
  | { kind: 'insufficientScope' };

/**
 * Finds the token a request presents and checks that it may do what the operation needs. A
 * valid token's use is noted (at most once a minute, see touchTokenRow).
 */
export async function authenticateToken(db: Executor, options: { presented: string | undefined; scope: ApiScope; now: Date }): Promise<TokenCheck> {
  const hash = options.presented === undefined ? undefined : tokenHashOf(options.presented);
  const token = hash === undefined ? undefined : await findTokenByHash(db, hash);
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= options.now)) return { kind: 'invalid' };
  await touchTokenRow(db, token.id);
  if (!token.scopes.includes(options.scope)) return { kind: 'insufficientScope' };
  return { kind: 'ok', token };
}

/** How the audit log names what a token wrote: the token's name and id, never the token. */
export function tokenActor(token: Pick<ApiTokenRow, 'id' | 'name'>): TokenActor {
  return { id: null, email: `API-Token „${token.name}“ (${token.id})` };
}
