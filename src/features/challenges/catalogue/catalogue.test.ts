import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import {
  CHALLENGES_PATH,
  challengePath,
  EDITOR_PATH,
  editorChallengePath,
  FEED_PATH,
  OWNER_PATH,
  ownerChallengePath,
  questionsPath,
  startSubmissionPath,
} from '../core/paths.ts';
import { findChallengeBySlug } from '../core/repository.ts';
import { challengePhase, LIST_STATES, listState } from '../core/rules.ts';
import { describeTestChallenge, insertTestQuestion, linkTestSolution, setTestAwardNote } from '../testing/catalogue-fixtures.ts';
import { insertTestChallenge, insertTestOrganisationWithManager, insertTestSubmission } from '../testing/fixtures.ts';
import { nextDate } from './next-date.ts';

const DAY = 24 * 60 * 60 * 1000;
const daysFromNow = (n: number) => new Date(Date.now() + n * DAY);

/** The challenges a list page shows, in its order: the links of its cards. */
function listed(body: string): string[] {
  return [...body.matchAll(/<a class="kern-link--stretched" href="\/call-for-solutions\/([a-z0-9-]+)">/g)].map((m) => m[1] ?? '');
}

describe('the date a list entry names', () => {
  const timeline = {
    status: 'published' as const,
    questionsUntil: new Date('2027-03-01T12:00:00Z'),
    submissionOpensAt: new Date('2027-02-01T08:00:00Z'),
    submissionClosesAt: new Date('2027-03-15T12:00:00Z'),
    juryUntil: new Date('2027-04-15T12:00:00Z'),
    announcementAt: new Date('2027-05-01T10:00:00Z'),
    decidedAt: null,
  };
  it('follows the timeline from the opening to the decision', () => {
    assert.deepEqual(nextDate(timeline, new Date('2027-01-01T00:00:00Z')), { kind: 'opens', at: timeline.submissionOpensAt });
    assert.deepEqual(nextDate(timeline, new Date('2027-03-15T11:59:59Z')), { kind: 'closes', at: timeline.submissionClosesAt });
    assert.deepEqual(nextDate(timeline, new Date('2027-03-15T12:00:00Z')), { kind: 'jury', at: timeline.juryUntil });
    assert.deepEqual(nextDate(timeline, new Date('2027-04-20T00:00:00Z')), { kind: 'announcement', at: timeline.announcementAt });
    const decidedAt = new Date('2027-04-28T09:00:00Z');
    assert.deepEqual(nextDate({ ...timeline, decidedAt }, new Date('2027-05-02T00:00:00Z')), { kind: 'decided', at: decidedAt });
    assert.equal(nextDate({ ...timeline, status: 'draft' }, new Date('2027-02-10T00:00:00Z')), undefined);
  });
});

