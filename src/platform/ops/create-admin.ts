import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { hashPassword } from '../auth/password.ts';
import { findUserByEmail, insertUser, updateUser } from '../auth/user-repository.ts';
import { randomToken } from '../crypto.ts';
import type { Database } from '../db/client.ts';
import { emailField, requiredText } from '../http/form.ts';
import { OpsError } from './ops-error.ts';

const createAdminInput = z.strictObject({
  // login address of the administrator; lower-cased like every stored address
  email: emailField(),
  // display name for a new account; an existing account keeps its own
  name: requiredText(120).optional(),
});

export type CreateAdminOutcome =
  | { outcome: 'created'; email: string; password: string }
  | { outcome: 'promoted' | 'already-admin'; email: string; disabled: boolean; hasPassword: boolean };

/**
 * Makes sure an administrator with this address exists, for the first start of an
 * installation and for when nobody can sign in as administrator any more. A new account
 * gets a generated password (there is no terminal to type one into in CI); an existing
 * one is promoted and keeps its password.
 */
export async function createAdmin(db: Database, input: { email: string; name?: string | undefined }): Promise<CreateAdminOutcome> {
  const parsed = createAdminInput.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] === 'name' ? `name "${input.name}"` : `e-mail address "${input.email}"`;
    throw new OpsError(`The ${field} is not valid.`);
  }
  const { email, name } = parsed.data;
  const password = randomToken(18);
  const passwordHash = await hashPassword(password);
  const now = new Date();

  return db.transaction(async (tx): Promise<CreateAdminOutcome> => {
    const existing = await findUserByEmail(tx, email);
    if (!existing) {
      const created = await insertUser(tx, {
        email,
        displayName: name ?? email.split('@')[0]!,
        passwordHash,
        siteRole: 'admin',
        emailVerifiedAt: now,
      });
      if (!created) throw new OpsError(`An account for ${email} was created at the same moment; run the command again.`);
      await recordAudit(tx, null, 'user.create-admin', { type: 'user', id: created.id }, null, { email, siteRole: 'admin' });
      return { outcome: 'created', email, password };
    }
    const state = { email, disabled: existing.disabledAt !== null, hasPassword: existing.passwordHash !== null };
    if (existing.siteRole === 'admin' && existing.emailVerifiedAt) return { outcome: 'already-admin', ...state };
    await updateUser(tx, existing.id, { siteRole: 'admin', emailVerifiedAt: existing.emailVerifiedAt ?? now });
    await recordAudit(
      tx,
      null,
      'user.promote-admin',
      { type: 'user', id: existing.id },
      { siteRole: existing.siteRole, emailVerified: existing.emailVerifiedAt !== null },
      { siteRole: 'admin', emailVerified: true },
    );
    return { outcome: 'promoted', ...state };
  });
}
