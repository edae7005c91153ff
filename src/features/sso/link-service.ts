import { findUserById } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { openLinkOfBrowser } from './confirm-link.ts';

/** What the confirmation page shows about the open link of this browser; undefined when none is open. */
export async function pendingLinkView(deps: AppDeps, linkKey: string): Promise<{ email: string; hasPassword: boolean } | undefined> {
  const open = await openLinkOfBrowser(deps, linkKey);
  const user = open && (await findUserById(deps.db, open.userId));
  if (!user || user.disabledAt || user.deletedAt) return undefined;
  return { email: user.email, hasPassword: !!user.passwordHash };
}
