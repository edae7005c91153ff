import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { ADOPTIONS_PATH, adoptionPath, adoptPath, solutionPath } from '../core/paths.ts';
import { insertSolution } from '../core/repository.ts';
import type { AdoptionStatus } from '../core/tables.ts';
import { solutionsPersonalData } from '../personal-data.ts';
import { countReusesByOrganisation, listPublishedSolutionsForChoice } from '../service.ts';
import { ADOPTER_STEPS, nextStatus, OWNER_STEPS, stepsFrom, targetOf, type AdoptionStep } from './rules.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';

const de = messagesFor('de');
const m = de.solutionsAdoptions;

describe('solutions: the steps of an adoption', () => {
  const ALLOWED: Record<AdoptionStatus, Partial<Record<AdoptionStep, AdoptionStatus>>> = {
    requested: { accept: 'interested', decline: 'declined' },
    declined: {},
    interested: { start: 'implementing', abandon: 'abandoned' },
    implementing: { operate: 'operating', abandon: 'abandoned' },
    operating: { abandon: 'abandoned' },
    abandoned: {},
  };
  const STEPS: AdoptionStep[] = [...OWNER_STEPS, ...ADOPTER_STEPS];

  it('allows exactly the steps of the table, the owner answering and the adopter doing the rest', () => {
    for (const [status, allowed] of Object.entries(ALLOWED) as [AdoptionStatus, Partial<Record<AdoptionStep, AdoptionStatus>>][]) {
      for (const step of STEPS) assert.equal(nextStatus(status, step), allowed[step], `${status} → ${step}`);
      assert.deepEqual(stepsFrom(status, 'owner'), status === 'requested' ? ['accept', 'decline'] : [], status);
      assert.ok(
        stepsFrom(status, 'adopter').every((s) => (ADOPTER_STEPS as readonly string[]).includes(s)),
        status,
      );
    }
    for (const step of STEPS) assert.equal(targetOf(step), Object.values(ALLOWED).find((s) => s[step])![step]);
  });
});

