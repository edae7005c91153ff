import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { PROJECT_ROOT } from '../../../platform/paths.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertMembership, insertOrganisation } from '../../organisations/repository.ts';
import { insertApplication, insertBudgetItem, updateApplicationRow } from '../applications/repository.ts';
import { insertCriterion, insertFormSection, insertQuestion } from '../core/form-repository.ts';
import { insertCall, updateCallRow } from '../core/repository.ts';

eachBackend('competition: jury', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  let applicant: TestClient;
  const jurors: { id: string; client: TestClient }[] = [];
  let callId: string;
  let applicationId: string;
  let impact: string;
  let cost: string;
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const assignmentOf = async (jurorId: string) =>
    (await queryRows<{ id: string }>(rt.deps.db, sql`select id from review_assignments where juror_id = ${jurorId} and subject_id = ${applicationId}`))[0]!.id;

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const call = await insertCall(db, {
      slug: 'digitale-inseln-2099',
      title: 'Digitale Inseln 2099',
      summary: 'Inseln und Halligen bewerben sich.',
      description: 'Gefördert wird Daseinsvorsorge auf Inseln.',
      eligibleTypes: ['gemeinde', 'kreis'],
      agsPrefix: null,
      populationMin: null,
      populationMax: null,
      jointApplications: true,
      opensAt: new Date('2026-01-01T08:00:00Z'),
      closesAt: new Date('2099-02-26T22:59:00Z'),
      maxAmountCents: 10_000_000,
      totalBudgetCents: 50_000_000,
      ownSharePercent: 10,
      fundingStart: '2099-07-01',
      fundingEnd: '2100-12-31',
      blindReview: true,
      fieldsOfAction: [],
      contact: '',
      createdBy: null,
    });
    callId = call.id;
    await updateCallRow(db, callId, { status: 'published', publishedAt: new Date() });
    const section = await insertFormSection(db, { callId, position: 1, title: 'Ausgangslage', intro: '' });
    await insertQuestion(db, { sectionId: section.id, position: 1, kind: 'longText', label: 'Welches Problem lösen Sie?' });
    impact = (await insertCriterion(db, { callId, position: 1, title: 'Nutzen für die Menschen', description: '', weight: 3 })).id;
    cost = (await insertCriterion(db, { callId, position: 2, title: 'Wirtschaftlichkeit', description: '', weight: 1 })).id;

    const organisation = (await insertOrganisation(db, {
      slug: 'gemeinde-pellworm-test',
      name: 'Gemeinde Pellworm',
      type: 'gemeinde',
      ags: '01054099',
      amtsschluessel: null,
      ars: null,
      street: null,
      postcode: null,
      town: 'Pellworm',
      website: null,
      description: null,
      population: 1100,
    }))!;
    const manager = await createTestUser(rt.deps);
    await insertMembership(db, { organisationId: organisation.id, userId: manager.id, role: 'manager', status: 'active' });
    applicant = new TestClient(rt.app);
    await applicant.login(manager.email, TEST_PASSWORD);
    const application = (await insertApplication(db, { callId, organisationId: organisation.id, organisationName: organisation.name, createdBy: manager.id }))!;
    applicationId = application.id;
    await insertBudgetItem(db, { applicationId, category: 'equipment', year: 2099, description: 'Sprechzimmer', amountCents: 5_000_000 });
    await updateApplicationRow(db, applicationId, {
      title: 'Sprechstunde auf der Insel',
      summary: 'Videosprechstunden im Gemeindehaus.',
      status: 'eligible',
      reference: 'WB-2099-0001',
      submittedAt: new Date(),
      submittedBy: manager.id,
    });

    const editorPerson = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    await editor.login(editorPerson.email, TEST_PASSWORD);
    for (const name of ['Jurorin Anna Arp', 'Juror Bernd Bock']) {
      const person = await createTestUser(rt.deps, { siteRole: 'juror', displayName: name });
      const client = new TestClient(rt.app);
      await client.login(person.email, TEST_PASSWORD);
      jurors.push({ id: person.id, client });
    }
  });
  after(async () => rt.close());

  it('assigns jurors in bulk, and a second submit assigns nobody twice', async () => {
    const page = `/verwaltung/wettbewerb/${callId}/jury`;
    const fields = { applicationIds: [applicationId], jurorIds: jurors.map((j) => j.id) };
    assert.equal((await editor.postForm(page, fields)).statusCode, 303);
    assert.equal((await editor.postForm(page, fields, { csrfFrom: page })).statusCode, 303);
    assert.equal(await count(sql`select count(*)::int as n from review_assignments`), 2);
    const empty = await editor.postForm(page, { applicationIds: [], jurorIds: [] }, { csrfFrom: page });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Wählen Sie mindestens eine Bewerbung aus/);
  });

  it('asks for a conflict of interest before showing anything, and closes the application for a juror who declares one', async () => {
    const anna = jurors[0]!;
    const id = await assignmentOf(anna.id);
    const first = await anna.client.get(`/wettbewerb/jury/${id}`);
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /Interessenkonflikt/);
    assert.doesNotMatch(first.body, /Videosprechstunden im Gemeindehaus/, 'the application is not shown before the declaration');
    assert.doesNotMatch(first.body, /Gemeinde Pellworm/, 'blind review: no applicant name');
    assert.equal((await anna.client.postForm(`/wettbewerb/jury/${id}/konflikt`, { conflict: 'yes', note: 'Ich wohne auf Pellworm.' })).statusCode, 303);
    const closed = await anna.client.get(`/wettbewerb/jury/${id}`);
    assert.match(closed.body, /Die Bewerbung ist für Sie geschlossen/);
    assert.doesNotMatch(closed.body, /Videosprechstunden im Gemeindehaus/);

    const jury = await editor.get(`/verwaltung/wettbewerb/${callId}/jury`);
    assert.match(jury.body, /1 Person hat einen Interessenkonflikt erklärt/);
    const again = await editor.postForm(`/verwaltung/wettbewerb/${callId}/jury`, { applicationIds: [applicationId], jurorIds: [anna.id] });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /Jurorin Anna Arp hat bei WB-2099-0001 einen Interessenkonflikt erklärt/);
  });

  it('lets a juror without conflict read the application blind and refuses a score of 6 or a submission with gaps', async () => {
    const bernd = jurors[1]!;
    const id = await assignmentOf(bernd.id);
    await bernd.client.postForm(`/wettbewerb/jury/${id}/konflikt`, { conflict: 'no', note: '' });
    const page = await bernd.client.get(`/wettbewerb/jury/${id}`);
    assert.match(page.body, /Videosprechstunden im Gemeindehaus/);
    assert.doesNotMatch(page.body, /Gemeinde Pellworm/, 'blind review: the organisation stays hidden');
    const scores = async () => count(sql`select count(*)::int as n from review_scores`);

    const six = await bernd.client.postForm(`/wettbewerb/jury/${id}`, {
      [`score-${impact}`]: '6',
      [`score-${cost}`]: '2',
      recommendation: 'yes',
      comment: '',
      action: 'submit',
    });
    assert.equal(six.statusCode, 400);
    assert.match(six.body, /Es gibt ein Problem/);
    assert.equal(await scores(), 0, 'nothing stored');
    const gaps = await bernd.client.postForm(`/wettbewerb/jury/${id}`, { [`score-${impact}`]: '4', action: 'submit' }, { csrfFrom: `/wettbewerb/jury/${id}` });
    assert.equal(gaps.statusCode, 400);
    assert.equal(
      (await bernd.client.postForm(`/wettbewerb/jury/${id}`, { [`score-${impact}`]: '4', action: 'save' }, { csrfFrom: `/wettbewerb/jury/${id}` })).statusCode,
      303,
    );
    const submitted = await bernd.client.postForm(
      `/wettbewerb/jury/${id}`,
      {
        [`score-${impact}`]: '4',
        [`score-${cost}`]: '2',
        [`comment-${impact}`]: 'Großer Nutzen für die Insel.',
        recommendation: 'yes',
        comment: 'Empfehlenswert.',
        action: 'submit',
      },
      { csrfFrom: `/wettbewerb/jury/${id}` },
    );
    assert.equal(submitted.statusCode, 303);
  });

  it('keeps every review away from anyone not assigned, and from the applicant', async () => {
    const bernd = jurors[1]!;
    const annaId = await assignmentOf(jurors[0]!.id);
    assert.equal((await bernd.client.get(`/wettbewerb/jury/${annaId}`)).statusCode, 404, "another juror's assignment");
    const other = await createTestUser(rt.deps, { siteRole: 'juror' });
    const outsider = new TestClient(rt.app);
    await outsider.login(other.email, TEST_PASSWORD);
    assert.equal((await outsider.get(`/wettbewerb/jury/${await assignmentOf(bernd.id)}`)).statusCode, 404, 'a juror who is not assigned');
    assert.equal((await editor.get(`/wettbewerb/jury/${await assignmentOf(bernd.id)}`)).statusCode, 404, 'editors read reviews on their own pages');
    for (const page of ['', '/angaben']) {
      const res = await applicant.get(`/wettbewerb/bewerbungen/${applicationId}${page}`);
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(res.body, /Großer Nutzen für die Insel|Empfehlenswert/, 'the applicant never sees reviews');
    }
  });

  it('ranks by the weighted scores and exports ranking and reviews', async () => {
    // impact 4 × 3 + cost 2 × 1, over the weights 4: 3.5
    const ranking = await editor.get(`/verwaltung/wettbewerb/${callId}/rangliste`);
    assert.equal(ranking.statusCode, 200);
    assert.match(ranking.body, /3,50/);
    const csv = await editor.get(`/verwaltung/wettbewerb/${callId}/rangliste.csv`);
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    assert.match(csv.body, /1;WB-2099-0001;Gemeinde Pellworm;Sprechstunde auf der Insel;45000,00;3,50;0,00;1;0;1;0;0/);
    const reviews = await editor.get(`/verwaltung/wettbewerb/${callId}/rangliste/bewertungen.csv`);
    assert.match(reviews.body, /Juror Bernd Bock/);
    assert.match(reviews.body, /Großer Nutzen für die Insel/);
    const xlsx = await editor.get(`/verwaltung/wettbewerb/${callId}/rangliste.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.body.slice(0, 2), 'PK');
  });
});

describe('competition: the review engine', () => {
  it('has no word of the competition in the review engine, which the Call for Solutions will use too', () => {
    const dir = path.join(PROJECT_ROOT, 'src', 'features', 'review');
    const files = fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => /\.(ts|tsx)$/.test(f));
    assert.ok(files.length > 5);
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.doesNotMatch(text, /competition|application|Bewerbung|Förder|Wettbewerb/i, file);
    }
  });
});
