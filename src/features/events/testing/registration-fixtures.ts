import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { confirmRegistration, type RegistrationOutcome } from '../registration/confirm-registration.ts';
import { sealRegistration, openRegistration } from '../registration/form-token.ts';
import type { RegistrationAnswers } from '../registration/schema.ts';
import { loadRegistrationContext } from '../registration/service.ts';
import { eventDates, eventQuestions, events, worldCafeQuestions, type EventStatus, type QuestionKind } from '../core/tables.ts';

/** Test support: events, dates and registrations made directly, without the editors' pages. */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const TEST_CONSENT =
  'Ich willige ein, dass meine Angaben zur Organisation der Veranstaltung verarbeitet werden.\n\nFotos und Videos der Veranstaltung können veröffentlicht werden.';

export interface TestDate {
  id: string;
  seats?: number;
  /** hours from now */
  startsInHours?: number;
  durationHours?: number;
  deadlineInHours?: number;
  online?: boolean;
  streamUrl?: string;
  town?: string;
  cancelled?: boolean;
}

export interface TestEvent {
  id: string;
  slug: string;
  dates: Record<string, string>;
  questions: Record<string, string>;
  worldCafe: string[];
}

/**
 * A published event with the given dates, four own questions (one per kind) and two
 * World Café questions. Date keys name the dates in the result.
 */
export async function createTestEvent(
  db: Executor,
  options: {
    slug: string;
    status?: EventStatus;
    dates: Record<string, Omit<TestDate, 'id'>>;
    questions?: boolean;
    worldCafe?: boolean;
    requiresConfirmedEmail?: boolean;
    now?: Date;
  },
): Promise<TestEvent> {
  const now = (options.now ?? new Date()).getTime();
  const [event] = await db
    .insert(events)
    .values({
      slug: options.slug,
      status: options.status ?? 'published',
      title: `Auftakt ${options.slug}`,
      summary: 'Auftaktveranstaltung',
      organiser: 'Ministerium',
      description: 'Programm',
      consentText: TEST_CONSENT,
      requiresConfirmedEmail: options.requiresConfirmedEmail ?? false,
      publishedAt: options.status === 'draft' ? null : new Date(now),
    })
    .returning({ id: events.id });
  const dates: Record<string, string> = {};
  for (const [key, d] of Object.entries(options.dates)) {
    const startsAt = now + (d.startsInHours ?? 10 * 24) * HOUR;
    const [row] = await db
      .insert(eventDates)
      .values({
        eventId: event!.id,
        online: d.online ?? false,
        placeName: d.online ? null : 'Rathaus',
        street: d.online ? null : 'Breite Straße 62',
        postcode: d.online ? null : '23552',
        town: d.online ? null : (d.town ?? 'Lübeck'),
        streamUrl: d.streamUrl ?? null,
        startsAt: new Date(startsAt),
        endsAt: new Date(startsAt + (d.durationHours ?? 3) * HOUR),
        doorsOpenAt: d.online ? null : new Date(startsAt - HOUR / 2),
        registrationDeadline: new Date(now + (d.deadlineInHours ?? 5 * 24) * HOUR),
        seats: d.seats ?? 50,
        cancelledAt: d.cancelled ? new Date(now - DAY) : null,
      })
      .returning({ id: eventDates.id });
    dates[key] = row!.id;
  }
  const questions: Record<string, string> = {};
  if (options.questions !== false) {
    const kinds: { key: string; kind: QuestionKind; label: string; options?: string[]; required: boolean }[] = [
      { key: 'text', kind: 'text', label: 'Was erwarten Sie?', required: true },
      { key: 'choice', kind: 'choice', label: 'Wie reisen Sie an?', options: ['Bahn', 'Auto', 'Fahrrad'], required: true },
      { key: 'multi', kind: 'multi', label: 'Welche Themen interessieren Sie?', options: ['Breitband', 'Verwaltung', 'Bildung'], required: false },
      { key: 'yesno', kind: 'yesno', label: 'Nehmen Sie am Abendessen teil?', required: true },
    ];
    for (const [position, q] of kinds.entries()) {
      const [row] = await db
        .insert(eventQuestions)
        .values({ eventId: event!.id, position, label: q.label, kind: q.kind, options: q.options ?? [], required: q.required })
        .returning({ id: eventQuestions.id });
      questions[q.key] = row!.id;
    }
  }
  const worldCafe: string[] = [];
  if (options.worldCafe !== false) {
    for (const [position, question] of ['Wie gelingt die digitale Verwaltung?', 'Was braucht das Ehrenamt?'].entries()) {
      const [row] = await db.insert(worldCafeQuestions).values({ eventId: event!.id, position, question }).returning({ id: worldCafeQuestions.id });
      worldCafe.push(row!.id);
    }
  }
  return { id: event!.id, slug: options.slug, dates, questions, worldCafe };
}

/** Valid answers for an event made by createTestEvent. */
export function testAnswers(
  event: Pick<TestEvent, 'questions' | 'worldCafe'> & Partial<TestEvent>,
  overrides: Partial<RegistrationAnswers> = {},
): RegistrationAnswers {
  const q = event.questions;
  const answers: RegistrationAnswers['answers'] = {};
  if (q.text) answers[q.text] = 'Austausch mit anderen Kommunen';
  if (q.choice) answers[q.choice] = 'Bahn';
  if (q.yesno) answers[q.yesno] = true;
  return {
    salutation: 'frau',
    firstName: 'Erika',
    lastName: 'Mustermann',
    email: 'erika@example.org',
    organisation: 'Gemeinde Musterstadt',
    role: 'kommune',
    answers,
    accessibilityNeeds: null,
    worldCafeQuestionId: event.worldCafe[0] ?? null,
    ...overrides,
  };
}

/**
 * Registers someone as if they had filled in the form and confirmed the check page: a
 * sealed token through the real confirmation. For setting up full dates and waiting lists.
 */
export async function registerDirectly(deps: AppDeps, dateId: string, answers: RegistrationAnswers): Promise<RegistrationOutcome> {
  const ctx = await loadRegistrationContext(deps.db, dateId);
  if (!ctx) throw new Error(`registerDirectly: no date ${dateId}`);
  const token = openRegistration(deps.keyring, sealRegistration(deps.keyring, { answers, dateId, consentVersion: ctx.event.consentVersion, userId: null }))!;
  return confirmRegistration(deps, { ctx, token, answers, user: null, locale: 'de' });
}
