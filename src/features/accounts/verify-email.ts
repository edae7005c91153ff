import { peekAccountToken, redeemAccountToken } from '../../platform/auth/tokens.ts';
import { findUserById, updateUser } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';

export async function isVerifyTokenUsable(deps: AppDeps, rawToken: unknown): Promise<boolean> {
  return Boolean(await peekAccountToken(deps.db, rawToken, 'verify-email'));
}

/** Confirms the address behind a verification link; false for a used, expired or unknown link. */
export async function verifyEmail(deps: AppDeps, rawToken: unknown): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const token = await redeemAccountToken(tx, rawToken, 'verify-email');
    if (!token) return false;
    const user = await findUserById(tx, token.userId);
    if (!user || user.deletedAt) return false;
    if (!user.emailVerifiedAt) await updateUser(tx, user.id, { emailVerifiedAt: new Date() });
    return true;
  });
}
