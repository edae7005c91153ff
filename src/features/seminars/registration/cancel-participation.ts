import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { countConfirmed, listModules, listSessionsOfModules, lockModule, lockSeries } from '../core/repository.ts';
import { queueSeminarMail } from './mails.ts';
import { cancelRegistrationRow, confirmRegistrationRow, findAddressee, lockFirstWaiting, lockLiveRegistration } from './repository.ts';
import { targetTerms, type Target } from './service.ts';

export interface CancelParticipationOptions {
  target: Target;
  actor: CurrentUser;
  locale: Locale;
  site: MailSite;
  now: Date;
}

export type CancelOutcome = 'cancelled' | 'notRegistered' | 'begun';

/**
 * Ends a person's live registration for a series or a module, until its first session begins.
 * A freed seat goes to the longest waiting person of the same scope in the same transaction,
 * who is told by mail (in their own language); the canceller gets a confirmation.
 */
export async function cancelParticipation(tx: Executor, options: CancelParticipationOptions): Promise<CancelOutcome> {
  const { actor } = options;
  const series = await lockSeries(tx, options.target.series.id);
  const module = options.target.module && (await lockModule(tx, options.target.module.id));
  if (!series) return 'notRegistered';
  const target: Target = { series, module: module || undefined, scope: options.target.scope };
  const registration = await lockLiveRegistration(tx, series.id, target.scope, actor.id);
  if (!registration) return 'notRegistered';
  const modules = await listModules(tx, series.id);
  const sessions = await listSessionsOfModules(tx, target.module ? [target.module.id] : modules.map((m) => m.id));
  const { seats, firstStart } = targetTerms(target, sessions);
  if (firstStart && firstStart <= options.now) return 'begun';
  const cancelled = await cancelRegistrationRow(tx, registration.id);
  await recordAudit(
    tx,
    actor,
    'seminars.registration.cancel',
    { type: 'seminar_registration', id: registration.id },
    { status: registration.status },
    { status: cancelled.status },
  );
  await queueSeminarMail(tx, { kind: 'cancelled', to: actor, locale: options.locale, series, modules, sessions, registration: cancelled, site: options.site });

  const seatFree = seats === null || (await countConfirmed(tx, series.id, target.scope)) < seats;
  const next = seatFree ? await lockFirstWaiting(tx, series.id, target.scope) : undefined;
  if (!next) return 'cancelled';
  const movedUp = await confirmRegistrationRow(tx, next.id);
  await recordAudit(tx, null, 'seminars.registration.moveUp', { type: 'seminar_registration', id: next.id }, { status: 'waiting' }, { status: 'confirmed' });
  const addressee = await findAddressee(tx, next.userId);
  if (addressee) {
    await queueSeminarMail(tx, {
      kind: 'movedUp',
      to: addressee,
      locale: addressee.locale,
      series,
      modules,
      sessions,
      registration: movedUp,
      site: options.site,
    });
  }
  return 'cancelled';
}
