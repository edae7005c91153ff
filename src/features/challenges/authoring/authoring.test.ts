import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { searchDocuments } from '../../../platform/search/index.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { utcToBerlin } from '../../../platform/time/berlin-time.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { EDITOR_PATH, editorChallengePath, OWNER_PATH, ownerChallengePath } from '../core/paths.ts';
import { insertTestChallenge, insertTestOrganisationWithManager } from '../testing/fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;
const NEW = `${OWNER_PATH}/neu`;

/** The Berlin day `days` from now, as a date input sends it. */
const dayIn = (days: number) => utcToBerlin(new Date(Date.now() + days * DAY)).date;

/** Every text a challenge needs before it can be sent. */
const texts = {
  problem: 'Der **Bus** fährt zweimal am Tag; wer kein Auto hat, kommt nicht zum Arzt.',
  context: 'Es gibt eine Mitfahrbank am Dorfplatz, die kaum genutzt wird.',
  affected: 'Rund 400 ältere Menschen in sieben Ortsteilen.',
  dataAvailable: 'Fahrpläne als GTFS, Haltestellen als Open Data.',
  constraints: 'DSGVO, keine App-Pflicht, Budget 25.000 Euro.',
  success: 'Nach einem Jahr fahren 50 Menschen regelmäßig mit.',
  prize: 'Pilotierung mit 25.000 Euro',
  contact: 'Amt Testdorf, digital@testdorf.de',
};

