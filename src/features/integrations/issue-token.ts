import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { Tx } from '../../platform/db/client.ts';
import { insertTokenRow, type ApiTokenRow } from './repository.ts';
import type { IssueTokenInput } from './schema.ts';
import { newApiToken } from './token.ts';

export type IssueTokenOutcome =
  /** `token` is shown once and never stored */
  { kind: 'issued'; row: ApiTokenRow; token: string } | { kind: 'expiryPast' };

/**
 * Issues a token for an integration. Only its hash is kept; the audit entry names the token by
 * its prefix and never holds the secret. Runs in the caller's transaction (the once-per-submission one).
 */
export async function issueToken(tx: Tx, options: { actor: CurrentUser; input: IssueTokenInput; now: Date }): Promise<IssueTokenOutcome> {
  const { actor, input, now } = options;
  if (input.expiresOn && input.expiresOn <= now) return { kind: 'expiryPast' };
  const { token, prefix, hash } = newApiToken();
  const row = await insertTokenRow(tx, { name: input.name, tokenHash: hash, prefix, scopes: input.scopes, expiresAt: input.expiresOn, createdBy: actor.id });
  await recordAudit(tx, actor, 'apiToken.issue', { type: 'api_token', id: row.id }, null, {
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  });
  return { kind: 'issued', row, token };
}