eachBackend('solutions: adopting a solution', (backend) => {
  let rt: TestRuntime;
  const ids = { owner: '', hooge: '', pellworm: '', solution: '', draft: '', adoption: '', declined: '' };
  const people = {} as Record<
    'ownerManager' | 'ownerMember' | 'hoogeManager' | 'requester' | 'pellwormManager' | 'nobody',
    { id: string; email: string; client: TestClient }
  >;
  const slug = 'ratsinformation-nachnutzen-test';
  const anonymous = () => new TestClient(rt.app);
  const adoptions = async () =>
    queryRows<{ id: string; organisation_id: string; status: string; operating_since: string | null; requested_by: string | null }>(
      rt.deps.db,
      sql`select id, organisation_id, status, operating_since::text, requested_by from solution_adoptions order by requested_at`,
    );
  const status = async (id: string) => (await adoptions()).find((a) => a.id === id)?.status;
  const mailsTo = (email: string) => rt.mails.filter((x) => x.to === email);

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const organisation = async (slugOf: string, name: string) => insertTestOrganisation(db, slugOf, name);
    ids.owner = await organisation('stadt-ratsinfo-test', 'Stadt Husum');
    ids.hooge = await organisation('gemeinde-hooge-nachnutzung', 'Gemeinde Hooge');
    ids.pellworm = await organisation('gemeinde-pellworm-nachnutzung', 'Gemeinde Pellworm');
    const person = async (key: keyof typeof people, organisationId: string | undefined, role: 'manager' | 'member') => {
      const user = await createTestUser(rt.deps);
      if (organisationId) await insertMembership(db, { organisationId, userId: user.id, role, status: 'active' });
      const client = new TestClient(rt.app);
      await client.login(user.email, TEST_PASSWORD);
      people[key] = { id: user.id, email: user.email, client };
    };
    await person('ownerManager', ids.owner, 'manager');
    await person('ownerMember', ids.owner, 'member');
    await person('hoogeManager', ids.hooge, 'manager');
    await person('requester', ids.hooge, 'member');
    await person('pellwormManager', ids.pellworm, 'manager');
    await person('nobody', undefined, 'member');
    const base = {
      ownerOrganisationId: ids.owner,
      summary: 'Sitzungen, Vorlagen und Beschlüsse öffentlich.',
      problem: 'Papier.',
      approach: 'Ein Portal.',
      maturity: 'operation' as const,
    };
    ids.solution = (await insertSolution(db, { ...base, slug, title: 'Digitales Ratsinformationssystem', status: 'published', publishedAt: new Date() })).id;
    ids.draft = (await insertSolution(db, { ...base, slug: 'entwurf-nachnutzen-test', title: 'Ein Entwurf' })).id;
  });
  after(async () => rt.close());

  it('sends visitors to the login, tells a person without organisation how to join one, and finds no draft', async () => {
    const visitor = await anonymous().get(adoptPath(slug));
    assert.equal(visitor.statusCode, 303);
    assert.match(visitor.location ?? '', /^\/anmelden\?weiter=/);
    const nobody = await people.nobody.client.get(adoptPath(slug));
    assert.equal(nobody.statusCode, 200);
    assert.ok(nobody.body.includes(m.noOrganisation.body));
    assert.ok(!nobody.body.includes(m.adopt.submit));
    const owner = await people.ownerManager.client.get(adoptPath(slug));
    assert.ok(owner.body.includes(m.adopt.onlyOwner));
    assert.equal((await people.requester.client.get(adoptPath('entwurf-nachnutzen-test'))).statusCode, 404);
    assert.equal((await people.requester.client.get(adoptPath('Kein_Name'))).statusCode, 404);
  });

  it('takes a member’s request once, even when sent twice, and mails the owner’s managers', async () => {
    const { client } = people.requester;
    assert.ok((await client.get(adoptPath(slug))).body.includes('Gemeinde Hooge'));
    const empty = await client.postForm(adoptPath(slug), { organisationId: ids.hooge, message: '' });
    assert.equal(empty.statusCode, 400);
    assert.ok(empty.body.includes(m.errors.messageRequired));
    const foreign = await client.postForm(adoptPath(slug), { organisationId: ids.pellworm, message: 'Wir möchten es auch.' });
    assert.equal(foreign.statusCode, 400);
    assert.ok(foreign.body.includes(m.errors.notYourOrganisation));
    assert.ok(foreign.body.includes('Wir möchten es auch.'), 'the message is kept');

    const message = 'Wir möchten das Ratsinformationssystem für unsere Gemeindevertretung übernehmen.';
    await client.get(adoptPath(slug));
    const first = await client.postForm(adoptPath(slug), { organisationId: ids.hooge, message });
    const second = await client.postForm(adoptPath(slug), { organisationId: ids.hooge, message });
    assert.equal(first.statusCode, 303);
    assert.equal(second.location, first.location, 'the second click leads to the same request');
    const rows = await adoptions();
    assert.equal(rows.length, 1);
    ids.adoption = rows[0]!.id;
    assert.equal(first.location, adoptionPath(ids.adoption));
    assert.deepEqual([rows[0]!.status, rows[0]!.requested_by], ['requested', people.requester.id]);

    await rt.runJobs();
    const [mail, ...more] = mailsTo(people.ownerManager.email);
    assert.equal(more.length, 0);
    assert.equal(mail?.subject, m.mail.requestSubject('Digitales Ratsinformationssystem'));
    assert.ok(mail?.text.includes(message));
    assert.ok(mail?.text.includes(`http://localhost${adoptionPath(ids.adoption)}`));
    assert.equal(mailsTo(people.ownerMember.email).length, 0, 'members who are no managers are not written to');
  });

  it('refuses the owner’s own request, a second open request and two at once, with nothing stored', async () => {
    const own = await people.ownerManager.client.postForm(adoptPath(slug), { organisationId: ids.owner, message: 'Eigene Lösung.', _submission: randomUUID() });
    assert.equal(own.statusCode, 409);
    assert.ok(own.body.includes(m.errors.ownSolution));

    const again = await people.hoogeManager.client.postForm(adoptPath(slug), { organisationId: ids.hooge, message: 'Noch einmal.' });
    assert.equal(again.statusCode, 409);
    assert.ok(again.body.includes(m.errors.alreadyOpen));
    assert.ok(again.body.includes(`href="${adoptionPath(ids.adoption)}"`));

    const second = new TestClient(rt.app);
    await second.login(people.pellwormManager.email, TEST_PASSWORD);
    const post = (client: TestClient) =>
      client.postForm(
        adoptPath(slug),
        { organisationId: ids.pellworm, message: 'Pellworm fragt an.', _submission: randomUUID() },
        { csrfFrom: adoptPath(slug) },
      );
    const answers = await Promise.all([post(people.pellwormManager.client), post(second)]);
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [303, 409]);
    assert.equal((await adoptions()).filter((a) => a.organisation_id === ids.pellworm).length, 1);
    assert.equal((await adoptions()).length, 2);
    ids.declined = (await adoptions()).find((a) => a.organisation_id === ids.pellworm)!.id;
  });

  it('lets only the owner’s managers answer: a decline needs its reason, both answers reach the adopter by e-mail', async () => {
    const here = adoptionPath(ids.adoption);
    assert.equal((await people.pellwormManager.client.get(here)).statusCode, 404, 'another organisation');
    assert.equal((await people.nobody.client.get(here)).statusCode, 404);
    assert.equal((await people.ownerMember.client.get(here)).statusCode, 200);
    assert.equal((await people.ownerMember.client.postForm(`${here}/antwort`, { decision: 'accept', answer: '' }, { csrfFrom: here })).statusCode, 404);
    assert.equal((await people.hoogeManager.client.postForm(`${here}/antwort`, { decision: 'accept', answer: '' }, { csrfFrom: here })).statusCode, 404);

    const { client } = people.ownerManager;
    const page = await client.get(here);
    assert.ok(page.body.includes(m.answer.accept));
    const withoutReason = await client.postForm(`${here}/antwort`, { decision: 'decline', answer: '' });
    assert.equal(withoutReason.statusCode, 400);
    assert.ok(withoutReason.body.includes(m.errors.answerRequired));
    const answer = 'Gern! Ansprechpartnerin ist Frau Jensen aus dem Hauptamt.';
    assert.equal((await client.postForm(`${here}/antwort`, { decision: 'accept', answer })).statusCode, 303);
    assert.equal((await client.postForm(`${here}/antwort`, { decision: 'accept', answer })).statusCode, 303, 'a second click');
    assert.equal(await status(ids.adoption), 'interested');
    assert.equal((await client.postForm(`${here}/antwort`, { decision: 'decline', answer: 'Doch nicht.' }, { csrfFrom: here })).statusCode, 409);

    const declined = adoptionPath(ids.declined);
    assert.equal(
      (
        await client.postForm(
          `${declined}/antwort`,
          { decision: 'decline', answer: 'Die Lösung passt nicht zu einer Insel ohne Glasfaser.' },
          { csrfFrom: declined },
        )
      ).statusCode,
      303,
    );
    assert.equal(await status(ids.declined), 'declined');

    await rt.runJobs();
    for (const person of [people.hoogeManager, people.requester]) {
      const mails = mailsTo(person.email);
      assert.deepEqual(
        mails.map((x) => x.subject),
        [m.mail.acceptedSubject('Digitales Ratsinformationssystem')],
        'the managers and the person who asked, once',
      );
      assert.ok(mails[0]!.text.includes(answer));
    }
    const pellworm = mailsTo(people.pellwormManager.email);
    assert.deepEqual(
      pellworm.map((x) => x.subject),
      [m.mail.declinedSubject('Digitales Ratsinformationssystem')],
    );
    assert.ok(pellworm[0]!.text.includes('ohne Glasfaser'));

    const anew = await people.pellwormManager.client.postForm(
      adoptPath(slug),
      { organisationId: ids.pellworm, message: 'Mit Glasfaser fragen wir neu an.' },
      { csrfFrom: adoptPath(slug) },
    );
    assert.equal(anew.statusCode, 303, 'a declined request makes room for a new one');
  });

  it('walks the adopter’s steps, refusing what the table does not allow, and publishes the experience report', async () => {
    const here = adoptionPath(ids.adoption);
    assert.equal(
      (await people.requester.client.postForm(`${here}/stand`, { step: 'start' }, { csrfFrom: here })).statusCode,
      404,
      'a member who is no manager',
    );
    assert.equal((await people.ownerManager.client.postForm(`${here}/stand`, { step: 'start' }, { csrfFrom: here })).statusCode, 404, 'the owner');
    const { client } = people.hoogeManager;
    const report = {
      reportChanges: 'Wir haben die Vorlagen an unsere Gemeindeordnung angepasst.',
      reportCosts: 'Einmalig 4.000 Euro, 12 Personentage.',
      reportLessons: '',
    };
    assert.equal((await client.postForm(`${here}/bericht`, report, { csrfFrom: here })).statusCode, 409, 'no report before the work has started');
    assert.equal(
      (await client.postForm(`${here}/stand`, { step: 'operate', month: '3', year: '2026' }, { csrfFrom: here })).statusCode,
      409,
      'no stage is skipped',
    );
    assert.equal((await client.postForm(`${here}/stand`, { step: 'start' }, { csrfFrom: here })).statusCode, 303);
    assert.equal((await client.postForm(`${here}/stand`, { step: 'start' }, { csrfFrom: here })).statusCode, 303, 'a second click');

    const noMonth = await client.postForm(`${here}/stand`, { step: 'operate', month: '', year: '20x6' }, { csrfFrom: here });
    assert.equal(noMonth.statusCode, 400);
    assert.ok(noMonth.body.includes(m.errors.monthRequired) && noMonth.body.includes(m.errors.yearInvalid));
    const future = await client.postForm(`${here}/stand`, { step: 'operate', month: '1', year: '2099' }, { csrfFrom: here });
    assert.equal(future.statusCode, 400);
    assert.ok(future.body.includes(m.errors.futureMonth));
    assert.equal((await client.postForm(`${here}/stand`, { step: 'operate', month: '3', year: '2026' }, { csrfFrom: here })).statusCode, 303);
    assert.deepEqual(
      (await adoptions()).find((a) => a.id === ids.adoption),
      { id: ids.adoption, organisation_id: ids.hooge, status: 'operating', operating_since: '2026-03-01', requested_by: people.requester.id },
    );

    const empty = await client.postForm(`${here}/bericht`, { reportChanges: '', reportCosts: '', reportLessons: '' }, { csrfFrom: here });
    assert.equal(empty.statusCode, 400);
    assert.ok(empty.body.includes(m.errors.reportEmpty));
    assert.equal((await client.postForm(`${here}/bericht`, report, { csrfFrom: here })).statusCode, 303);
    const seen = await people.ownerMember.client.get(here);
    assert.ok(seen.body.includes(report.reportCosts) && seen.body.includes('März 2026'));
    const shown = await anonymous().get(solutionPath(slug));
    assert.equal(shown.statusCode, 200);
    assert.ok(shown.body.includes(report.reportChanges), 'the report is on the solution’s page');

    const counts = await countReusesByOrganisation(rt.deps.db);
    assert.deepEqual(counts.get(ids.hooge), { adopting: 1, adoptedFrom: 0 });
    assert.deepEqual(counts.get(ids.owner), { adopting: 0, adoptedFrom: 1 });
    assert.equal(counts.get(ids.pellworm), undefined, 'a declined and a new request are no re-use');
    assert.deepEqual(await listPublishedSolutionsForChoice(rt.deps.db), [{ id: ids.solution, title: 'Digitales Ratsinformationssystem', slug }]);

    const noReason = await client.postForm(`${here}/stand`, { step: 'abandon', reason: '' }, { csrfFrom: here });
    assert.equal(noReason.statusCode, 400);
    assert.ok(noReason.body.includes(m.errors.reasonRequired));
    const reason = 'Der Kreis stellt ein gemeinsames System für alle Gemeinden bereit.';
    assert.equal((await client.postForm(`${here}/stand`, { step: 'abandon', reason }, { csrfFrom: here })).statusCode, 303);
    assert.equal((await client.postForm(`${here}/stand`, { step: 'start' }, { csrfFrom: here })).statusCode, 409);
    const [audit] = await queryRows<{ after: { reason: string } }>(
      rt.deps.db,
      sql`select after from audit_log where action = 'solution.adoption.abandon' and subject_id = ${ids.adoption}`,
    );
    assert.equal(audit?.after.reason, reason, 'the reason is kept in the audit log');
    assert.equal((await countReusesByOrganisation(rt.deps.db)).has(ids.hooge), false, 'an abandoned attempt is no re-use');
  });

  it('lists both directions for the organisations’ members, and exports and unlinks the person’s requests', async () => {
    const adopter = await people.requester.client.get(ADOPTIONS_PATH);
    assert.equal(adopter.statusCode, 200);
    assert.ok(adopter.body.includes(m.list.outgoing) && adopter.body.includes(`href="${adoptionPath(ids.adoption)}"`));
    assert.ok(adopter.body.includes(m.list.incomingNone));
    const owner = await people.ownerMember.client.get(ADOPTIONS_PATH);
    assert.ok(owner.body.includes(`href="${adoptionPath(ids.adoption)}"`) && owner.body.includes(`href="${adoptionPath(ids.declined)}"`));
    assert.ok(owner.body.includes(m.list.outgoingNone));
    assert.ok((await people.nobody.client.get(ADOPTIONS_PATH)).body.includes(m.noOrganisation.link));

    const exported = (await solutionsPersonalData.export(rt.deps.db, people.requester.id)) as { adoptionRequests: { id: string }[] };
    assert.deepEqual(
      exported.adoptionRequests.map((r) => r.id),
      [ids.adoption],
    );
    await rt.deps.db.transaction((tx) => solutionsPersonalData.erase(tx, people.requester.id));
    assert.equal((await adoptions()).find((a) => a.id === ids.adoption)?.requested_by, null);
  });
});
