import { findUserByEmail, insertUser } from '../../platform/auth/user-repository.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { DAY_MS } from '../../platform/retention/periods.ts';
import { berlinToUtc, utcToBerlin } from '../../platform/time/berlin-time.ts';
import { getKnowledgeItemsByIds } from '../knowledge/material-service.ts';
import { listPublishedItemsForChoice } from '../knowledge/service.ts';
import { getOrganisationBySlug } from '../organisations/service.ts';
import {
  insertDemoAttendance,
  insertDemoFeedback,
  insertDemoMaterials,
  insertDemoModules,
  insertDemoRegistrations,
  insertDemoSeries,
  insertDemoSessions,
} from './demo-repository.ts';
import { demoRegistrationId, demoSessionId, MATERIAL_ITEM_IDS, MODULE_IDS, SERIES_ID, SERIES_SLUG } from './seed-ids.ts';
import { DEMO_CHECK_IN_BY, DEMO_MODULES, DEMO_PARTICIPANTS, DEMO_PUBLISHED_MATERIALS, DEMO_SERIES, type DemoSession } from './seed-series.ts';
import { indexSeries } from './core/search-document.ts';

/** The worksheet of each module, where it has one (MATERIAL_ITEM_IDS). */
const WORKSHEETS: (string | undefined)[] = [MATERIAL_ITEM_IDS[0], MATERIAL_ITEM_IDS[1]];

interface Clock {
  now: Date;
  ago(days: number): Date;
  /** the Berlin calendar day `days` from the first start, a weekday: seminars are not held at weekends */
  day(days: number): string;
}

function clockAt(now: Date): Clock {
  const today = utcToBerlin(now).date;
  return {
    now,
    ago: (days) => new Date(now.getTime() - Math.round(days * DAY_MS)),
    day: (days) => {
      const [y, m, d] = today.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d + days));
      const weekday = date.getUTCDay();
      if (weekday === 6) date.setUTCDate(date.getUTCDate() + 2);
      if (weekday === 0) date.setUTCDate(date.getUTCDate() + 1);
      return date.toISOString().slice(0, 10);
    },
  };
}

const sessionTimes = (session: DemoSession, clock: Clock) => {
  const day = clock.day(session.inDays);
  return { startsAt: berlinToUtc(day, session.from), endsAt: berlinToUtc(day, session.to) };
};

/** The modules' materials: the worksheets by their fixed ids, the rest by slug; only items that exist. */
async function materialRows(tx: Executor) {
  const worksheets = new Set((await getKnowledgeItemsByIds(tx, [...MATERIAL_ITEM_IDS])).map((item) => item.id));
  const published = new Map((await listPublishedItemsForChoice(tx)).map((item) => [item.slug, item.id]));
  return MODULE_IDS.flatMap((moduleId, m) => {
    const worksheet = WORKSHEETS[m];
    const ids = [
      ...(worksheet && worksheets.has(worksheet) ? [worksheet] : []),
      ...(DEMO_PUBLISHED_MATERIALS[m] ?? []).flatMap((slug) => published.get(slug) ?? []),
    ];
    return ids.map((knowledgeItemId, i) => ({ moduleId, knowledgeItemId, position: i + 1 }));
  });
}

/** The participants' accounts: the demo accounts and the network's people by address, the others made here. */
async function participantIds(tx: Executor, now: Date): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const p of DEMO_PARTICIPANTS) {
    const user =
      (await findUserByEmail(tx, p.email)) ??
      (p.displayName ? await insertUser(tx, { email: p.email, displayName: p.displayName, passwordHash: null, emailVerifiedAt: now }) : undefined);
    if (user) ids.set(p.email, user.id);
  }
  return ids;
}

