import { randomToken, type Keyring } from '../../../platform/crypto.ts';
import { z } from 'zod';
import { REGISTRATION_ROLES, SALUTATIONS, type RegistrationAnswers } from './schema.ts';

/**
 * GOV.UK's "check your answers" without storing anything before the person confirms: the
 * answers travel through the browser sealed (AES-GCM: encrypted, authenticated) with a
 * purpose of their own and a lifetime of two hours. Not in the database, not in a session.
 */
const PURPOSE = 'event-registration';
export const FORM_TOKEN_TTL_SECONDS = 2 * 3600;

export interface RegistrationToken {
  answers: RegistrationAnswers;
  /** one registration per nonce: a repeated confirmation finds the first one */
  nonce: string;
  dateId: string;
  /** the consent text version the person saw and agreed to */
  consentVersion: number;
  /** the signed-in person who filled in the form */
  userId: string | null;
}

// Sealed by us, so tampering is impossible; the shape is still checked, because a token
// sealed by an older release may still be travelling after an update.
const tokenShape = z.object({
  answers: z.object({
    salutation: z.enum(SALUTATIONS).nullable(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    organisation: z.string(),
    role: z.enum(REGISTRATION_ROLES),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()])),
    accessibilityNeeds: z.string().nullable(),
    worldCafeQuestionId: z.string().nullable(),
  }),
  nonce: z.string().min(20),
  dateId: z.string(),
  consentVersion: z.number().int(),
  userId: z.string().nullable(),
});

export function sealRegistration(keyring: Keyring, value: Omit<RegistrationToken, 'nonce'>, now = Date.now()): string {
  const token: RegistrationToken = { ...value, nonce: randomToken(18) };
  return keyring.seal(PURPOSE, token, FORM_TOKEN_TTL_SECONDS, now);
}

/** The token's content, or undefined when it was tampered with, has expired or is not ours. */
export function openRegistration(keyring: Keyring, token: unknown, now = Date.now()): RegistrationToken | undefined {
  if (typeof token !== 'string' || token.length > 16_000) return undefined;
  const parsed = tokenShape.safeParse(keyring.unseal(PURPOSE, token, now));
  return parsed.success ? parsed.data : undefined;
}
