import { randomUUID } from 'node:crypto';
import { randomToken } from '../../../platform/crypto.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import { violatedUniqueIndex } from '../../../platform/db/errors.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { holdUntil, isRegistrationOpen, type RegistrationState } from '../core/rules.ts';
import type { RegistrationToken } from './form-token.ts';
import { newReference } from './reference.ts';
import { queueRegistrationMail } from './mails.ts';
import { queueReceipt, receiptJob } from './jobs.ts';
import {
  confirmWhileOpen,
  findByNonceOrLiveAddress,
  findRegistrationById,
  findRegistrationByNonce,
  lockDate,
  REFERENCE_INDEX,
  takePlaceAndRegister,
  waitingPosition,
  type PlaceRequest,
  type RegistrationRow,
} from './repository.ts';
import type { RegistrationAnswers } from './schema.ts';
import { loadRegistrationContext, manageTokenFor, manageTokenHash, type RegistrationContext } from './service.ts';

export type RegistrationOutcome =
  | {
      kind: 'registered';
      registration: RegistrationRow;
      /** secret of the view/cancel link */
      manageToken: string;
      /** place on the waiting list when status is 'waiting' */
      position: number | undefined;
      /** true when this confirmation had been made before (double click, reload) */
      repeated: boolean;
    }
  /** the address is registered for the date already; the person got the link by e-mail */
  | { kind: 'exists'; registration: RegistrationRow };

/** Another confirmation stored the same nonce or address a moment earlier: start over and find it. */
class LostRace extends Error {}

const REFERENCE_DRAWS = 5;
const RACES = 4;

interface NewRegistrationInput {
  answers: RegistrationAnswers;
  nonce: string;
  userId: string | null;
  createdBy: string | null;
  consentVersion: number;
  locale: Locale;
  now: Date;
  /** a free seat is only held until the person confirms their address (see seat-hold.ts) */
  holdSeat: boolean;
  /** whether a second registration of the address sends that person their link again */
  notifyExisting: boolean;
  /** the editor who registers someone by hand; their action is audited */
  editor: CurrentUser | null;
}

async function describe(deps: AppDeps, registration: RegistrationRow, repeated: boolean): Promise<RegistrationOutcome> {
  return {
    kind: 'registered',
    registration,
    manageToken: manageTokenFor(deps.keyring, registration.submissionNonce),
    position: registration.status === 'waiting' ? await waitingPosition(deps.db, registration) : undefined,
    repeated,
  };
}

function placeRequest(deps: AppDeps, ctx: RegistrationContext, input: NewRegistrationInput): PlaceRequest {
  const id = randomUUID();
  const a = input.answers;
  return {
    dateId: ctx.date.id,
    newcomer: true,
    // The waiting list takes no seat, and a seat reaches someone waiting only through the
    // offer e-mail, whose link proves the address; so only a free seat taken now is held.
    holdUntil: input.holdSeat ? holdUntil(ctx.date, input.now) : null,
    id,
    values: {
      dateId: ctx.date.id,
      reference: newReference(),
      salutation: a.salutation,
      firstName: a.firstName,
      lastName: a.lastName,
      email: a.email,
      organisation: a.organisation,
      role: a.role,
      answers: a.answers,
      accessibilityNeeds: a.accessibilityNeeds,
      worldCafeQuestionId: a.worldCafeQuestionId,
      consentText: ctx.event.consentText,
      consentVersion: input.consentVersion,
      consentedAt: input.now,
      userId: input.userId,
      locale: input.locale,
      createdBy: input.createdBy,
      submissionNonce: input.nonce,
      manageTokenHash: manageTokenHash(manageTokenFor(deps.keyring, input.nonce)),
    },
    // Only the job is queued here: its receipt is written by the worker, outside the date's lock.
    receipt: receiptJob(id, input.locale),
  };
}

/**
 * Stores a registration: the seat if one is free (else a waiting-list place), the
 * registration with its reference and consent, and the receipt job (or, for a held seat, the
 * job of the e-mail that asks to confirm the address) – in one statement that commits as it
 * ends (takePlaceAndRegister), so the date's lock is never held while JavaScript runs. The
 * nonce makes it idempotent; the partial unique index allows one live registration per
 * address and date. An editor's registration is audited in the same transaction.
 */
async function createRegistration(deps: AppDeps, ctx: RegistrationContext, input: NewRegistrationInput): Promise<RegistrationOutcome> {
  const dateId = ctx.date.id;
  let draws = 0;
  let races = 0;
  for (;;) {
    const earlier = await findByNonceOrLiveAddress(deps.db, input.nonce, dateId, input.answers.email);
    if (earlier?.submissionNonce === input.nonce) return describe(deps, earlier, true);
    if (earlier) {
      if (input.notifyExisting) await notifyExistingRegistration(deps, ctx, earlier, input);
      return { kind: 'exists', registration: earlier };
    }
    const place = placeRequest(deps, ctx, input);
    const editor = input.editor;
    try {
      const { registration, lockHeldSeconds } = editor
        ? await deps.db.transaction(async (tx) => {
            const stored = await takePlaceAndRegister(tx, place);
            const { id, reference, status } = stored.registration;
            await recordAudit(tx, editor, 'event.registration.manual', { type: 'event_registration', id }, null, { reference, status, dateId });
            return stored;
          })
        : await takePlaceAndRegister(deps.db, place);
      // An editor's registration holds the lock for the audit entry too; its clock stops before that.
      deps.recordLockHeld('event_date', lockHeldSeconds);
      return describe(deps, registration, false);
    } catch (error) {
      // The refused statement took no seat. A reference drawn twice: draw another; the same
      // nonce or address: a concurrent confirmation won, and the next round finds it.
      const index = violatedUniqueIndex(error);
      if (index === undefined) throw error;
      if (index === REFERENCE_INDEX) {
        if (++draws >= REFERENCE_DRAWS) throw new Error(`no unused reference in ${REFERENCE_DRAWS} draws`, { cause: error });
      } else if (++races >= RACES) {
        throw new LostRace(`lost ${RACES} races for ${index}`, { cause: error });
      }
    }
  }
}

