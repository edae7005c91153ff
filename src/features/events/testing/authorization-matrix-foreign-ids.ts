import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../../platform/deps.ts';
import type { FormValues } from '../../../platform/http/form.ts';
import { EDITORS } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix, type ForeignIdRow } from '../../../testing/foreign-id-matrix.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { insertItem } from '../core/event-repository.ts';
import { listQuestionRows } from '../core/event-repository.ts';
import { sealRegistration } from '../registration/form-token.ts';
import { setCheckedIn } from '../operations/repository.ts';
import { createTestEvent, registerDirectly, testAnswers } from './registration-fixtures.ts';
import { answersToValues, type RegistrationAnswers } from '../registration/schema.ts';
import { loadRegistrationContext } from '../registration/service.ts';
import { DEMO_EVENTS } from '../seed.ts';
import {
  eventDates,
  eventMessages,
  eventQuestions,
  events,
  programmeItems,
  programmeVariations,
  registrations,
  worldCafeContributions,
  worldCafeQuestions,
} from '../core/tables.ts';
import { insertContribution, updateQuestionResult } from '../world-cafe/repository.ts';

/*
 * A second event with two dates, registrations, a programme item, questions, World Café tables
 * with a published result and a contribution. Its real ids are put into the demo kick-off's
 * addresses, its registrations into the address of its other date, and one registration's
 * secret into another's link: every address must find its child under its own parent, or
 * answer 404 (400 for answers sealed for another date) and change nothing.
 */
const KICK_OFF = DEMO_EVENTS.kickOff;
const EDIT = `/verwaltung/veranstaltungen/${KICK_OFF.id}`;
const PAGE = `/veranstaltungen/${KICK_OFF.slug}`;
const R = '/verwaltung/veranstaltungen/:id';
const D = `${R}/termine/:dateId`;
const FORM = '/veranstaltungen/:slug/termine/:dateId/anmeldung';

interface Registration {
  id: string;
  reference: string;
  token: string;
}

interface OtherEvent {
  id: string;
  first: string;
  second: string;
  item: string;
  question: string;
  /** a table with a published result and a contribution */
  table: string;
  /** a table without either */
  otherTable: string;
  contribution: string;
  /** confirmed for the first date and checked in */
  checkedIn: Registration;
  /** waiting for the first date, which has a seat free again */
  waiting: Registration;
  /** confirmed for the second date */
  confirmed: Registration;
  /** a complete registration form of the event */
  answers: FormValues;
  /** the sealed answers of that form for the first date, as the check page carries them */
  sealed: string;
  /** answers that fit the kick-off's form, but sealed for the other event's first date */
  sealedForFirst: string;
}

const EDITORS_404 = { ...EDITORS, editor: 404, admin: 404 } as const;
const EVERYONE = (status: number) => ({ anonymous: status, member: status, manager: status, editor: status, juror: status, admin: status });
const other = (e: OtherEvent) => `/verwaltung/veranstaltungen/${e.id}`;

async function register(deps: AppDeps, dateId: string, answers: RegistrationAnswers): Promise<Registration> {
  const outcome = await registerDirectly(deps, dateId, answers);
  if (outcome.kind !== 'registered') throw new Error(`registration of ${answers.email} not stored`);
  return { id: outcome.registration.id, reference: outcome.registration.reference, token: outcome.manageToken };
}

/** The kick-off's page of the other event's first date, GET. */
const datePage = (page: string): ForeignIdRow<OtherEvent> => ({
  method: 'GET',
  route: `${D}/${page}`,
  what: "another event's date",
  url: (e) => `${EDIT}/termine/${e.first}/${page}`,
  expect: EDITORS_404,
});

/** An entry of the other event's list on the kick-off's address: its page, saving, moving, deleting. */
function entryRows(section: string, entry: (e: OtherEvent) => string, form: FormValues, movable: boolean): ForeignIdRow<OtherEvent>[] {
  const route = `${R}/${section}/:entryId`;
  const at = (e: OtherEvent) => `${EDIT}/${section}/${entry(e)}`;
  const what = "another event's entry";
  return [
    { method: 'GET', route, what, url: at, expect: EDITORS_404 },
    { method: 'POST', route, what, url: at, form: () => form, expect: EDITORS_404 },
    ...(movable
      ? [
          {
            method: 'POST' as const,
            route: `${route}/verschieben`,
            what,
            url: (e: OtherEvent) => `${at(e)}/verschieben`,
            form: () => ({ direction: 'runter' }),
            expect: EDITORS_404,
          },
        ]
      : []),
    { method: 'POST', route: `${route}/loeschen`, what, url: (e) => `${at(e)}/loeschen`, expect: EDITORS_404 },
  ];
}