eachBackend('Call for Solutions: the public list, a challenge’s page and the feed', (backend) => {
  let rt: TestRuntime;
  let anonymous: TestClient;
  let member: TestClient;
  let owner: TestClient;
  let editor: TestClient;
  let organisationId: string;
  const c = { open: '', upcoming: '', jury: '', decided: '', draft: '', inReview: '' };
  const ids = { open: '', draft: '' };
  const submissions = { teamWinner: '', personWinner: '', loser: '', withdrawnWinner: '' };
  let winnerSolutionId = '';

  const signedIn = async (options: { email: string }) => {
    const client = new TestClient(rt.app);
    await client.login(options.email, TEST_PASSWORD);
    return client;
  };

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    anonymous = new TestClient(rt.app);
    const posting = await insertTestOrganisationWithManager(rt.deps, { name: 'Gemeinde Kirchbarkau' });
    organisationId = posting.organisationId;
    owner = await signedIn(posting.manager);
    const someone = await createTestUser(rt.deps);
    member = await signedIn(someone);
    editor = await signedIn(await createTestUser(rt.deps, { siteRole: 'editor' }));

    const open = await insertTestChallenge(db, { organisationId, phase: 'open', closesAt: daysFromNow(5), title: 'Mitfahren & Einkaufen <im Dorf>' });
    const upcoming = await insertTestChallenge(db, { organisationId, phase: 'upcoming' });
    const jury = await insertTestChallenge(db, { organisationId, phase: 'jury' });
    const decided = await insertTestChallenge(db, { organisationId, phase: 'decided' });
    const draft = await insertTestChallenge(db, { organisationId, phase: 'draft' });
    const inReview = await insertTestChallenge(db, { organisationId, phase: 'in_review' });
    Object.assign(c, { open: open.slug, upcoming: upcoming.slug, jury: jury.slug, decided: decided.slug, draft: draft.slug, inReview: inReview.slug });
    Object.assign(ids, { open: open.id, draft: draft.id });

    await describeTestChallenge(db, open.id, {
      fieldsOfAction: ['mobilitaet'],
      publishedAt: daysFromNow(-3),
      context: 'Im Amt fahren **zwei Busse** am Tag.',
      contact: 'Bürgermeisteramt Kirchbarkau\nTelefon 04302 1234',
    });
    await describeTestChallenge(db, upcoming.id, { fieldsOfAction: ['bildung'], publishedAt: daysFromNow(-1) });
    await describeTestChallenge(db, jury.id, { fieldsOfAction: ['mobilitaet', 'daseinsvorsorge'], publishedAt: daysFromNow(-10) });
    await describeTestChallenge(db, decided.id, { fieldsOfAction: ['bildung'], publishedAt: daysFromNow(-20) });
    await describeTestChallenge(db, draft.id, { fieldsOfAction: ['mobilitaet'] });

    await insertTestQuestion(db, { challengeId: open.id, askedBy: someone.id, answered: true });
    await insertTestQuestion(db, { challengeId: open.id, askedBy: someone.id, answered: false });

    const startup = await insertTestOrganisationWithManager(rt.deps, { type: 'unternehmen', name: 'Nordlicht Software GmbH' });
    const person = await createTestUser(rt.deps);
    const other = await createTestUser(rt.deps);
    submissions.teamWinner = await insertTestSubmission(db, {
      challengeId: decided.id,
      submitterId: startup.manager.id,
      organisationId: startup.organisationId,
      winner: true,
      title: 'Schulweg-App Nordlicht',
    });
    await setTestAwardNote(db, submissions.teamWinner, 'Pilotierung 2027 in Kirchbarkau');
    winnerSolutionId = await linkTestSolution(db, {
      submissionId: submissions.teamWinner,
      organisationId: startup.organisationId,
      title: 'Schulweg-App Nordlicht',
      status: 'published',
    });
    submissions.personWinner = await insertTestSubmission(db, { challengeId: decided.id, submitterId: person.id, winner: true, title: 'Elternbus per SMS' });
    await linkTestSolution(db, { submissionId: submissions.personWinner, organisationId: startup.organisationId, title: 'Elternbus per SMS', status: 'draft' });
    submissions.loser = await insertTestSubmission(db, { challengeId: decided.id, submitterId: other.id, title: 'Ein Vorschlag ohne Preis' });
    submissions.withdrawnWinner = await insertTestSubmission(db, {
      challengeId: decided.id,
      submitterId: someone.id,
      status: 'withdrawn',
      winner: true,
      title: 'Zurückgezogene Idee',
    });
  });
  after(async () => {
    await rt.close();
  });

  it('lists the published challenges only, open ones first and the newest deadline first', async () => {
    const res = await anonymous.get(CHALLENGES_PATH);
    assert.equal(res.statusCode, 200);
    // upcoming closes in 20 days, open in 5: both open, the later deadline first
    assert.deepEqual(listed(res.body), [c.upcoming, c.open, c.jury, c.decided]);
    assert.ok(res.body.includes('Mitfahren &amp; Einkaufen &lt;im Dorf>'));
    assert.ok(res.body.includes('von Gemeinde Kirchbarkau'));
    assert.ok(res.body.includes('Einreichung offen'));
    assert.ok(res.body.includes('Einreichung bis '));
    assert.ok(res.body.includes('Einreichung ab '));
    assert.ok(res.body.includes('Jury bis '));
    assert.ok(res.body.includes('Entschieden am '));
    assert.ok(res.body.includes('Preis: Pilotierung mit 10.000 Euro'));
    assert.ok(res.body.includes(`href="${FEED_PATH}"`));
    assert.ok(res.body.includes('Zivilgesellschaft'), 'the explanation at the top');
    assert.ok(!res.body.includes(`href="${OWNER_PATH}"`));
    assert.ok(!res.body.includes(c.draft) && !res.body.includes(c.inReview));
    assert.ok(!(await owner.get(CHALLENGES_PATH)).body.includes(c.draft), 'not even for its owner');
  });

  it('narrows the list by state and by field of action, as the timeline rules say', async () => {
    const now = new Date();
    const published = [c.upcoming, c.open, c.jury, c.decided];
    for (const state of LIST_STATES) {
      const expected: string[] = [];
      for (const slug of published) {
        const row = await findChallengeBySlug(rt.deps.db, slug);
        if (row && listState(challengePhase(row, now)) === state) expected.push(slug);
      }
      const res = await anonymous.get(`${CHALLENGES_PATH}?stand=${state}`);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(listed(res.body), expected, state);
      assert.ok(res.body.includes(`<option value="${state}" selected>`));
    }
    assert.deepEqual(listed((await anonymous.get(`${CHALLENGES_PATH}?stand=open`)).body), [c.upcoming, c.open]);
    assert.deepEqual(listed((await anonymous.get(`${CHALLENGES_PATH}?stand=closed`)).body), [c.jury]);
    assert.deepEqual(listed((await anonymous.get(`${CHALLENGES_PATH}?stand=decided`)).body), [c.decided]);
    assert.deepEqual(listed((await anonymous.get(`${CHALLENGES_PATH}?handlungsfeld=mobilitaet`)).body), [c.open, c.jury]);
    assert.deepEqual(listed((await anonymous.get(`${CHALLENGES_PATH}?handlungsfeld=bildung`)).body), [c.upcoming, c.decided]);
    assert.deepEqual(listed((await anonymous.get(`${CHALLENGES_PATH}?stand=open&handlungsfeld=mobilitaet`)).body), [c.open]);
    assert.deepEqual(listed((await anonymous.get(`${CHALLENGES_PATH}?handlungsfeld=verwaltung`)).body), []);
    assert.ok((await anonymous.get(`${CHALLENGES_PATH}?handlungsfeld=verwaltung`)).body.includes('Zu diesen Filtern gibt es keine Herausforderung.'));
  });

  it('ignores filter values that are not ours and shows everything', async () => {
    const all = [c.upcoming, c.open, c.jury, c.decided];
    for (const query of [
      'stand=kaputt',
      'stand=OPEN',
      'stand=open&stand=closed',
      'handlungsfeld=%3Cscript%3E',
      'handlungsfeld=gibt-es-nicht',
      'handlungsfeld[]=bildung',
      'seite=abc',
      'seite=-3',
      'seite=999999999999',
      'seite=7',
    ]) {
      const res = await anonymous.get(`${CHALLENGES_PATH}?${query}`);
      assert.equal(res.statusCode, 200, query);
      assert.deepEqual(listed(res.body), all, query);
    }
  });

  it('shows the owners and the editors their way in, and no one else', async () => {
    const forOwner = (await owner.get(CHALLENGES_PATH)).body;
    assert.ok(forOwner.includes(`href="${OWNER_PATH}"`));
    assert.ok(!forOwner.includes(`href="${EDITOR_PATH}"`));
    assert.ok(!(await member.get(CHALLENGES_PATH)).body.includes(`href="${OWNER_PATH}"`));
    assert.ok((await editor.get(CHALLENGES_PATH)).body.includes(`href="${EDITOR_PATH}"`));

    const page = (await owner.get(challengePath(c.open))).body;
    assert.ok(page.includes(`href="${ownerChallengePath(ids.open)}"`));
    assert.ok(!page.includes(editorChallengePath(ids.open)));
    assert.ok((await editor.get(challengePath(c.open))).body.includes(`href="${editorChallengePath(ids.open)}"`));
    const forMember = (await member.get(challengePath(c.open))).body;
    assert.ok(!forMember.includes(ownerChallengePath(ids.open)) && !forMember.includes(editorChallengePath(ids.open)));
  });

  it('shows a draft only to its owners, marked as a preview', async () => {
    for (const slug of [c.draft, c.inReview]) {
      assert.equal((await anonymous.get(challengePath(slug))).statusCode, 404);
      assert.equal((await member.get(challengePath(slug))).statusCode, 404);
      const preview = await owner.get(challengePath(slug));
      assert.equal(preview.statusCode, 200);
      assert.ok(preview.body.includes('Vorschau – noch nicht veröffentlicht'));
      assert.ok(!preview.body.includes(`href="${startSubmissionPath(slug)}"`));
      assert.equal((await editor.get(challengePath(slug))).statusCode, 200);
    }
    assert.ok(!(await owner.get(challengePath(c.open))).body.includes('Vorschau'));
  });

  it('shows the whole challenge: texts, criteria with their weights, the timeline, the organisation, the contact', async () => {
    const res = await anonymous.get(challengePath(c.open));
    assert.equal(res.statusCode, 200);
    const body = res.body;
    assert.match(body, /<h1 class="kern-heading-x-large">Mitfahren &amp; Einkaufen &lt;im Dorf><\/h1>/);
    assert.ok(body.includes('Der Bus fährt zweimal am Tag.'));
    assert.ok(body.includes('<strong>zwei Busse</strong>'), 'Markdown rendered');
    assert.match(body, /<th scope="col" class="kern-table__header kern-table__header--numeric">Gewicht<\/th>/);
    assert.ok(body.includes('Nutzen für die Menschen im Ort'));
    assert.ok(body.includes('67 %') && body.includes('33 %'));
    for (const label of ['Fragen bis', 'Einreichung ab', 'Einreichung bis', 'Jury bis', 'Bekanntgabe']) {
      assert.match(body, new RegExp(`<dt class="kern-description-list-item__key">${label}</dt>`), label);
    }
    assert.match(body, /<a href="\/netzwerk\/organisationen\/org-[a-z0-9-]+">Gemeinde Kirchbarkau<\/a>/);
    assert.ok(body.includes('Organisationen und Einzelpersonen'));
    assert.ok(body.includes('Mobilität'));
    assert.ok(body.includes('Bürgermeisteramt Kirchbarkau<br/>Telefon 04302 1234'));
    assert.ok(body.includes('1 Frage ist beantwortet.'), 'the unanswered one is not counted');
    assert.ok(body.includes(`href="${questionsPath(c.open)}"`));
  });

  it('offers the step that fits the phase', async () => {
    const open = (await anonymous.get(challengePath(c.open))).body;
    assert.ok(open.includes(`href="${startSubmissionPath(c.open)}"`), 'anonymous visitors get the same link');
    assert.ok(open.includes('Lösung einreichen'));
    assert.ok(open.includes('Frage stellen'));
    assert.ok((await member.get(challengePath(c.open))).body.includes(`href="${startSubmissionPath(c.open)}"`));

    const upcoming = (await member.get(challengePath(c.upcoming))).body;
    assert.ok(upcoming.includes('Die Einreichung beginnt am '));
    assert.ok(!upcoming.includes(startSubmissionPath(c.upcoming)));

    const jury = (await member.get(challengePath(c.jury))).body;
    assert.ok(jury.includes('Die Jury prüft die Einreichungen.'));
    assert.ok(!jury.includes(startSubmissionPath(c.jury)));
    assert.ok(!jury.includes('Frage stellen'), 'the Q&A date has passed');
    assert.ok(jury.includes('Es können keine Fragen mehr gestellt werden.'));

    const decided = (await anonymous.get(challengePath(c.decided))).body;
    assert.ok(!decided.includes(startSubmissionPath(c.decided)));
    assert.ok(decided.includes('<h2 class="kern-heading-large" id="gewinner">Die Gewinner</h2>'));
    assert.ok(decided.includes('<h3 class="kern-heading-medium">Schulweg-App Nordlicht</h3>'));
    assert.match(decided, /<a href="\/netzwerk\/organisationen\/org-[a-z0-9-]+">Nordlicht Software GmbH<\/a>/);
    assert.ok(decided.includes('Pilotierung 2027 in Kirchbarkau'));
    assert.ok(decided.includes(`<a href="/loesungen/loesung-${winnerSolutionId.slice(0, 8)}">`), 'a winner whose solution is published links to it');
    assert.equal(decided.match(/als Lösung ansehen/g)?.length, 1, 'a draft solution is not linked');
    assert.ok(decided.includes('<h3 class="kern-heading-medium">Elternbus per SMS</h3>'));
    assert.ok(decided.includes('Einzelperson'));
    assert.ok(!decided.includes('Ein Vorschlag ohne Preis'), 'a submission that did not win');
    assert.ok(!decided.includes('Zurückgezogene Idee'), 'a withdrawn one, even if marked');
    assert.ok(!open.includes('Die Gewinner'));
  });

  it('publishes the newest challenges as Atom, without drafts', async () => {
    const res = await anonymous.get(FEED_PATH);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
    const xml = res.body;
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">'));
    assert.ok(xml.trimEnd().endsWith('</feed>'));
    assert.match(xml, /<id>http:\/\/localhost\/call-for-solutions\/feed\.atom<\/id>/);
    assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="http:\/\/localhost\/call-for-solutions\/feed\.atom"\/>/);
    assert.match(xml, /<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/);
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? '');
    assert.equal(entries.length, (xml.match(/<entry>/g) ?? []).length, 'every entry closed');
    const links = entries.map((e) => /<link rel="alternate" type="text\/html" href="http:\/\/localhost\/call-for-solutions\/([a-z0-9-]+)"\/>/.exec(e)?.[1]);
    assert.deepEqual(links, [c.upcoming, c.open, c.jury, c.decided], 'newest publication first');
    for (const entry of entries) {
      assert.match(entry, /<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
      assert.match(entry, /<title type="text">[^<]+<\/title>/);
      assert.match(entry, /<published>[^<]+<\/published>\s*<updated>[^<]+<\/updated>/);
      assert.match(entry, /<author><name>Gemeinde Kirchbarkau<\/name><\/author>/);
    }
    assert.ok(xml.includes('<title type="text">Mitfahren &amp; Einkaufen &lt;im Dorf&gt;</title>'));
    assert.ok(!xml.includes(c.draft) && !xml.includes(c.inReview));
  });

  it('answers an unknown or impossible address with 404', async () => {
    for (const slug of ['gibt-es-nicht', 'Gross', 'mit_unterstrich', '-strich', 'a'.repeat(81), '%3Cscript%3E', 'eins%2Fzwei']) {
      assert.equal((await anonymous.get(challengePath(slug))).statusCode, 404, slug);
    }
  });

  it('pages a list of more than 20 and keeps the filters', async () => {
    const more: string[] = [];
    for (let i = 0; i < 21; i++) {
      const extra = await insertTestChallenge(rt.deps.db, { organisationId, phase: 'open', closesAt: daysFromNow(30 + i) });
      await describeTestChallenge(rt.deps.db, extra.id, { fieldsOfAction: ['beteiligung'] });
      more.unshift(extra.slug);
    }
    const first = await anonymous.get(`${CHALLENGES_PATH}?handlungsfeld=beteiligung`);
    assert.deepEqual(listed(first.body), more.slice(0, 20));
    assert.ok(first.body.includes('21 Herausforderungen'));
    assert.ok(first.body.includes(`href="${CHALLENGES_PATH}?handlungsfeld=beteiligung&amp;seite=2"`));
    const second = await anonymous.get(`${CHALLENGES_PATH}?handlungsfeld=beteiligung&seite=2`);
    assert.deepEqual(listed(second.body), more.slice(20));
    const beyond = await anonymous.get(`${CHALLENGES_PATH}?handlungsfeld=beteiligung&seite=9`);
    assert.equal(beyond.statusCode, 200);
    assert.deepEqual(listed(beyond.body), more.slice(20), 'a page past the end shows the last one');
    const unfiltered = await anonymous.get(CHALLENGES_PATH);
    assert.deepEqual(listed(unfiltered.body), more.slice(0, 20), 'open ones first, the latest deadline first');
    assert.deepEqual(listed((await anonymous.get(`${CHALLENGES_PATH}?seite=2`)).body), [more[20], c.upcoming, c.open, c.jury, c.decided]);
  });
});
