import type { Executor } from '../../../platform/db/client.ts';
import { getKnowledgeItemsByIds } from '../../knowledge/material-service.ts';
import { getMembershipsOfUser, getOrganisationsByIds } from '../../organisations/service.ts';
import { getStepStates, isStrategyStep, type StepState, type StrategyStep } from '../../strategy/plan/homework-service.ts';
import {
  countConfirmed,
  listAttendedModuleIds,
  listLiveRegistrationsOf,
  listMaterialsOfModules,
  listModules,
  listSessionsOfModules,
  type ModuleRow,
  type SeminarRegistrationRow,
  type SeriesRow,
  type SessionRow,
} from '../core/repository.ts';
import { certificateDue, closingStart, couldBeEligible, materialsVisible, moduleHeld, registrationOpen } from '../core/rules.ts';
import { listFeedbackModuleIds, waitingPosition } from './repository.ts';

/** What the registration is for: the whole series, or one module of it. */
export interface Target {
  series: SeriesRow;
  /** module mode: the module; series mode: undefined */
  module: ModuleRow | undefined;
  /** 'series' or the module's id */
  scope: string;
}

/** The seats, deadline and first start that count for a target, from its (locked) rows. */
export function targetTerms(target: Target, sessions: SessionRow[]): { seats: number | null; deadline: Date | null; firstStart: Date | undefined } {
  const own = target.module ? sessions.filter((s) => s.moduleId === target.module?.id) : sessions;
  const firstStart = closingStart(own, !target.module);
  const rows = target.module ?? target.series;
  return { seats: rows.seats, deadline: rows.registrationDeadline, firstStart };
}

/** Whether a target takes registrations now. */
export function targetOpen(target: Target, sessions: SessionRow[], now: Date): boolean {
  const terms = targetTerms(target, sessions);
  return registrationOpen({ published: target.series.status === 'published', deadline: terms.deadline, firstStart: terms.firstStart, now });
}

/** An organisation the person may register for: one of their active memberships. */
export interface OrganisationChoice {
  id: string;
  name: string;
  type: string;
}

export interface RegistrationPage {
  modules: ModuleRow[];
  sessions: SessionRow[];
  open: boolean;
  full: boolean;
  /** with organisation types or homework the person registers for an organisation */
  needsOrganisation: boolean;
  organisations: OrganisationChoice[];
  /** false: none of the person's organisations has a type the series admits */
  couldBeEligible: boolean;
  /** the person has a live registration for this target already */
  registered: boolean;
}

/** The person's organisations to register for: active memberships only. */
export async function getOrganisationChoices(db: Executor, userId: string): Promise<OrganisationChoice[]> {
  const memberships = await getMembershipsOfUser(db, userId);
  return memberships.filter((m) => m.status === 'active').map((m) => ({ id: m.organisationId, name: m.name, type: m.type }));
}

/** Everything the form, the check page and the confirmation need to know about a target and the person. */
export async function getRegistrationPage(db: Executor, target: Target, userId: string, now: Date): Promise<RegistrationPage> {
  const modules = await listModules(db, target.series.id);
  const sessions = await listSessionsOfModules(
    db,
    modules.map((m) => m.id),
  );
  const terms = targetTerms(target, sessions);
  const full = terms.seats !== null && (await countConfirmed(db, target.series.id, target.scope)) >= terms.seats;
  const organisations = await getOrganisationChoices(db, userId);
  const live = await listLiveRegistrationsOf(db, target.series.id, userId);
  const rules = { requiredFunction: target.series.requiredFunction, organisationTypes: target.series.organisationTypes };
  return {
    modules,
    sessions,
    open: targetOpen(target, sessions, now),
    full,
    needsOrganisation: target.series.organisationTypes.length > 0 || modules.some((m) => m.homeworkStep !== null),
    organisations,
    couldBeEligible: couldBeEligible(
      rules,
      organisations.map((o) => o.type),
    ),
    registered: live.some((r) => r.scope === target.scope),
  };
}

/** Whether the person still has a live registration for the series (after cancelling one module). */
export async function hasParticipation(db: Executor, seriesId: string, userId: string): Promise<boolean> {
  return (await listLiveRegistrationsOf(db, seriesId, userId)).length > 0;
}

