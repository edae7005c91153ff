import { recordAudit } from '../../platform/audit/record.ts';
import { insertUser } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { runOncePerSubmissionUnlessRefused, type Refusal } from '../../platform/http/submissions.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { recordAccountConsent } from '../accounts/consent-service.ts';
import type { NewAccountProposal } from './finish-login.ts';
import { insertIdentity } from './repository.ts';

export type CreateAccountOutcome = { kind: 'created'; userId: string | undefined; location: string } | { kind: 'taken' };

/**
 * Creates the account the person agreed to: the provider's verified address (no password, no
 * confirmation mail), the name from its claims, the mapped role, and the identity. A double
 * submit creates nothing twice (userId is then undefined: the first request started the
 * session); an address or identity taken meanwhile refuses, and nothing is stored.
 */
export async function createAccount(
  deps: AppDeps,
  options: { proposal: NewAccountProposal; locale: Locale; submissionId: string | undefined },
): Promise<CreateAccountOutcome> {
  const { proposal } = options;
  let userId: string | undefined;
  const result = await runOncePerSubmissionUnlessRefused<'taken'>(deps.db, options.submissionId, async (tx): Promise<string | Refusal<'taken'>> => {
    const user = await insertUser(tx, {
      email: proposal.email,
      displayName: proposal.displayName,
      passwordHash: null,
      siteRole: proposal.role ?? 'member',
      emailVerifiedAt: new Date(),
      locale: options.locale,
    });
    if (!user) return { refused: 'taken' };
    const identity = await insertIdentity(tx, { userId: user.id, issuer: proposal.issuer, subject: proposal.subject, email: proposal.email });
    if (!identity) return { refused: 'taken' };
    await recordAccountConsent(tx, { userId: user.id, locale: options.locale });
    await recordAudit(tx, user, 'sso.account-created', { type: 'user', id: user.id }, undefined, { issuer: proposal.issuer, siteRole: user.siteRole });
    userId = user.id;
    return '/konto';
  });
  if ('refused' in result) return { kind: 'taken' };
  return { kind: 'created', userId: result.repeated ? undefined : userId, location: result.location };
}