async function seedParticipants(tx: Executor, clock: Clock, startWorkshop: { startsAt: Date; endsAt: Date }): Promise<void> {
  const people = await participantIds(tx, clock.now);
  const checkedInBy = (await findUserByEmail(tx, DEMO_CHECK_IN_BY))?.id ?? null;
  const registrations = [];
  const attendance = [];
  const feedback = [];
  for (const [n, p] of DEMO_PARTICIPANTS.entries()) {
    const userId = people.get(p.email);
    if (!userId) continue;
    const registeredAt = clock.ago(p.registeredDaysAgo);
    registrations.push({
      id: demoRegistrationId(n + 1),
      seriesId: SERIES_ID,
      moduleId: null,
      scope: 'series',
      userId,
      organisationId: (await getOrganisationBySlug(tx, p.organisation))?.id ?? null,
      functionStatement: p.functionStatement,
      status: 'confirmed' as const,
      consentText: DEMO_SERIES.consentText,
      createdAt: registeredAt,
      confirmedAt: registeredAt,
    });
    if (p.attendedStart) {
      // checked in at the door before the start
      attendance.push({ moduleId: MODULE_IDS[0], userId, checkedInAt: new Date(startWorkshop.startsAt.getTime() - (n + 5) * 60_000), checkedInBy });
    }
    if (p.feedback) {
      feedback.push({ moduleId: MODULE_IDS[0], userId, rating: p.feedback.rating, comment: p.feedback.comment, createdAt: clock.ago(p.feedback.daysAgo) });
    }
  }
  await insertDemoRegistrations(tx, registrations);
  await insertDemoAttendance(tx, attendance);
  await insertDemoFeedback(tx, feedback);
}

/**
 * The seminar series' demo content (seed-series.ts, after seed 004): the published series
 * "Digitale Kommune – Seminarreihe" with its start workshop held as a pilot three weeks ago and
 * four modules ahead, their materials from the knowledge base, and eight confirmed participants
 * (manager@ among them, mitglied@ not), five of whom attended the start workshop. Runs on every
 * start after the accounts, organisations, network, knowledge base and workbench, in one
 * transaction; once the series is there nothing of it is touched again.
 */
export async function seedSeminars(deps: AppDeps): Promise<void> {
  const clock = clockAt(new Date());
  const sessions = DEMO_MODULES.map((module) => module.sessions.map((session) => sessionTimes(session, clock)));
  const all = sessions.flat();
  const year = (at: Date) => Number(utcToBerlin(at).date.slice(0, 4));
  await deps.db.transaction(async (tx) => {
    const isNew = await insertDemoSeries(tx, {
      id: SERIES_ID,
      slug: SERIES_SLUG,
      status: 'published',
      title: DEMO_SERIES.title,
      summary: DEMO_SERIES.summary,
      aim: DEMO_SERIES.aim,
      audience: DEMO_SERIES.audience,
      startYear: year(all[0]!.startsAt),
      endYear: year(all[all.length - 1]!.endsAt),
      partners: [...DEMO_SERIES.partners],
      registrationMode: 'series',
      seats: DEMO_SERIES.seats,
      registrationDeadline: berlinToUtc(clock.day(DEMO_SERIES.deadlineInDays), '23:59'),
      requiredFunction: DEMO_SERIES.requiredFunction,
      organisationTypes: [...DEMO_SERIES.organisationTypes],
      consentText: DEMO_SERIES.consentText,
      retentionDays: DEMO_SERIES.retentionDays,
      createdAt: clock.ago(60),
      updatedAt: clock.ago(50),
      publishedAt: clock.ago(50),
    });
    if (!isNew) return;
    await insertDemoModules(
      tx,
      DEMO_MODULES.map(({ sessions: _sessions, ...module }, m) => ({ ...module, id: MODULE_IDS[m]!, seriesId: SERIES_ID, position: m + 1 })),
    );
    await insertDemoSessions(
      tx,
      DEMO_MODULES.flatMap((module, m) =>
        module.sessions.map((session, n) => ({
          id: demoSessionId(m, n + 1),
          moduleId: MODULE_IDS[m]!,
          ...sessions[m]![n]!,
          online: session.online,
          venue: session.venue,
          town: session.town,
        })),
      ),
    );
    await insertDemoMaterials(tx, await materialRows(tx));
    await seedParticipants(tx, clock, sessions[0]![0]!);
    await indexSeries(tx, SERIES_ID);
  });
}