eachBackend('Call for Solutions: the owners write a challenge, the editors approve it', (backend) => {
  let rt: TestRuntime;
  let organisationId = '';
  let otherOrganisationId = '';
  let managerEmail = '';
  let editorEmail = '';
  let field = '';
  const clients = {} as Record<'manager' | 'otherManager' | 'companyManager' | 'stranger' | 'editor', TestClient>;

  /** A complete form of a challenge of the manager's municipality, with a valid timeline ahead. */
  const form = (changes: Record<string, string | string[]> = {}) => ({
    organisationId,
    title: 'Mitfahren im Dorf',
    summary: 'Wie kommen Menschen ohne Auto zum Arzt?',
    problem: '',
    context: '',
    affected: '',
    dataAvailable: '',
    constraints: '',
    success: '',
    prize: '',
    eligibility: 'both',
    fieldsOfAction: [field],
    blindReview: '1',
    questionsUntilDay: dayIn(20),
    questionsUntilTime: '12:00',
    submissionOpensAtDay: dayIn(2),
    submissionOpensAtTime: '09:00',
    submissionClosesAtDay: dayIn(30),
    submissionClosesAtTime: '12:00',
    juryUntilDay: dayIn(60),
    juryUntilTime: '18:00',
    announcementAtDay: dayIn(60),
    announcementAtTime: '18:00',
    contact: '',
    retentionDays: '365',
    ...changes,
  });
  const rows = (title: string) =>
    queryRows<{
      id: string;
      slug: string;
      status: string;
      review_note: string;
      submission_closes_at: Date | string;
      blind_review: boolean;
      fields_of_action: string[];
    }>(rt.deps.db, sql`select id, slug, status, review_note, submission_closes_at, blind_review, fields_of_action from challenges where title = ${title}`);
  const statusOf = async (id: string) => (await queryRows<{ status: string }>(rt.deps.db, sql`select status from challenges where id = ${id}`))[0]?.status;
  const criteriaOf = (id: string) =>
    queryRows<{ id: string; title: string; weight: number; position: number }>(
      rt.deps.db,
      sql`select id, title, weight, position from challenge_criteria where challenge_id = ${id} order by position`,
    );
  const found = async (query: string) =>
    (await searchDocuments(rt.deps.db, { query, page: 1, pageSize: 20 })).items.filter((i) => i.type === 'challenge').map((i) => i.title);
  const mailsTo = async (email: string, subject: string) => {
    await rt.runJobs();
    return rt.mails.filter((m) => m.to === email && m.subject === subject);
  };

  /** Creates a draft through the form and returns its id. */
  async function createDraft(title: string, changes: Record<string, string | string[]> = {}): Promise<string> {
    await clients.manager.get(NEW);
    const created = await clients.manager.postForm(NEW, form({ title, ...changes }));
    assert.equal(created.statusCode, 303, created.body);
    return (await rows(title))[0]!.id;
  }

  /** Creates a draft with every text and one criterion, ready to be sent. */
  async function completeDraft(title: string): Promise<string> {
    const id = await createDraft(title, texts);
    await clients.manager.get(ownerChallengePath(id, 'kriterien'));
    assert.equal((await clients.manager.postForm(ownerChallengePath(id, 'kriterien'), { title: 'Nutzen', description: '', weight: '2' })).statusCode, 303);
    return id;
  }

  async function send(id: string) {
    await clients.manager.get(ownerChallengePath(id));
    return clients.manager.postForm(ownerChallengePath(id, 'freigabe'), {});
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    field = (await listFieldsOfAction(rt.deps.db))[0]!.slug;
    const own = await insertTestOrganisationWithManager(rt.deps, { type: 'amt', name: 'Amt Testdorf' });
    const other = await insertTestOrganisationWithManager(rt.deps, { type: 'gemeinde', name: 'Gemeinde Anderswo' });
    const company = await insertTestOrganisationWithManager(rt.deps, { type: 'unternehmen', name: 'Nordlicht Test GmbH' });
    organisationId = own.organisationId;
    otherOrganisationId = other.organisationId;
    managerEmail = own.manager.email;
    const stranger = await createTestUser(rt.deps);
    const editor = await createTestUser(rt.deps, { siteRole: 'editor' });
    editorEmail = editor.email;
    const logins = { manager: own.manager, otherManager: other.manager, companyManager: company.manager, stranger, editor };
    for (const [role, person] of Object.entries(logins)) {
      const client = new TestClient(rt.app);
      assert.equal((await client.login(person.email, TEST_PASSWORD)).statusCode, 303);
      clients[role as keyof typeof clients] = client;
    }
  });
  after(async () => {
    await rt.close();
  });

  it('tells people who manage no municipality who may post, and offers them no form', async () => {
    for (const who of ['stranger', 'companyManager'] as const) {
      const list = await clients[who].get(OWNER_PATH);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Wer Herausforderungen stellen kann/);
      assert.doesNotMatch(list.body, /Neue Herausforderung/);
      assert.equal((await clients[who].get(NEW)).statusCode, 403);
    }
    const list = await clients.manager.get(OWNER_PATH);
    assert.match(list.body, /Neue Herausforderung/);
  });

  it('shows the errors in a summary, keeps what was typed and stores nothing', async () => {
    await clients.manager.get(NEW);
    const refused = await clients.manager.postForm(NEW, form({ title: '', summary: 'Eine behaltene Kurzbeschreibung', retentionDays: '10' }));
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /kern-alert--danger/);
    assert.match(refused.body, /Geben Sie einen Titel an\./);
    assert.match(refused.body, /Geben Sie eine Zahl von Tagen zwischen 30 und 3650 an\./);
    assert.match(refused.body, /Eine behaltene Kurzbeschreibung<\/textarea>/);
    assert.match(refused.body, new RegExp(`<input[^>]*value="${field}"[^>]*checked`));
    assert.equal((await queryRows(rt.deps.db, sql`select id from challenges`)).length, 0);
  });

  it('holds the timeline to the order of the table', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { submissionClosesAtDay: dayIn(2), submissionClosesAtTime: '09:00', questionsUntilDay: dayIn(1) },
        /Der Einreichungsschluss muss nach dem Beginn der Einreichung liegen\./,
      ],
      [{ questionsUntilDay: dayIn(30), questionsUntilTime: '12:01' }, /Fragen können höchstens bis zum Einreichungsschluss gestellt werden\./],
      [{ juryUntilDay: dayIn(30), juryUntilTime: '12:00' }, /Die Jury muss nach dem Einreichungsschluss enden\./],
      [{ announcementAtDay: dayIn(60), announcementAtTime: '17:59' }, /Die Bekanntgabe darf nicht vor dem Ende der Jury liegen\./],
      [
        { submissionOpensAtDay: dayIn(-10), questionsUntilDay: dayIn(-3), submissionClosesAtDay: dayIn(-2) },
        /Der Einreichungsschluss muss in der Zukunft liegen\./,
      ],
      [{ juryUntilDay: '2027-02-30' }, /Geben Sie einen gültigen Tag an\./],
      [{ announcementAtTime: '' }, /Geben Sie die Uhrzeit der Bekanntgabe an\./],
    ];
    for (const [changes, message] of cases) {
      await clients.manager.get(NEW);
      const refused = await clients.manager.postForm(NEW, form({ title: 'Falscher Zeitplan', ...changes }));
      assert.equal(refused.statusCode, 400, JSON.stringify(changes));
      assert.match(refused.body, message);
    }
    // the same moment for the questions and the deadline, and for the jury and the announcement, is allowed
    await clients.manager.get(NEW);
    const edges = await clients.manager.postForm(NEW, form({ title: 'Grenzen des Zeitplans', questionsUntilDay: dayIn(30), questionsUntilTime: '12:00' }));
    assert.equal(edges.statusCode, 303);
    assert.equal((await rows('Falscher Zeitplan')).length, 0);
  });

  it('answers an organisation the person does not manage, or a made-up field of action, with 400 and stores nothing', async () => {
    for (const changes of [{ organisationId: otherOrganisationId }, { fieldsOfAction: [field, 'weltherrschaft'] }] as Record<string, string | string[]>[]) {
      await clients.manager.get(NEW);
      const forged = await clients.manager.postForm(NEW, form({ title: 'Gefälscht', ...changes }));
      assert.equal(forged.statusCode, 400);
      assert.match(forged.body, /Wählen Sie (eine der angebotenen Kommunen|nur angebotene Handlungsfelder)\./);
    }
    assert.equal((await rows('Gefälscht')).length, 0);
  });

  it('creates a draft once however often the form is sent, in Berlin time, and shows it only to its owners', async () => {
    await clients.manager.get(NEW);
    const created = await clients.manager.postForm(NEW, form({ title: 'Mitfahren im Dorf' }));
    assert.equal(created.statusCode, 303);
    assert.equal((await clients.manager.postForm(NEW, form({ title: 'Mitfahren im Dorf' }))).statusCode, 303);
    const [row, ...more] = await rows('Mitfahren im Dorf');
    assert.equal(more.length, 0);
    assert.equal(row!.status, 'draft');
    assert.equal(row!.slug, 'mitfahren-im-dorf');
    assert.equal(row!.blind_review, true);
    assert.deepEqual(row!.fields_of_action, [field]);
    assert.deepEqual(utcToBerlin(new Date(row!.submission_closes_at)), { date: dayIn(30), time: '12:00' });
    assert.equal(created.location, ownerChallengePath(row!.id));
    const overview = await clients.manager.get(ownerChallengePath(row!.id));
    assert.equal(overview.statusCode, 200);
    assert.match(overview.body, /Der Entwurf ist angelegt\./);
    assert.match((await clients.manager.get(OWNER_PATH)).body, /Mitfahren im Dorf/);

    for (const who of ['otherManager', 'stranger'] as const) {
      assert.equal((await clients[who].get(ownerChallengePath(row!.id))).statusCode, 404);
      assert.equal((await clients[who].get(ownerChallengePath(row!.id, 'bearbeiten'))).statusCode, 404);
      assert.equal((await clients[who].get(ownerChallengePath(row!.id, 'kriterien'))).statusCode, 404);
      assert.doesNotMatch((await clients[who].get(OWNER_PATH)).body, /Mitfahren im Dorf/);
    }
    assert.equal((await clients.editor.get(ownerChallengePath(row!.id))).statusCode, 200);
  });

  it('adds (once), changes and removes criteria, and refuses a criterion of another challenge', async () => {
    const id = await createDraft('Kriterien im Test');
    const page = ownerChallengePath(id, 'kriterien');
    await clients.manager.get(page);
    const wrong = await clients.manager.postForm(page, { title: '', description: 'Behalten', weight: '0' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Geben Sie die Bezeichnung des Kriteriums an\./);
    assert.match(wrong.body, /Geben Sie ein Gewicht von 1 bis 100 an\./);
    assert.match(wrong.body, /Behalten<\/textarea>/);
    assert.equal((await criteriaOf(id)).length, 0);

    await clients.manager.get(page);
    assert.equal((await clients.manager.postForm(page, { title: 'Nutzen für die Menschen', description: 'Wer profitiert?', weight: '3' })).statusCode, 303);
    assert.equal((await clients.manager.postForm(page, { title: 'Nutzen für die Menschen', description: 'Wer profitiert?', weight: '3' })).statusCode, 303);
    await clients.manager.get(page);
    assert.equal((await clients.manager.postForm(page, { title: 'Kosten', description: '', weight: '1' })).statusCode, 303);
    const [first, second, ...none] = await criteriaOf(id);
    assert.equal(none.length, 0);
    assert.deepEqual([first!.title, first!.weight, first!.position], ['Nutzen für die Menschen', 3, 1]);
    assert.deepEqual([second!.title, second!.position], ['Kosten', 2]);

    await clients.manager.get(page);
    const tooHeavy = await clients.manager.postForm(ownerChallengePath(id, `kriterien/${second!.id}`), { title: 'Kosten', description: '', weight: '101' });
    assert.equal(tooHeavy.statusCode, 400);
    assert.match(tooHeavy.body, new RegExp(`id="f-weight-${second!.id}"[^>]*value="101"`));
    await clients.manager.get(page);
    const changed = await clients.manager.postForm(ownerChallengePath(id, `kriterien/${second!.id}`), {
      title: 'Kosten und Betrieb',
      description: 'Auf fünf Jahre',
      weight: '2',
    });
    assert.equal(changed.statusCode, 303);
    assert.deepEqual(
      (await criteriaOf(id)).map((c) => [c.title, c.weight]),
      [
        ['Nutzen für die Menschen', 3],
        ['Kosten und Betrieb', 2],
      ],
    );

    const foreign = await insertTestChallenge(rt.deps.db, { organisationId: otherOrganisationId, phase: 'draft' });
    for (const who of ['manager', 'editor'] as const) {
      await clients[who].get(page);
      const change = await clients[who].postForm(ownerChallengePath(id, `kriterien/${foreign.criterionIds[0]}`), {
        title: 'Übernommen',
        description: '',
        weight: '5',
      });
      assert.equal(change.statusCode, 404);
      assert.equal(
        (await clients[who].postForm(ownerChallengePath(id, `kriterien/${foreign.criterionIds[0]}/entfernen`), {}, { csrfFrom: page })).statusCode,
        404,
      );
    }
    assert.equal((await criteriaOf(foreign.id)).length, 2);

    await clients.manager.get(page);
    assert.equal((await clients.manager.postForm(ownerChallengePath(id, `kriterien/${first!.id}/entfernen`), {})).statusCode, 303);
    assert.deepEqual(
      (await criteriaOf(id)).map((c) => c.title),
      ['Kosten und Betrieb'],
    );
  });

  it('keeps the criteria as they are once the deadline has passed, for editors too', async () => {
    const closed = await insertTestChallenge(rt.deps.db, { organisationId, phase: 'jury' });
    const page = ownerChallengePath(closed.id, 'kriterien');
    for (const who of ['manager', 'editor'] as const) {
      const shown = await clients[who].get(page);
      assert.equal(shown.statusCode, 200);
      assert.match(shown.body, /Die Kriterien können nicht mehr geändert werden\./);
      const add = await clients[who].postForm(page, { title: 'Nachträglich', description: '', weight: '1' }, { csrfFrom: OWNER_PATH });
      assert.equal(add.statusCode, 409);
      assert.match(add.body, /Die Kriterien stehen fest/);
      const change = await clients[who].postForm(
        ownerChallengePath(closed.id, `kriterien/${closed.criterionIds[0]}`),
        { title: 'Anders', description: '', weight: '9' },
        { csrfFrom: OWNER_PATH },
      );
      assert.equal(change.statusCode, 409);
      assert.equal(
        (await clients[who].postForm(ownerChallengePath(closed.id, `kriterien/${closed.criterionIds[1]}/entfernen`), {}, { csrfFrom: OWNER_PATH })).statusCode,
        409,
      );
    }
    assert.deepEqual(
      (await criteriaOf(closed.id)).map((c) => [c.title, c.weight]),
      [
        ['Nutzen für die Menschen im Ort', 2],
        ['Kosten und Betrieb', 1],
      ],
    );
  });

  it('refuses to send an incomplete challenge or one whose deadline passed, and sends a complete one once, with a mail to the editors', async () => {
    const id = await createDraft('Noch unvollständig');
    const incomplete = await send(id);
    assert.equal(incomplete.statusCode, 400);
    assert.match(incomplete.body, /mindestens ein Bewertungskriterium/);
    assert.match(incomplete.body, /der Hintergrund/);
    assert.equal(await statusOf(id), 'draft');

    const late = await insertTestChallenge(rt.deps.db, { organisationId, phase: 'draft', closesAt: new Date(Date.now() - 1000) });
    const refused = await send(late.id);
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /ein Einreichungsschluss in der Zukunft/);
    assert.equal(await statusOf(late.id), 'draft');

    const ready = await completeDraft('Rufbus für Testdorf');
    assert.match((await clients.manager.get(ownerChallengePath(ready))).body, /Alles ist da\./);
    const sent = await send(ready);
    assert.equal(sent.statusCode, 303);
    assert.equal((await clients.manager.postForm(ownerChallengePath(ready, 'freigabe'), {})).statusCode, 303);
    assert.equal(await statusOf(ready), 'in_review');
    const [sentAt] = await queryRows<{ sent_for_review_at: Date | null }>(rt.deps.db, sql`select sent_for_review_at from challenges where id = ${ready}`);
    assert.ok(sentAt?.sent_for_review_at);
    const mails = await mailsTo(editorEmail, 'Zur Freigabe: Rufbus für Testdorf');
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.text, /Amt Testdorf hat die Herausforderung „Rufbus für Testdorf“/);
    assert.ok(mails[0]!.text.includes(editorChallengePath(ready)));
    assert.match((await clients.editor.get(EDITOR_PATH)).body, /Rufbus für Testdorf[\s\S]*Mitfahren im Dorf/);
  });

  it('lets the owners change nothing once sent, while the editors can', async () => {
    const id = (await rows('Rufbus für Testdorf'))[0]!.id;
    const edit = ownerChallengePath(id, 'bearbeiten');
    const shown = await clients.manager.get(edit);
    assert.equal(shown.statusCode, 409);
    assert.match(shown.body, /Die Herausforderung kann nicht mehr geändert werden/);
    const post = await clients.manager.postForm(edit, form({ title: 'Heimlich geändert', ...texts }), { csrfFrom: ownerChallengePath(id) });
    assert.equal(post.statusCode, 409);
    const criteria = await clients.manager.postForm(
      ownerChallengePath(id, 'kriterien'),
      { title: 'Heimlich', description: '', weight: '1' },
      { csrfFrom: ownerChallengePath(id) },
    );
    assert.equal(criteria.statusCode, 409);
    assert.equal((await rows('Heimlich geändert')).length, 0);
    assert.equal((await criteriaOf(id)).length, 1);

    assert.equal((await clients.editor.get(edit)).statusCode, 200);
    const byEditor = await clients.editor.postForm(edit, form({ title: 'Rufbus für Testdorf', ...texts, summary: 'Von der Redaktion geschärft.' }));
    assert.equal(byEditor.statusCode, 303);
    assert.equal(await statusOf(id), 'in_review');
  });

  it('publishes on approval, which the search then finds; a draft it never finds', async () => {
    const id = (await rows('Rufbus für Testdorf'))[0]!.id;
    assert.deepEqual(await found('Rufbus'), []);
    assert.deepEqual(await found('Mitfahren'), []);
    const page = await clients.editor.get(editorChallengePath(id));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<strong>Bus<\/strong>/);
    const approved = await clients.editor.postForm(editorChallengePath(id, 'freigeben'), {});
    assert.equal(approved.statusCode, 303);
    assert.equal((await clients.editor.postForm(editorChallengePath(id, 'freigeben'), {})).statusCode, 303);
    const [row] = await queryRows<{ status: string; published_at: Date | null; approved_by: string | null }>(
      rt.deps.db,
      sql`select status, published_at, approved_by from challenges where id = ${id}`,
    );
    assert.equal(row!.status, 'published');
    assert.ok(row!.published_at);
    assert.ok(row!.approved_by);
    assert.deepEqual(await found('Rufbus'), ['Rufbus für Testdorf']);
    assert.equal((await mailsTo(managerEmail, 'Veröffentlicht: Rufbus für Testdorf')).length, 1);

    // a second editor's decision from the page opened before: refused with a page that says why
    const again = await clients.editor.postForm(editorChallengePath(id, 'freigeben'), { _submission: randomUUID() }, { csrfFrom: EDITOR_PATH });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /Die Herausforderung wartet nicht auf eine Freigabe/);
    const stale = await clients.editor.postForm(
      editorChallengePath(id, 'zurueckgeben'),
      { note: 'Zu spät', _submission: randomUUID() },
      { csrfFrom: EDITOR_PATH },
    );
    assert.equal(stale.statusCode, 409);
    assert.equal(await statusOf(id), 'published');
  });

  it('re-indexes a published challenge that an editor edits; its owners cannot edit it', async () => {
    const id = (await rows('Rufbus für Testdorf'))[0]!.id;
    const edit = ownerChallengePath(id, 'bearbeiten');
    assert.equal((await clients.manager.get(edit)).statusCode, 409);
    await clients.editor.get(edit);
    const saved = await clients.editor.postForm(edit, form({ title: 'Rufbus und Bürgerbus für Testdorf', ...texts }));
    assert.equal(saved.statusCode, 303);
    assert.deepEqual(await found('Bürgerbus'), ['Rufbus und Bürgerbus für Testdorf']);
    assert.equal(await statusOf(id), 'published');
  });

  it('returns a challenge with a required note, which the owners read and get by mail', async () => {
    const id = await completeDraft('Dorfladen digital');
    assert.equal((await send(id)).statusCode, 303);
    const page = editorChallengePath(id);
    await clients.editor.get(page);
    const noNote = await clients.editor.postForm(editorChallengePath(id, 'zurueckgeben'), { note: '  ' });
    assert.equal(noNote.statusCode, 400);
    assert.match(noNote.body, /Schreiben Sie, was die Kommune überarbeiten soll\./);
    assert.equal(await statusOf(id), 'in_review');

    await clients.editor.get(page);
    const note = 'Bitte beschreiben Sie, welche Kassensysteme es gibt.';
    const returned = await clients.editor.postForm(editorChallengePath(id, 'zurueckgeben'), { note });
    assert.equal(returned.statusCode, 303);
    assert.equal((await clients.editor.postForm(editorChallengePath(id, 'zurueckgeben'), { note })).statusCode, 303);
    const [row] = await rows('Dorfladen digital');
    assert.equal(row!.status, 'draft');
    assert.equal(row!.review_note, note);
    const overview = await clients.manager.get(ownerChallengePath(id));
    assert.match(overview.body, /Die Redaktion hat die Herausforderung zur Überarbeitung zurückgegeben/);
    assert.ok(overview.body.includes(note));
    const mails = await mailsTo(managerEmail, 'Zur Überarbeitung: Dorfladen digital');
    assert.equal(mails.length, 1);
    assert.ok(mails[0]!.text.includes(note));
    assert.deepEqual(await found('Dorfladen'), []);

    // a draft is not the editors' to decide on
    const notInReview = await clients.editor.postForm(editorChallengePath(id, 'freigeben'), { _submission: randomUUID() }, { csrfFrom: page });
    assert.equal(notInReview.statusCode, 409);
    assert.match(notInReview.body, /Die Herausforderung wartet nicht auf eine Freigabe/);
    assert.equal(await statusOf(id), 'draft');
    // the owners can change it again
    assert.equal((await clients.manager.get(ownerChallengePath(id, 'bearbeiten'))).statusCode, 200);
  });

  describe('the editors’ pages', () => {
    it('are for editors only', async () => {
      assert.equal((await clients.manager.get(EDITOR_PATH)).statusCode, 403);
      const id = (await rows('Dorfladen digital'))[0]!.id;
      assert.equal((await clients.manager.get(editorChallengePath(id))).statusCode, 403);
      assert.equal((await clients.editor.get(editorChallengePath('00000000-0000-4000-8000-000000000000'))).statusCode, 404);
    });
  });
});
