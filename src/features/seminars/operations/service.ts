import type { Executor } from '../../../platform/db/client.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { getOrganisationsByIds } from '../../organisations/service.ts';
import { getStepStates, type StepState, type StrategyStep } from '../../strategy/plan/homework-service.ts';
import { listModules, type ModuleRow, type SeriesRow } from '../core/repository.ts';
import {
  findConfirmedInScope,
  listAttendanceOfModules,
  listConfirmedOfScope,
  listFeedbackOfModule,
  listLiveRegistrationsOfSeries,
  type FeedbackRow,
  type ParticipantRow,
} from './repository.ts';

export interface ParticipantEntry extends ParticipantRow {
  /** the municipality the person registered for; undefined when none was named or it is gone */
  organisationName: string | undefined;
  /** the module a module-mode registration is for */
  module: ModuleRow | undefined;
  /** of the series' modules, those the person attended */
  attended: ReadonlySet<string>;
}

export interface OrganisationSteps {
  id: string;
  name: string;
  steps: Record<StrategyStep, StepState>;
}

export interface ParticipantsOverview {
  modules: ModuleRow[];
  confirmed: ParticipantEntry[];
  /** in the order they came in, which is the order seats are offered */
  waiting: ParticipantEntry[];
  /** the participants' municipalities with how far each got in its strategy, by name */
  organisations: OrganisationSteps[];
}

/**
 * The series' participants for its editors: every live registration, with how many modules the
 * person attended and how far their municipality's digital strategy has come — the homework of
 * the modules is done there.
 */
export async function getParticipantsOverview(db: Executor, series: SeriesRow): Promise<ParticipantsOverview> {
  const modules = await listModules(db, series.id);
  const registrations = await listLiveRegistrationsOfSeries(db, series.id);
  const attendance = await listAttendanceOfModules(
    db,
    modules.map((m) => m.id),
  );
  const attendedBy = new Map<string, Set<string>>();
  for (const a of attendance) attendedBy.set(a.userId, (attendedBy.get(a.userId) ?? new Set()).add(a.moduleId));
  const organisationIds = [...new Set(registrations.flatMap((r) => (r.registration.organisationId ? [r.registration.organisationId] : [])))];
  const organisationRows = await getOrganisationsByIds(db, organisationIds);
  const nameOf = new Map(organisationRows.map((o) => [o.id, o.name]));
  const moduleById = new Map(modules.map((m) => [m.id, m]));
  const entries = registrations.map(
    (r): ParticipantEntry => ({
      ...r,
      organisationName: r.registration.organisationId ? nameOf.get(r.registration.organisationId) : undefined,
      module: r.registration.moduleId ? moduleById.get(r.registration.moduleId) : undefined,
      attended: attendedBy.get(r.registration.userId) ?? new Set(),
    }),
  );
  const organisations: OrganisationSteps[] = [];
  for (const o of [...organisationRows].sort((a, b) => a.name.localeCompare(b.name, 'de'))) {
    organisations.push({ id: o.id, name: o.name, steps: await getStepStates(db, o.id) });
  }
  return {
    modules,
    confirmed: entries.filter((e) => e.registration.status === 'confirmed'),
    waiting: entries.filter((e) => e.registration.status === 'waiting'),
    organisations,
  };
}

/** Who may be checked in for a module: the series' participants, or in module mode the module's. */
export function attendanceScope(series: Pick<SeriesRow, 'registrationMode'>, module: Pick<ModuleRow, 'id'>): string {
  return series.registrationMode === 'series' ? 'series' : module.id;
}

export interface CheckInEntry extends ParticipantRow {
  organisationName: string | undefined;
  present: boolean;
}

/** The check-in list of a module: its participants by name, each with whether they were there. */
export async function getCheckInList(db: Executor, series: SeriesRow, module: ModuleRow): Promise<CheckInEntry[]> {
  const participants = await listConfirmedOfScope(db, series.id, attendanceScope(series, module));
  const present = new Set((await listAttendanceOfModules(db, [module.id])).map((a) => a.userId));
  const organisations = await getOrganisationsByIds(db, [
    ...new Set(participants.flatMap((p) => (p.registration.organisationId ? [p.registration.organisationId] : []))),
  ]);
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  return participants.map((p) => ({
    ...p,
    organisationName: p.registration.organisationId ? nameOf.get(p.registration.organisationId) : undefined,
    present: present.has(p.registration.userId),
  }));
}

export interface FeedbackSummary {
  answers: FeedbackRow[];
  /** undefined while nobody answered */
  average: number | undefined;
}

export async function getFeedbackSummary(db: Executor, module: ModuleRow): Promise<FeedbackSummary> {
  const answers = await listFeedbackOfModule(db, module.id);
  const average = answers.length > 0 ? answers.reduce((sum, a) => sum + a.rating, 0) / answers.length : undefined;
  return { answers, average };
}

/** The module's number in the series as the editors and participants count (1, 2, …), whatever its stored position. */
export async function getModuleNumber(db: Executor, series: SeriesRow, module: ModuleRow): Promise<number> {
  return (await listModules(db, series.id)).findIndex((m) => m.id === module.id) + 1;
}

/** Whether the person holds a seat for this module: only they can be checked in. */
export async function isParticipantOfModule(db: Executor, series: SeriesRow, module: ModuleRow, userId: string): Promise<boolean> {
  return isUuid(userId) && (await findConfirmedInScope(db, series.id, attendanceScope(series, module), userId)) !== undefined;
}