/** A module as the participant's page shows it. */
export interface ParticipantModule {
  module: ModuleRow;
  sessions: SessionRow[];
  held: boolean;
  attended: boolean;
  /** the registration that covers the module: the series' one, or the module's own */
  registration: SeminarRegistrationRow | undefined;
  /** place on the waiting list when the registration waits */
  position: number | undefined;
  /** released materials; undefined while they are not released to this person */
  materials: { id: string; title: string }[] | undefined;
  homework: { step: StrategyStep; state: StepState | undefined; organisationSlug: string | undefined } | undefined;
  feedback: 'due' | 'given' | undefined;
}

export interface Participation {
  series: SeriesRow;
  registrations: SeminarRegistrationRow[];
  modules: ParticipantModule[];
  organisation: { id: string; name: string; slug: string } | undefined;
  certificateDue: boolean;
  /** the live registrations whose first session has not begun: those may still be cancelled */
  cancellable: SeminarRegistrationRow[];
}

/**
 * A person's participation in a series: undefined without a live registration. Materials are
 * released with core's rule, to confirmed participants of the module after it was held; the
 * homework's state is read from the strategy of the registration's organisation.
 */
export async function getParticipation(db: Executor, series: SeriesRow, userId: string, now: Date): Promise<Participation | undefined> {
  const registrations = await listLiveRegistrationsOf(db, series.id, userId);
  if (registrations.length === 0) return undefined;
  const modules = await listModules(db, series.id);
  const ids = modules.map((m) => m.id);
  const sessions = await listSessionsOfModules(db, ids);
  const materials = await listMaterialsOfModules(db, ids);
  const items = new Map((await getKnowledgeItemsByIds(db, [...new Set(materials.map((m) => m.knowledgeItemId))])).map((i) => [i.id, i]));
  const attended = new Set(await listAttendedModuleIds(db, series.id, userId));
  const feedbackGiven = new Set(await listFeedbackModuleIds(db, ids, userId));
  const seriesRegistration = registrations.find((r) => r.scope === 'series');
  const organisationId = registrations.find((r) => r.organisationId)?.organisationId ?? undefined;
  const [organisation] = organisationId ? await getOrganisationsByIds(db, [organisationId]) : [];
  const states = organisation ? await getStepStates(db, organisation.id) : undefined;
  const positions = new Map<string, number>();
  for (const r of registrations) if (r.status === 'waiting') positions.set(r.id, await waitingPosition(db, r));

  const list = modules.map((module): ParticipantModule => {
    const own = sessions.filter((s) => s.moduleId === module.id);
    const held = moduleHeld(own, now);
    const registration = seriesRegistration ?? registrations.find((r) => r.moduleId === module.id);
    const viewer = registration?.status === 'confirmed' ? 'participant' : 'public';
    const released = materialsVisible({ viewer, held, materialsPublic: module.materialsPublic });
    const wasThere = attended.has(module.id);
    const step = module.homeworkStep && isStrategyStep(module.homeworkStep) ? module.homeworkStep : undefined;
    return {
      module,
      sessions: own,
      held,
      attended: wasThere,
      registration,
      position: registration ? positions.get(registration.id) : undefined,
      materials: released
        ? materials
            .filter((m) => m.moduleId === module.id)
            .flatMap((m) => {
              const item = items.get(m.knowledgeItemId);
              return item ? [{ id: item.id, title: item.title }] : [];
            })
        : undefined,
      homework: step ? { step, state: states?.[step], organisationSlug: organisation?.slug } : undefined,
      feedback: feedbackDue(module, held, wasThere) ? (feedbackGiven.has(module.id) ? 'given' : 'due') : undefined,
    };
  });
  return {
    series,
    registrations,
    modules: list,
    organisation: organisation ? { id: organisation.id, name: organisation.name, slug: organisation.slug } : undefined,
    certificateDue: certificateDue(ids, attended),
    cancellable: registrations.filter((r) => {
      const { firstStart } = targetTerms({ series, module: modules.find((m) => m.id === r.moduleId), scope: r.scope }, sessions);
      return !firstStart || firstStart > now;
    }),
  };
}

/** Feedback is asked for on a pilot module, once it was held, from those who attended it. */
export function feedbackDue(module: ModuleRow, held: boolean, attended: boolean): boolean {
  return module.isPilot && held && attended;
}