/** The person's link again, to the address that is registered already (at most once an hour). */
async function notifyExistingRegistration(deps: AppDeps, ctx: RegistrationContext, existing: RegistrationRow, input: NewRegistrationInput): Promise<void> {
  const { siteName: site } = await deps.settings.get();
  const hour = Math.floor(input.now.getTime() / 3_600_000);
  await queueRegistrationMail(
    deps,
    deps.db,
    'existing',
    { event: ctx.event, date: ctx.date, registration: existing },
    { site, locale: input.locale, dedupeKey: `existing:${existing.id}:${hour}` },
  );
}

/** The registration a form token has already created, if any (a reload of the confirmation). */
export async function findConfirmedRegistration(deps: AppDeps, token: RegistrationToken): Promise<RegistrationOutcome | undefined> {
  const earlier = await findRegistrationByNonce(deps.db, token.nonce);
  return earlier && earlier.dateId === token.dateId ? describe(deps, earlier, true) : undefined;
}

/**
 * Confirms the answers of a check-your-answers page. The caller has opened the token,
 * checked that registration is open and re-validated the answers against the event's
 * current questions; `answers` are those re-validated answers.
 */
export async function confirmRegistration(
  deps: AppDeps,
  options: { ctx: RegistrationContext; token: RegistrationToken; answers: RegistrationAnswers; user: CurrentUser | null; locale: Locale; now?: Date },
): Promise<RegistrationOutcome> {
  const { ctx, token } = options;
  // The account is linked only when the person who confirms is the one who filled in the form.
  const userId = token.userId && options.user?.id === token.userId ? token.userId : null;
  return createRegistration(deps, ctx, {
    answers: options.answers,
    nonce: token.nonce,
    userId,
    createdBy: null,
    consentVersion: token.consentVersion,
    locale: options.locale,
    now: options.now ?? new Date(),
    holdSeat: ctx.event.requiresConfirmedEmail,
    notifyExisting: true,
    editor: null,
  });
}

export type ConfirmAddressOutcome =
  | { ok: true; registration: RegistrationRow }
  /** 'lapsed': the hold ran out or the date was cancelled; 'notHeld': nothing to confirm (confirmed already, waiting, offered) */
  | { ok: false; reason: 'lapsed' | 'notHeld' };

/**
 * The person confirms their address with the link from the e-mail: the held seat becomes
 * theirs and the receipt goes out. A second click finds the seat confirmed ('notHeld').
 */
export async function confirmAddress(deps: AppDeps, options: { registrationId: string; locale: Locale; now?: Date }): Promise<ConfirmAddressOutcome> {
  const now = options.now ?? new Date();
  return deps.db.transaction(async (tx): Promise<ConfirmAddressOutcome> => {
    const current = await findRegistrationById(tx, options.registrationId);
    // The date's lock orders this after a cancellation of the date that came first.
    const date = current && (await lockDate(tx, current.dateId));
    if (!current || !date || date.cancelledAt) return { ok: false, reason: 'lapsed' };
    const registration = await confirmWhileOpen(tx, current.id, 'held', now);
    if (!registration) {
      // Read again under the lock: a double click's first request has committed by now.
      const status = (await findRegistrationById(tx, current.id))?.status;
      return { ok: false, reason: status === 'held' || status === 'cancelled' ? 'lapsed' : 'notHeld' };
    }
    await queueReceipt(tx, registration, options.locale);
    return { ok: true, registration };
  });
}

export type ManualRegistrationOutcome =
  | RegistrationOutcome
  | { kind: 'closed'; reason: Exclude<RegistrationState, { open: true }>['reason'] }
  | { kind: 'notFound' };

/**
 * An editor registers someone by hand (phone, paper). The same seat, waiting-list, address
 * and receipt rules apply; only a date that was cancelled or has begun refuses, since
 * editors may still add people after the deadline and to a draft event. The editor
 * confirms in their form that the person agreed to the event's current consent text.
 * An address that is registered already is reported back instead of e-mailed.
 */
export async function registerManually(
  deps: AppDeps,
  options: { dateId: string; input: RegistrationAnswers; actor: CurrentUser; now?: Date },
): Promise<ManualRegistrationOutcome> {
  const now = options.now ?? new Date();
  const ctx = await loadRegistrationContext(deps.db, options.dateId);
  if (!ctx) return { kind: 'notFound' };
  const state = isRegistrationOpen(ctx.date, now);
  if (!state.open && (state.reason === 'cancelled' || state.reason === 'past')) return { kind: 'closed', reason: state.reason };
  return createRegistration(deps, ctx, {
    answers: options.input,
    nonce: `manual-${randomToken(18)}`,
    userId: null,
    createdBy: options.actor.id,
    consentVersion: ctx.event.consentVersion,
    locale: 'de',
    now,
    // the editor has the person on the phone or on paper: there is no address to doubt
    holdSeat: false,
    notifyExisting: false,
    editor: options.actor,
  });
}
