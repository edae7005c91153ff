import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart } from '../../../platform/testing/multipart-client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { startSubmissionPath, SUBMISSIONS_PATH, submissionPath } from '../core/paths.ts';
import { insertTestChallenge, insertTestOrganisationWithManager, insertTestSubmission } from '../testing/fixtures.ts';
import { insertTestMember, signedIn } from '../testing/submissions-fixtures.ts';

const MAX_BYTES = 64 * 1024;
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\ntrailer << >>\n%%EOF\n`);

eachBackend('call for solutions: submissions', (backend) => {
  let rt: TestRuntime;
  let orgId: string;
  let otherOrgId: string;
  let manager: { id: string; email: string; password: string };
  let colleague: { id: string; email: string; password: string };
  let person: { id: string; email: string; password: string };

  const submissions = (challengeId: string) =>
    queryRows<{ id: string; status: string; team_key: string; submitter_id: string; submitted_at: Date | null; title: string }>(
      rt.deps.db,
      sql`select id, status, team_key, submitter_id, submitted_at, title from challenge_submissions where challenge_id = ${challengeId} order by created_at`,
    );
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const attachments = (submissionId: string) => count(sql`select count(*)::int as n from challenge_submission_files where submission_id = ${submissionId}`);
  const storedFileCount = () => count(sql`select count(*)::int as n from stored_files`);
  const openChallenge = async (eligibility: 'organisations' | 'people' | 'both' = 'both') =>
    insertTestChallenge(rt.deps.db, { organisationId: otherOrgId, eligibility });
  const complete = {
    title: 'Mitfahrbank mit App',
    summary: 'Nachbarn nehmen einander mit.',
    description: '## Idee\nEine Bank und eine App.',
    team: 'Zwei Entwicklerinnen',
    references: '',
    costs: '',
  };

  before(async () => {
    rt = await createTestRuntime(backend, { config: { uploadMaxBytes: MAX_BYTES } });
    ({ organisationId: orgId, manager } = await insertTestOrganisationWithManager(rt.deps, { type: 'unternehmen', name: 'Nordlicht Software GmbH' }));
    ({ organisationId: otherOrgId } = await insertTestOrganisationWithManager(rt.deps, { name: 'Amt Eiderkanal' }));
    colleague = await insertTestMember(rt.deps, orgId);
    person = await createTestUser(rt.deps);
  });
  after(async () => {
    await rt.close();
  });

  it('starts a draft for the organisation or on one’s own as the challenge allows; forged or excluded choices are refused; a double submit makes one draft', async () => {
    const orgsOnly = await openChallenge('organisations');
    const client = await signedIn(rt, manager);
    const form = await client.get(startSubmissionPath(orgsOnly.slug));
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Für Nordlicht Software GmbH/);
    assert.doesNotMatch(form.body, /value="person"/);

    // excluded kind and an organisation the person is not a member of: 400, nothing stored
    const excluded = await client.postForm(startSubmissionPath(orgsOnly.slug), { submitAs: 'person', title: 'Idee' });
    assert.equal(excluded.statusCode, 400);
    assert.match(excluded.body, /nimmt von dieser Art Einreichender keine Vorschläge an/);
    assert.match(excluded.body, /value="Idee"/, 'the input is kept');
    const forged = await client.postForm(startSubmissionPath(orgsOnly.slug), { submitAs: otherOrgId, title: 'Idee' });
    assert.equal(forged.statusCode, 400);
    assert.match(forged.body, /in der Sie Mitglied sind/);
    const missing = await client.postForm(startSubmissionPath(orgsOnly.slug), { submitAs: orgId, title: '' });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /Bitte geben Sie einen Titel ein/);
    assert.equal((await submissions(orgsOnly.id)).length, 0);

    await client.get(startSubmissionPath(orgsOnly.slug));
    const started = await client.postForm(startSubmissionPath(orgsOnly.slug), { submitAs: orgId, title: 'Mitfahrbank' });
    assert.equal(started.statusCode, 303);
    const again = await client.postForm(startSubmissionPath(orgsOnly.slug), { submitAs: orgId, title: 'Mitfahrbank' });
    assert.equal(again.location, started.location, 'the same form sent twice leads to the same draft');
    const rows = await submissions(orgsOnly.id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.team_key, `org:${orgId}`);
    assert.equal(rows[0]!.status, 'draft');
    assert.equal(started.location, submissionPath(rows[0]!.id));
    const page = await client.followRedirect(started);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Ihr Entwurf ist angelegt/);

    // a person on their own, where people may submit; an organisation there is refused
    const peopleOnly = await openChallenge('people');
    const own = await signedIn(rt, person);
    const asOrg = await own.postForm(startSubmissionPath(peopleOnly.slug), { submitAs: orgId, title: 'Idee' });
    assert.equal(asOrg.statusCode, 400);
    const asPerson = await own.postForm(startSubmissionPath(peopleOnly.slug), { submitAs: 'person', title: 'Rufbus-App' });
    assert.equal(asPerson.statusCode, 303);
    assert.deepEqual(
      (await submissions(peopleOnly.id)).map((s) => s.team_key),
      [`user:${person.id}`],
    );
    const mine = await own.get(SUBMISSIONS_PATH);
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, /Rufbus-App/);
    assert.match(mine.body, /Entwurf/);

    const anonymous = await new TestClient(rt.app).get(startSubmissionPath(peopleOnly.slug));
    assert.equal(anonymous.statusCode, 303);
    assert.equal(anonymous.location, `/anmelden?weiter=${encodeURIComponent(startSubmissionPath(peopleOnly.slug))}`);
  });

  it('a second submission of the same team: one’s own is continued, a colleague’s answers 409; after a withdrawal the team starts anew', async () => {
    const challenge = await openChallenge();
    const client = await signedIn(rt, manager);
    const first = await client.postForm(
      startSubmissionPath(challenge.slug),
      { submitAs: orgId, title: 'Erster' },
      { csrfFrom: startSubmissionPath(challenge.slug) },
    );
    assert.equal(first.statusCode, 303);
    await client.get(startSubmissionPath(challenge.slug));
    const second = await client.postForm(startSubmissionPath(challenge.slug), { submitAs: orgId, title: 'Zweiter' });
    assert.equal(second.statusCode, 303);
    assert.equal(second.location, first.location);
    assert.match((await client.followRedirect(second)).body, /schon einen Vorschlag begonnen/);

    const other = await signedIn(rt, colleague);
    await other.get(startSubmissionPath(challenge.slug));
    const taken = await other.postForm(startSubmissionPath(challenge.slug), { submitAs: orgId, title: 'Dritter' });
    assert.equal(taken.statusCode, 409);
    assert.match(taken.body, /Nordlicht Software GmbH/);
    assert.equal((await submissions(challenge.id)).length, 1);

    assert.equal((await client.postForm(`${first.location}/zurueckziehen`, {}, { csrfFrom: first.location })).statusCode, 303);
    await other.get(startSubmissionPath(challenge.slug));
    const fresh = await other.postForm(startSubmissionPath(challenge.slug), { submitAs: orgId, title: 'Neuer Anlauf' });
    assert.equal(fresh.statusCode, 303);
    assert.deepEqual(
      (await submissions(challenge.id)).map((s) => s.status),
      ['withdrawn', 'draft'],
    );
  });

  it('a draft challenge is not found by others and not open for its owners; before the opening and after the deadline 409', async () => {
    const { organisationId, manager: owner } = await insertTestOrganisationWithManager(rt.deps);
    const draft = await insertTestChallenge(rt.deps.db, { organisationId, phase: 'draft' });
    const client = await signedIn(rt, person);
    assert.equal((await client.get(startSubmissionPath(draft.slug))).statusCode, 404);
    assert.equal((await client.postForm(startSubmissionPath(draft.slug), { submitAs: 'person', title: 'x' }, { csrfFrom: SUBMISSIONS_PATH })).statusCode, 404);
    const ownerClient = await signedIn(rt, owner);
    const notOpen = await ownerClient.get(startSubmissionPath(draft.slug));
    assert.equal(notOpen.statusCode, 409);
    assert.match(notOpen.body, /noch nicht veröffentlicht/);

    const upcoming = await insertTestChallenge(rt.deps.db, { organisationId, phase: 'upcoming' });
    const early = await client.get(startSubmissionPath(upcoming.slug));
    assert.equal(early.statusCode, 409);
    assert.match(early.body, /Die Einreichung beginnt am/);
    const jury = await insertTestChallenge(rt.deps.db, { organisationId, phase: 'jury' });
    assert.equal((await client.get(startSubmissionPath(jury.slug))).statusCode, 409);
    const late = await client.postForm(startSubmissionPath(jury.slug), { submitAs: 'person', title: 'Zu spät' }, { csrfFrom: SUBMISSIONS_PATH });
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /Einreichungsfrist ist am .* abgelaufen/);
    for (const c of [draft, upcoming, jury]) assert.equal((await submissions(c.id)).length, 0);
  });

  it('saves the draft; errors come back with the input kept; someone else’s submission is 404 everywhere', async () => {
    const challenge = await openChallenge();
    const id = await insertTestSubmission(rt.deps.db, { challengeId: challenge.id, submitterId: person.id, status: 'draft', title: 'Entwurf' });
    const client = await signedIn(rt, person);
    const bad = await client.postForm(
      submissionPath(id),
      { ...complete, title: '', summary: 'x'.repeat(501), team: 'Unser Team bleibt' },
      { csrfFrom: submissionPath(id) },
    );
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Bitte geben Sie einen Titel ein/);
    assert.match(bad.body, /Unser Team bleibt/, 'the input is kept');
    assert.equal((await submissions(challenge.id))[0]!.title, 'Entwurf', 'nothing stored');

    const good = await client.postForm(submissionPath(id), complete);
    assert.equal(good.statusCode, 303);
    const page = await client.followRedirect(good);
    assert.match(page.body, /Der Entwurf ist gespeichert/);
    assert.match(page.body, /Mitfahrbank mit App/);

    // another person, an editor and the challenge's owner find nothing
    const stranger = await signedIn(rt, colleague);
    const editor = await signedIn(rt, await createTestUser(rt.deps, { siteRole: 'editor' }));
    const fileId = randomUUID();
    for (const other of [stranger, editor]) {
      assert.equal((await other.get(submissionPath(id))).statusCode, 404);
      assert.equal((await other.get(submissionPath(id, `anhaenge/${fileId}`))).statusCode, 404);
      for (const rest of [undefined, 'einreichen', 'zurueckziehen', `anhaenge/${fileId}/entfernen`]) {
        const response = await other.postForm(submissionPath(id, rest), { ...complete, title: 'Übernommen' }, { csrfFrom: SUBMISSIONS_PATH });
        assert.equal(response.statusCode, 404, `${rest ?? 'save'}`);
      }
    }
    const [row] = await submissions(challenge.id);
    assert.equal(row!.status, 'draft');
    assert.equal(row!.title, complete.title);
  });

  it('takes a PDF, downloadable by the submitter only; refuses a program, text posing as PDF, a file too large and a sixth, keeping nothing', async () => {
    const challenge = await openChallenge();
    const id = await insertTestSubmission(rt.deps.db, { challengeId: challenge.id, submitterId: person.id, status: 'draft' });
    const client = await signedIn(rt, person);
    const page = submissionPath(id);
    const action = submissionPath(id, 'anhaenge');
    const upload = async (file: { name: string; content: Buffer; type?: string }, title = '') =>
      submitMultipart(rt.app, client, await openMultipartForm(client, page, action), { attachmentTitle: title }, { attachment: file });

    const filesBefore = await storedFileCount();
    const accepted = await upload({ name: 'konzept.pdf', content: pdf('Konzept'), type: 'application/pdf' });
    assert.equal(accepted.statusCode, 303);
    const [attachment] = await queryRows<{ id: string; title: string }>(
      rt.deps.db,
      sql`select id, title from challenge_submission_files where submission_id = ${id}`,
    );
    assert.equal(attachment!.title, 'konzept.pdf', 'the file name is the default title');
    const download = await client.get(submissionPath(id, `anhaenge/${attachment!.id}`));
    assert.equal(download.statusCode, 200);
    assert.match(download.body, /Konzept/);
    const stranger = await signedIn(rt, colleague);
    assert.equal((await stranger.get(submissionPath(id, `anhaenge/${attachment!.id}`))).statusCode, 404);
    // the attachment under another submission of the same person is not found either
    const otherChallenge = await openChallenge();
    const otherId = await insertTestSubmission(rt.deps.db, { challengeId: otherChallenge.id, submitterId: person.id, status: 'draft' });
    assert.equal((await client.get(submissionPath(otherId, `anhaenge/${attachment!.id}`))).statusCode, 404);
    assert.equal(
      (await client.postForm(submissionPath(otherId, `anhaenge/${attachment!.id}/entfernen`), {}, { csrfFrom: submissionPath(otherId) })).statusCode,
      404,
    );
    assert.equal(await attachments(id), 1);
    const filesAfterOne = await storedFileCount();
    assert.equal(filesAfterOne, filesBefore + 1);

    const exe = await upload({ name: 'setup.exe', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]) });
    assert.equal(exe.statusCode, 400);
    assert.match(exe.body, /muss ein PDF, ODT, DOCX oder XLSX sein/);
    const fake = await upload({ name: 'konzept.pdf', content: Buffer.from('nur Text, kein PDF'), type: 'application/pdf' }, 'Falsch');
    assert.equal(fake.statusCode, 400);
    assert.match(fake.body, /value="Falsch"/, 'the title is kept');
    const large = await upload({ name: 'gross.pdf', content: Buffer.concat([pdf('gross'), Buffer.alloc(MAX_BYTES, 32)]) });
    assert.equal(large.statusCode, 413);
    assert.match(large.body, /größer als/);
    const empty = await upload({ name: 'leer.pdf', content: Buffer.alloc(0) });
    assert.equal(empty.statusCode, 400);
    assert.equal(await attachments(id), 1);
    assert.equal(await storedFileCount(), filesAfterOne, 'no refused file is kept');

    for (let n = 2; n <= 5; n++) assert.equal((await upload({ name: `anlage-${n}.pdf`, content: pdf(`Anlage ${n}`) }, `Anlage ${n}`)).statusCode, 303);
    assert.equal(await attachments(id), 5);
    const full = await client.get(page);
    assert.match(full.body, /höchstens 5 Anhänge hinzugefügt/);
    // a sixth through a form opened before the fifth
    const filesAtFive = await storedFileCount();
    const sixth = await submitMultipart(
      rt.app,
      client,
      { action: `${action}?_csrf=${encodeURIComponent(/name="_csrf" value="([^"]+)"/.exec(full.body)![1]!)}`, hidden: { _submission: randomUUID() } },
      { attachmentTitle: '' },
      { attachment: { name: 'sechs.pdf', content: pdf('sechs') } },
    );
    assert.equal(sixth.statusCode, 400);
    assert.match(sixth.body, /höchstens 5 Anhänge/);
    assert.equal(await attachments(id), 5);
    assert.equal(await storedFileCount(), filesAtFive);

    const removed = await client.postForm(submissionPath(id, `anhaenge/${attachment!.id}/entfernen`), {}, { csrfFrom: page });
    assert.equal(removed.statusCode, 303);
    assert.equal(await attachments(id), 4);
    assert.equal(await storedFileCount(), filesAtFive - 1, 'the removed file is deleted');
  });

  it('submits only a complete draft, not one second after the deadline, with one receipt after a double submit', async () => {
    const challenge = await openChallenge();
    const id = await insertTestSubmission(rt.deps.db, { challengeId: challenge.id, submitterId: person.id, status: 'draft', title: 'Rufbus-App' });
    await rt.deps.db.execute(sql`update challenge_submissions set summary = '', team = '' where id = ${id}`);
    const client = await signedIn(rt, person);
    const incomplete = await client.postForm(submissionPath(id, 'einreichen'), {}, { csrfFrom: submissionPath(id) });
    assert.equal(incomplete.statusCode, 400);
    assert.match(incomplete.body, /Kurzbeschreibung ein/);
    assert.match(incomplete.body, /Team vor/);
    assert.equal((await submissions(challenge.id))[0]!.status, 'draft');

    assert.equal((await client.postForm(submissionPath(id), { ...complete, title: 'Rufbus-App' }, { csrfFrom: submissionPath(id) })).statusCode, 303);
    await client.get(submissionPath(id));
    const mailsBefore = rt.mails.length;
    const submitted = await client.postForm(submissionPath(id, 'einreichen'), {});
    assert.equal(submitted.statusCode, 303);
    const twice = await client.postForm(submissionPath(id, 'einreichen'), {});
    assert.equal(twice.statusCode, 303);
    const [row] = await submissions(challenge.id);
    assert.equal(row!.status, 'submitted');
    assert.ok(row!.submitted_at);
    const view = await client.get(submissionPath(id));
    assert.match(view.body, /Eingegangen am/);
    assert.doesNotMatch(view.body, /name="summary"/, 'submitted is read-only');
    assert.match(view.body, /Zurückziehen/);
    await rt.runJobs();
    const receipts = rt.mails.slice(mailsBefore).filter((m) => m.to === person.email);
    assert.equal(receipts.length, 1);
    assert.match(receipts[0]!.subject, /Eingangsbestätigung/);
    assert.match(receipts[0]!.text, /Rufbus-App/);
    assert.match(receipts[0]!.text, /Jury/);
    assert.ok(receipts[0]!.text.includes(`http://localhost${submissionPath(id)}`));

    // one second after the deadline: late, nothing changes
    const closing = await insertTestChallenge(rt.deps.db, { organisationId: otherOrgId, closesAt: new Date(Date.now() + 1500) });
    const lateId = await insertTestSubmission(rt.deps.db, { challengeId: closing.id, submitterId: person.id, status: 'draft' });
    await client.get(submissionPath(lateId));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const late = await client.postForm(submissionPath(lateId, 'einreichen'), {});
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /Einreichungsfrist ist am .* abgelaufen/);
    const [lateRow] = await submissions(closing.id);
    assert.equal(lateRow!.status, 'draft');
    assert.equal(lateRow!.submitted_at, null);

    const past = await insertTestChallenge(rt.deps.db, { organisationId: otherOrgId, closesAt: new Date(Date.now() - 1000) });
    const pastId = await insertTestSubmission(rt.deps.db, { challengeId: past.id, submitterId: person.id, status: 'draft' });
    const pastPage = await client.get(submissionPath(pastId));
    assert.doesNotMatch(pastPage.body, /name="summary"/, 'the draft of a closed challenge cannot be edited');
    assert.equal((await client.postForm(submissionPath(pastId, 'einreichen'), {}, { csrfFrom: submissionPath(pastId) })).statusCode, 409);
    assert.equal((await client.postForm(submissionPath(pastId), complete, { csrfFrom: submissionPath(pastId) })).statusCode, 409);
    assert.equal((await submissions(past.id))[0]!.status, 'draft');
    await rt.runJobs();
    assert.equal(rt.mails.slice(mailsBefore).filter((m) => m.to === person.email).length, 1, 'no receipt for what was late');
  });

  it('withdraws until the deadline and refuses afterwards; the outcome shows once decided', async () => {
    const challenge = await openChallenge();
    const id = await insertTestSubmission(rt.deps.db, { challengeId: challenge.id, submitterId: person.id, status: 'submitted' });
    const client = await signedIn(rt, person);
    const withdrawn = await client.postForm(submissionPath(id, 'zurueckziehen'), {}, { csrfFrom: submissionPath(id) });
    assert.equal(withdrawn.statusCode, 303);
    assert.match((await client.followRedirect(withdrawn)).body, /Ihr Vorschlag ist zurückgezogen/);
    assert.equal((await submissions(challenge.id))[0]!.status, 'withdrawn');

    const jury = await insertTestChallenge(rt.deps.db, { organisationId: otherOrgId, phase: 'jury' });
    const inJury = await insertTestSubmission(rt.deps.db, { challengeId: jury.id, submitterId: person.id, status: 'submitted' });
    const refused = await client.postForm(submissionPath(inJury, 'zurueckziehen'), {}, { csrfFrom: submissionPath(inJury) });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /liegt jetzt bei der Jury/);
    assert.equal((await submissions(jury.id))[0]!.status, 'submitted');

    const decided = await insertTestChallenge(rt.deps.db, { organisationId: otherOrgId, phase: 'decided' });
    const won = await insertTestSubmission(rt.deps.db, { challengeId: decided.id, submitterId: person.id, status: 'submitted', winner: true });
    const page = await client.get(submissionPath(won));
    assert.match(page.body, /als Gewinner ausgewählt/);
    assert.ok(page.body.includes(`href="${submissionPath(won, 'loesung')}"`));
  });
});
