import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { countConfirmed, listModules, listSessionsOfModules, lockModule, lockSeries, type SeminarRegistrationRow } from '../core/repository.ts';
import { queueSeminarMail } from './mails.ts';
import { insertRegistration, lockLiveRegistration, waitingPosition } from './repository.ts';
import { targetOpen, targetTerms, type Target } from './service.ts';

export interface RegisterParticipantOptions {
  target: Target;
  actor: CurrentUser;
  /** checked by the route: one of the person's active memberships, of an admitted type where the series asks */
  organisationId: string | undefined;
  functionStatement: string;
  locale: Locale;
  site: MailSite;
  now: Date;
}

export type RegisterOutcome = { kind: 'confirmed' | 'waiting'; registration: SeminarRegistrationRow } | { kind: 'closed' } | { kind: 'exists' };

/**
 * Registers a person for a series or one module. The series' row (series mode) or the module's
 * row (module mode) is locked, so that two people never take the last seat together: the seats
 * are counted under the lock, a free seat confirms, a full target puts the person on the
 * waiting list. A second live registration in the same scope is refused ('exists'); the partial
 * unique index makes that hold even without the lock.
 */
export async function registerParticipant(tx: Executor, options: RegisterParticipantOptions): Promise<RegisterOutcome> {
  const { actor } = options;
  const series = await lockSeries(tx, options.target.series.id);
  const module = options.target.module && (await lockModule(tx, options.target.module.id));
  if (!series || (options.target.module && module?.seriesId !== series.id)) return { kind: 'closed' };
  const target: Target = { series, module: module || undefined, scope: options.target.scope };
  const modules = await listModules(tx, series.id);
  const sessions = await listSessionsOfModules(tx, target.module ? [target.module.id] : modules.map((m) => m.id));
  if (!targetOpen(target, sessions, options.now)) return { kind: 'closed' };
  if (await lockLiveRegistration(tx, series.id, target.scope, actor.id)) return { kind: 'exists' };
  const { seats } = targetTerms(target, sessions);
  const free = seats === null || (await countConfirmed(tx, series.id, target.scope)) < seats;
  const registration = await insertRegistration(tx, {
    seriesId: series.id,
    moduleId: target.module?.id ?? null,
    scope: target.scope,
    userId: actor.id,
    organisationId: options.organisationId ?? null,
    functionStatement: options.functionStatement,
    status: free ? 'confirmed' : 'waiting',
    consentText: series.consentText,
  });
  if (!registration) return { kind: 'exists' };
  await recordAudit(tx, actor, 'seminars.registration.create', { type: 'seminar_registration', id: registration.id }, undefined, {
    series: series.slug,
    scope: target.scope,
    status: registration.status,
  });
  const position = registration.status === 'waiting' ? await waitingPosition(tx, registration) : undefined;
  await queueSeminarMail(tx, {
    kind: registration.status === 'waiting' ? 'waiting' : 'confirmed',
    to: actor,
    locale: options.locale,
    series,
    modules,
    sessions,
    registration,
    ...(position ? { position } : {}),
    site: options.site,
  });
  return { kind: registration.status === 'waiting' ? 'waiting' : 'confirmed', registration };
}
