import type { Executor } from '../../../platform/db/client.ts';
import {
  countEvents,
  countRegistrationsByDate,
  listDateRows,
  listEditorEvents,
  listItemRows,
  listQuestionRows,
  listWorldCafeRows,
  type EditorEventRow,
  type EventRow,
} from '../core/event-repository.ts';
import { getEventById, listDatesOfEvent, withStatus, type EventDate } from '../core/event-lookups.ts';
import { getProgramme, programmeAt, type DateProgrammeItem, type ProgrammeEntry } from '../core/programme.ts';

export const EDITOR_PAGE_SIZE = 20;

/** The editors' list: events with coming dates first, then the rest; 20 per page. */
export async function listEventsForEditors(db: Executor, page: number): Promise<{ events: EditorEventRow[]; total: number; pages: number }> {
  const total = await countEvents(db);
  const events = await listEditorEvents(db, EDITOR_PAGE_SIZE, (page - 1) * EDITOR_PAGE_SIZE);
  return { events, total, pages: Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE)) };
}

export interface EventOverview {
  event: EventRow;
  dates: EventDate[];
  /** people on the waiting list per date id (an offered seat counts as taken, as in confirmedCount) */
  waiting: Map<string, number>;
  programmeCount: number;
  questionCount: number;
  worldCafeCount: number;
}

/** What the editors' overview of one event shows; undefined for an unknown id. */
export async function getEventOverview(db: Executor, id: string): Promise<EventOverview | undefined> {
  const event = await getEventById(db, id);
  if (!event) return undefined;
  const counts = await countRegistrationsByDate(db, id);
  return {
    event,
    dates: (await listDateRows(db, id)).map((d) => withStatus(event, d)),
    waiting: new Map(counts.map((c) => [c.dateId, c.waiting])),
    programmeCount: (await listItemRows(db, id)).length,
    questionCount: (await listQuestionRows(db, id)).length,
    worldCafeCount: (await listWorldCafeRows(db, id)).length,
  };
}

/** The programme with every date's times, as the editor's programme pages show it. */
export interface ProgrammeList {
  dates: EventDate[];
  programme: ProgrammeEntry[];
}

export async function getProgrammeList(db: Executor, eventId: string): Promise<ProgrammeList> {
  const dates = await listDatesOfEvent(db, eventId);
  return { dates, programme: await getProgramme(db, eventId, dates) };
}

/** One date's programme at its own times, with the event's dates to name it among them. */
export async function getDateProgramme(db: Executor, eventId: string, dateId: string): Promise<{ dates: EventDate[]; programme: DateProgrammeItem[] }> {
  const { dates, programme } = await getProgrammeList(db, eventId);
  return { dates, programme: programmeAt(programme, { id: dateId }) };
}