export const eventForeignIds: ForeignIdMatrix<OtherEvent> = {
  async setUp(deps) {
    const event = await createTestEvent(deps.db, { slug: 'werkstatt-der-nachbarkreise', dates: { first: { seats: 1 }, second: {} } });
    const { first, second } = event.dates as { first: string; second: string };
    const answers = (email: string) => testAnswers(event, { email });
    const checkedIn = await register(deps, first, answers('eingecheckt@nachbarkreis.example'));
    const waiting = await register(deps, first, answers('wartend@nachbarkreis.example'));
    const confirmed = await register(deps, second, answers('angemeldet@nachbarkreis.example'));
    await setCheckedIn(deps.db, first, checkedIn.id, new Date());
    // A seat is free again, so that only the address stands between an editor and promoting.
    await deps.db.update(eventDates).set({ seats: 2 }).where(eq(eventDates.id, first));

    const item = await insertItem(deps.db, {
      eventId: event.id,
      position: 1,
      offsetMinutes: 0,
      title: 'Begrüßung',
      speaker: '',
      description: '',
      onlyDateId: null,
    });
    const [table, otherTable] = event.worldCafe as [string, string];
    await updateQuestionResult(deps.db, table, { result: 'Mehr Sprechstunden vor Ort.', resultPublishedAt: new Date() });
    const author = await createTestUser(deps, { email: 'beitrag@nachbarkreis.example', displayName: 'Ole Carstensen' });
    const contribution = await insertContribution(deps.db, { questionId: table, userId: author.id, authorName: 'Ole Carstensen', body: 'Ein Bürgerbus.' });

    const ctx = await loadRegistrationContext(deps.db, first);
    const kickOff = await loadRegistrationContext(deps.db, KICK_OFF.dates.luebeck);
    if (!ctx || !kickOff) throw new Error('a date to register for is missing');
    const newcomer = answers('neu@nachbarkreis.example');
    const kickOffAnswers = testAnswers(
      { questions: {}, worldCafe: [KICK_OFF.worldCafeQuestion] },
      { email: 'umgeleitet@nachbarkreis.example', answers: { [KICK_OFF.question]: 'Nein' } },
    );
    return {
      id: event.id,
      first,
      second,
      item: item.id,
      question: event.questions.text!,
      table,
      otherTable,
      contribution: contribution.id,
      checkedIn,
      waiting,
      confirmed,
      answers: answersToValues(newcomer, await listQuestionRows(deps.db, event.id), true),
      sealed: sealRegistration(deps.keyring, { answers: newcomer, dateId: first, consentVersion: ctx.event.consentVersion, userId: null }),
      sealedForFirst: sealRegistration(deps.keyring, { answers: kickOffAnswers, dateId: first, consentVersion: kickOff.event.consentVersion, userId: null }),
    };
  },

  state: (deps) =>
    readTables(deps.db, [
      events,
      eventDates,
      programmeItems,
      programmeVariations,
      eventQuestions,
      worldCafeQuestions,
      worldCafeContributions,
      registrations,
      eventMessages,
    ]),

  rows: [
    // --- the other event's date on the kick-off's address --------------------------------------
    ...['bearbeiten', 'absagen', 'programm', 'anmeldungen', 'anmeldungen.csv', 'anmeldungen.xlsx', 'teilnehmerliste', 'nachrichten', 'einlass'].map(datePage),
    {
      method: 'POST',
      route: `${D}/bearbeiten`,
      what: "another event's date",
      url: (e) => `${EDIT}/termine/${e.first}/bearbeiten`,
      form: () => ({
        format: 'online',
        placeName: '',
        street: '',
        postcode: '',
        town: '',
        streamUrl: 'https://stream.example.org/uebernommen',
        day: '2031-05-20',
        startTime: '10:00',
        endTime: '11:00',
        doorsTime: '',
        deadlineDay: '2031-05-19',
        deadlineTime: '',
        seats: '500',
        note: '',
      }),
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/programm`,
      what: "another event's date",
      url: (e) => `${EDIT}/termine/${e.first}/programm`,
      form: (e) => ({ itemId: e.item, time: '11:00' }),
      expect: EDITORS_404,
    },
    // The kick-off's own date with the other event's item: that item is not in this date's programme.
    {
      method: 'POST',
      route: `${D}/programm`,
      what: "another event's programme item",
      url: () => `${EDIT}/termine/${KICK_OFF.dates.luebeck}/programm`,
      form: (e) => ({ itemId: e.item, time: '18:00' }),
      expect: { ...EDITORS, editor: 400, admin: 400 },
    },
    {
      method: 'POST',
      route: `${D}/absagen`,
      what: "another event's date",
      url: (e) => `${EDIT}/termine/${e.first}/absagen`,
      form: () => ({ reason: 'Der Saal ist belegt.' }),
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/nachrichten`,
      what: "another event's date",
      url: (e) => `${EDIT}/termine/${e.first}/nachrichten`,
      form: () => ({ subject: 'Neuer Ort', body: 'Bitte kommen Sie woanders hin.', _submission: randomUUID() }),
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/anmeldungen/manuell`,
      what: "another event's date",
      url: (e) => `${EDIT}/termine/${e.first}/anmeldungen/manuell`,
      form: (e) => e.answers,
      expect: EDITORS_404,
    },

    // --- a registration on the address of the kick-off, or of its event's other date -----------
    {
      method: 'POST',
      route: `${D}/anmeldungen/:registrationId/stornieren`,
      what: "another event's date and registration",
      url: (e) => `${EDIT}/termine/${e.second}/anmeldungen/${e.confirmed.id}/stornieren`,
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/anmeldungen/:registrationId/stornieren`,
      what: "another date's registration",
      url: (e) => `${other(e)}/termine/${e.first}/anmeldungen/${e.confirmed.id}/stornieren`,
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/anmeldungen/:registrationId/nachruecken`,
      what: "another event's date and registration",
      url: (e) => `${EDIT}/termine/${e.first}/anmeldungen/${e.waiting.id}/nachruecken`,
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/anmeldungen/:registrationId/nachruecken`,
      what: "another date's registration",
      url: (e) => `${other(e)}/termine/${e.second}/anmeldungen/${e.waiting.id}/nachruecken`,
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/einlass/:registrationId`,
      what: "another event's date and registration",
      url: (e) => `${EDIT}/termine/${e.second}/einlass/${e.confirmed.id}`,
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/einlass/:registrationId`,
      what: "another date's registration",
      url: (e) => `${other(e)}/termine/${e.first}/einlass/${e.confirmed.id}`,
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/einlass/:registrationId/rueckgaengig`,
      what: "another event's date and registration",
      url: (e) => `${EDIT}/termine/${e.first}/einlass/${e.checkedIn.id}/rueckgaengig`,
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${D}/einlass/:registrationId/rueckgaengig`,
      what: "another date's registration",
      url: (e) => `${other(e)}/termine/${e.second}/einlass/${e.checkedIn.id}/rueckgaengig`,
      expect: EDITORS_404,
    },

    // --- the other event's World Café and entries on the kick-off's address ---------------------
    {
      method: 'POST',
      route: `${R}/world-cafe/:questionId`,
      what: "another event's table",
      url: (e) => `${EDIT}/world-cafe/${e.otherTable}`,
      form: () => ({ result: 'Übernommen.' }),
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${R}/world-cafe/:questionId/zuruecknehmen`,
      what: "another event's published result",
      url: (e) => `${EDIT}/world-cafe/${e.table}/zuruecknehmen`,
      expect: EDITORS_404,
    },
    {
      method: 'POST',
      route: `${R}/world-cafe/beitraege/:contributionId/entfernen`,
      what: "another event's contribution",
      url: (e) => `${EDIT}/world-cafe/beitraege/${e.contribution}/entfernen`,
      expect: EDITORS_404,
    },

    ...entryRows('programm', (e) => e.item, { time: '11:00', title: 'Übernommen', speaker: '', description: '', onlyDateId: '' }, false),
    ...entryRows('fragen', (e) => e.question, { label: 'Übernommen?', hint: '', kind: 'text', options: '' }, true),
    ...entryRows('world-cafe-fragen', (e) => e.otherTable, { question: 'Übernommen?' }, true),

    // --- public addresses: the kick-off's slug with the other event's ids ----------------------
    {
      method: 'POST',
      route: '/veranstaltungen/:slug/world-cafe/:questionId/beitraege',
      what: "another event's table",
      url: (e) => `${PAGE}/world-cafe/${e.table}/beitraege`,
      form: () => ({ body: 'Hier hinein geschmuggelt.' }),
      expect: { ...EVERYONE(404), anonymous: 303 },
    },
    {
      method: 'GET',
      route: '/veranstaltungen/:slug/termine/:dateId.ics',
      what: "another event's date",
      url: (e) => `${PAGE}/termine/${e.first}.ics`,
      expect: EVERYONE(404),
    },
    {
      method: 'GET',
      route: '/veranstaltungen/:slug/termine/:dateId.ics',
      what: "the draft's date",
      url: () => `${PAGE}/termine/${DEMO_EVENTS.draft.dates.husum}.ics`,
      expect: EVERYONE(404),
    },
    // the first size of the consultation hour's demo picture (platform/pictures/demo-pictures.ts) on the kick-off's address
    {
      method: 'GET',
      route: '/veranstaltungen/:slug/bild/:fileId',
      what: "another event's picture",
      url: () => `${PAGE}/bild/0e7e0002-0000-4000-8000-000000000b01`,
      expect: EVERYONE(404),
    },
    { method: 'GET', route: FORM, what: "another event's date", url: (e) => `${PAGE}/termine/${e.first}/anmeldung`, expect: EVERYONE(404) },
    {
      method: 'POST',
      route: FORM,
      what: "another event's date",
      url: (e) => `${PAGE}/termine/${e.first}/anmeldung`,
      form: (e) => e.answers,
      expect: EVERYONE(404),
    },
    {
      method: 'POST',
      route: `${FORM}/bestaetigen`,
      what: "another event's date",
      url: (e) => `${PAGE}/termine/${e.first}/anmeldung/bestaetigen`,
      form: (e) => ({ token: e.sealed }),
      expect: EVERYONE(404),
    },
    // The sealed answers name their date: confirmed for another, they are refused and nothing is stored.
    {
      method: 'POST',
      route: `${FORM}/bestaetigen`,
      what: "answers sealed for another event's date",
      url: () => `${PAGE}/termine/${KICK_OFF.dates.luebeck}/anmeldung/bestaetigen`,
      form: (e) => ({ token: e.sealedForFirst }),
      expect: EVERYONE(400),
    },

    // --- a registration's own page with another registration's secret --------------------------
    {
      method: 'GET',
      route: '/anmeldung/:reference',
      what: "another registration's secret",
      url: (e) => `/anmeldung/${e.confirmed.reference}?token=${encodeURIComponent(e.checkedIn.token)}`,
      expect: EVERYONE(404),
    },
    {
      method: 'POST',
      route: '/anmeldung/:reference',
      what: "another registration's secret",
      url: (e) => `/anmeldung/${e.confirmed.reference}`,
      form: (e) => ({ token: e.checkedIn.token }),
      expect: EVERYONE(404),
    },
    {
      method: 'GET',
      route: '/anmeldung/:reference/angebot',
      what: "another registration's secret",
      url: (e) => `/anmeldung/${e.waiting.reference}/angebot?token=${encodeURIComponent(e.checkedIn.token)}`,
      expect: EVERYONE(404),
    },
    {
      method: 'POST',
      route: '/anmeldung/:reference/angebot',
      what: "another registration's secret",
      url: (e) => `/anmeldung/${e.waiting.reference}/angebot`,
      form: (e) => ({ token: e.checkedIn.token }),
      expect: EVERYONE(404),
    },
    {
      method: 'GET',
      route: '/anmeldung/:reference/bestaetigen',
      what: "another registration's secret",
      url: (e) => `/anmeldung/${e.confirmed.reference}/bestaetigen?token=${encodeURIComponent(e.checkedIn.token)}`,
      expect: EVERYONE(404),
    },
    {
      method: 'POST',
      route: '/anmeldung/:reference/bestaetigen',
      what: "another registration's secret",
      url: (e) => `/anmeldung/${e.confirmed.reference}/bestaetigen`,
      form: (e) => ({ token: e.checkedIn.token }),
      expect: EVERYONE(404),
    },
    // Taking a registration into one's account needs that registration's own link.
    {
      method: 'POST',
      route: '/anmeldung/:reference/konto',
      what: "another registration's secret",
      url: (e) => `/anmeldung/${e.confirmed.reference}/konto`,
      form: (e) => ({ token: e.checkedIn.token }),
      expect: { ...EVERYONE(404), anonymous: 303 },
    },
  ],
};
