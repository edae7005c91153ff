import { hmac, safeEqual, sha256, type Keyring } from '../../../platform/crypto.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { type EventDate, getDateWithEventAndQuestions } from '../core/event-lookups.ts';
import type { EventRow, QuestionRow, WorldCafeQuestionRow } from '../core/event-repository.ts';
import { parseReference } from './reference.ts';
import { findRegistrationByReference, type RegistrationRow } from './repository.ts';

/** What the registration pages and rules of one date need. */
export interface RegistrationContext {
  event: EventRow;
  date: EventDate;
  questions: QuestionRow[];
  worldCafe: WorldCafeQuestionRow[];
}

export async function loadRegistrationContext(db: Executor, dateId: string): Promise<RegistrationContext | undefined> {
  return getDateWithEventAndQuestions(db, dateId);
}

/**
 * The secret of a registration's view/cancel link. It is derived from the registration's
 * submission nonce with a key of its own, so that later e-mails (the offer, the reminder,
 * "you are registered already") can carry the link again; only its sha256 is stored, so
 * the database alone never yields a working link.
 */
export function manageTokenFor(keyring: Keyring, submissionNonce: string): string {
  return hmac(keyring.key('event-registration-manage'), submissionNonce);
}

export function manageTokenHash(token: string): string {
  return sha256(token);
}

/** The view/cancel page of a registration. */
export function registrationManagePath(reference: string, token: string): string {
  return `/anmeldung/${reference}?token=${encodeURIComponent(token)}`;
}

/** The page where a person on the waiting list accepts the seat offered to them. */
export function registrationOfferPath(reference: string, token: string): string {
  return `/anmeldung/${reference}/angebot?token=${encodeURIComponent(token)}`;
}

/**
 * The page where a person confirms their address, so that their held seat becomes theirs.
 * It carries the same secret as the manage link: both reach the person only by e-mail,
 * since the confirmation page of a held seat does not show the manage link.
 */
export function registrationAddressPath(reference: string, token: string): string {
  return `/anmeldung/${reference}/bestaetigen?token=${encodeURIComponent(token)}`;
}

/**
 * The registration that the link (reference and secret) opens, or undefined. A wrong secret
 * and an unknown reference look the same, so nobody learns whether a reference exists.
 * Anonymised registrations are found too: their page says that the data has been deleted.
 */
export async function findManagedRegistration(db: Executor, reference: unknown, token: unknown): Promise<RegistrationRow | undefined> {
  const parsed = parseReference(reference);
  if (!parsed || typeof token !== 'string' || token.length === 0 || token.length > 200) return undefined;
  const registration = await findRegistrationByReference(db, parsed);
  if (!registration) return undefined;
  return safeEqual(manageTokenHash(token), registration.manageTokenHash) ? registration : undefined;
}

/** Whether the stream link may be shown and sent: confirmed, online, from shortly before the start to the end. */
export function streamLinkDue(
  date: Pick<EventDate, 'online' | 'streamUrl' | 'startsAt' | 'endsAt' | 'cancelledAt'>,
  registration: Pick<RegistrationRow, 'status'>,
  streamLinkMinutes: number,
  now: Date,
): boolean {
  if (!date.online || !date.streamUrl || date.cancelledAt || registration.status !== 'confirmed') return false;
  return now.getTime() >= date.startsAt.getTime() - streamLinkMinutes * 60_000 && now.getTime() < date.endsAt.getTime();
}
