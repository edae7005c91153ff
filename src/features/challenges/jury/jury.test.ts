import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { users } from '../../../platform/db/tables.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { assignJurors, jurorAssignments, ranking } from '../../review/service.ts';
import { editorChallengePath, JURY_PATH, juryAssignmentPath } from '../core/paths.ts';
import { processKey, reviewCriteria } from '../core/process.ts';
import { findChallengeById } from '../core/repository.ts';
import { challengeSubmissions } from '../core/tables.ts';
import { insertTestChallenge, insertTestOrganisationWithManager, insertTestSubmission } from '../testing/fixtures.ts';
import { insertTestAttachment, insertTestCompetitionApplication } from '../testing/jury-fixtures.ts';

eachBackend('challenges: jury', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  const jurors: Record<'anna' | 'bernd' | 'carl', { id: string; client: TestClient }> = {} as never;
  let challenge: { id: string; slug: string; criterionIds: [string, string] };
  let other: { id: string; slug: string; criterionIds: [string, string] };
  let openChallenge: { id: string; slug: string; criterionIds: [string, string] };
  let orgSubmission: string;
  let personSubmission: string;
  let draftSubmission: string;
  let otherSubmission: string;
  let openSubmission: string;
  let attachment: string;
  let submitters: { org: { id: string; email: string }; person: { id: string; email: string } };
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const assignmentOf = async (jurorId: string, subjectId: string) =>
    (await queryRows<{ id: string }>(rt.deps.db, sql`select id from review_assignments where juror_id = ${jurorId} and subject_id = ${subjectId}`))[0]!.id;
  const review = (c: { criterionIds: [string, string] }, a: number | string, b: number | string, action = 'submit') => ({
    [`score-${c.criterionIds[0]}`]: String(a),
    [`score-${c.criterionIds[1]}`]: String(b),
    recommendation: 'yes',
    comment: 'Überzeugend.',
    action,
  });

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const owner = await insertTestOrganisationWithManager(rt.deps, { name: 'Gemeinde Kirchbarkau' });
    const startup = await insertTestOrganisationWithManager(rt.deps, { type: 'unternehmen', name: 'Nordlicht Software GmbH' });
    const person = await createTestUser(rt.deps, { displayName: 'Paula Einzeln' });
    await db.update(users).set({ locale: 'en' }).where(eq(users.id, person.id));
    submitters = { org: startup.manager, person };
    challenge = await insertTestChallenge(db, { organisationId: owner.organisationId, phase: 'jury', blindReview: true, title: 'Smartes Baugebiet' });
    other = await insertTestChallenge(db, { organisationId: owner.organisationId, phase: 'jury', title: 'Andere Herausforderung' });
    openChallenge = await insertTestChallenge(db, { organisationId: owner.organisationId, phase: 'open' });
    orgSubmission = await insertTestSubmission(db, {
      challengeId: challenge.id,
      submitterId: startup.manager.id,
      organisationId: startup.organisationId,
      title: 'Sensoren im Baugebiet',
    });
    await db
      .update(challengeSubmissions)
      .set({ team: 'Lena und Jonas aus Flensburg', description: 'Funksensoren melden freie Bauplätze.' })
      .where(eq(challengeSubmissions.id, orgSubmission));
    personSubmission = await insertTestSubmission(db, { challengeId: challenge.id, submitterId: person.id, title: 'Bauplatzbörse' });
    draftSubmission = await insertTestSubmission(db, { challengeId: challenge.id, submitterId: owner.manager.id, status: 'draft', title: 'Noch ein Entwurf' });
    otherSubmission = await insertTestSubmission(db, { challengeId: other.id, submitterId: person.id, title: 'Fremde Lösung' });
    openSubmission = await insertTestSubmission(db, { challengeId: openChallenge.id, submitterId: person.id, title: 'Zu früh' });
    attachment = await insertTestAttachment(rt.deps, { submissionId: orgSubmission });

    const editorPerson = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    await editor.login(editorPerson.email, TEST_PASSWORD);
    for (const [key, name] of [
      ['anna', 'Jurorin Anna Arp'],
      ['bernd', 'Juror Bernd Bock'],
      ['carl', 'Juror Carl Clausen'],
    ] as const) {
      const p = await createTestUser(rt.deps, { siteRole: 'juror', displayName: name });
      const client = new TestClient(rt.app);
      await client.login(p.email, TEST_PASSWORD);
      jurors[key] = { id: p.id, client };
    }
  });
  after(async () => rt.close());

  describe('assignment', () => {
    it('assigns jurors to submitted submissions, a second submit assigns nobody twice, bad choices store nothing', async () => {
      const page = editorChallengePath(challenge.id, 'jury');
      const shown = await editor.get(page);
      assert.equal(shown.statusCode, 200);
      assert.doesNotMatch(shown.body, /Noch ein Entwurf/, 'a draft is no subject of the jury');
      const fields = { submissionIds: [orgSubmission, personSubmission], jurorIds: [jurors.anna.id, jurors.bernd.id] };
      assert.equal((await editor.postForm(page, fields)).statusCode, 303);
      assert.equal((await editor.postForm(page, fields, { csrfFrom: page })).statusCode, 303);
      assert.equal(await count(sql`select count(*)::int as n from review_assignments`), 4);
      for (const bad of [draftSubmission, otherSubmission]) {
        const res = await editor.postForm(page, { submissionIds: [bad], jurorIds: [jurors.carl.id] }, { csrfFrom: page });
        assert.equal(res.statusCode, 400);
      }
      const empty = await editor.postForm(page, { submissionIds: [], jurorIds: [] }, { csrfFrom: page });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Wählen Sie mindestens eine eingereichte Lösung aus/);
      assert.equal(await count(sql`select count(*)::int as n from review_assignments`), 4);
    });

    it('unassigns, and answers 404 for an assignment through another challenge', async () => {
      const page = editorChallengePath(challenge.id, 'jury');
      assert.equal((await editor.postForm(page, { submissionIds: [orgSubmission], jurorIds: [jurors.carl.id] }, { csrfFrom: page })).statusCode, 303);
      const carl = await assignmentOf(jurors.carl.id, orgSubmission);
      const foreign = await editor.postForm(editorChallengePath(other.id, `jury/${carl}/entfernen`), {}, { csrfFrom: page });
      assert.equal(foreign.statusCode, 404);
      assert.equal(await count(sql`select count(*)::int as n from review_assignments where juror_id = ${jurors.carl.id}`), 1);
      assert.equal((await editor.postForm(editorChallengePath(challenge.id, `jury/${carl}/entfernen`), {}, { csrfFrom: page })).statusCode, 303);
      assert.equal(await count(sql`select count(*)::int as n from review_assignments where juror_id = ${jurors.carl.id}`), 0);
    });

    it('refuses assignment before the deadline with 409', async () => {
      const page = editorChallengePath(openChallenge.id, 'jury');
      const res = await editor.postForm(page, { submissionIds: [openSubmission], jurorIds: [jurors.carl.id] });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /nur zwischen dem Ende der Einreichungsfrist/);
      assert.equal(await count(sql`select count(*)::int as n from review_assignments where subject_id = ${openSubmission}`), 0);
    });
  });

  describe('jurors', () => {
    it("lists the juror's assignments with the challenge", async () => {
      const list = await jurors.anna.client.get(JURY_PATH);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Smartes Baugebiet/);
      assert.match(list.body, /Sensoren im Baugebiet/);
      assert.match(list.body, /Bauplatzbörse/);
    });

    it('a juror who declares a conflict never sees the submission', async () => {
      const id = await assignmentOf(jurors.anna.id, orgSubmission);
      const first = await jurors.anna.client.get(juryAssignmentPath(id));
      assert.equal(first.statusCode, 200);
      assert.match(first.body, /Interessenkonflikt/);
      assert.doesNotMatch(first.body, /Funksensoren melden freie Bauplätze/, 'nothing of the submission before the declaration');
      assert.equal((await jurors.anna.client.get(juryAssignmentPath(id, `anhaenge/${attachment}`))).statusCode, 404);
      assert.equal((await jurors.anna.client.postForm(juryAssignmentPath(id, 'konflikt'), { conflict: 'yes', note: 'Ich kenne das Team.' })).statusCode, 303);
      const after = await jurors.anna.client.get(juryAssignmentPath(id));
      assert.doesNotMatch(after.body, /Funksensoren melden freie Bauplätze/);
      assert.match(after.body, /Interessenkonflikt erklärt/);
      assert.equal((await jurors.anna.client.get(juryAssignmentPath(id, `anhaenge/${attachment}`))).statusCode, 404);
      const review = await jurors.anna.client.postForm(
        juryAssignmentPath(id),
        { recommendation: 'yes', comment: '', action: 'submit' },
        { csrfFrom: juryAssignmentPath(id) },
      );
      assert.notEqual(review.statusCode, 200);
      assert.equal(await count(sql`select count(*)::int as n from reviews where assignment_id = ${id}`), 0);
    });

    it('blind review hides the submitter, the organisation and the team; the attachment opens after declaring', async () => {
      const id = await assignmentOf(jurors.bernd.id, orgSubmission);
      assert.equal((await jurors.bernd.client.postForm(juryAssignmentPath(id, 'konflikt'), { conflict: 'no', note: '' })).statusCode, 303);
      const page = await jurors.bernd.client.get(juryAssignmentPath(id));
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Funksensoren melden freie Bauplätze/);
      assert.doesNotMatch(page.body, /Nordlicht Software/);
      assert.doesNotMatch(page.body, /Leitung Nordlicht/);
      assert.doesNotMatch(page.body, /Lena und Jonas/);
      const file = await jurors.bernd.client.get(juryAssignmentPath(id, `anhaenge/${attachment}`));
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'application/pdf');
      assert.equal(
        (await jurors.bernd.client.get(juryAssignmentPath(id, `anhaenge/${await assignmentOf(jurors.bernd.id, personSubmission)}`))).statusCode,
        404,
      );
    });

    it('refuses a score of 6 and a review with gaps, and stores nothing', async () => {
      const id = await assignmentOf(jurors.bernd.id, orgSubmission);
      const six = await jurors.bernd.client.postForm(juryAssignmentPath(id), review(challenge, 6, 3));
      assert.equal(six.statusCode, 400);
      const gaps = await jurors.bernd.client.postForm(
        juryAssignmentPath(id),
        { [`score-${challenge.criterionIds[0]}`]: '3', action: 'submit' },
        { csrfFrom: juryAssignmentPath(id) },
      );
      assert.equal(gaps.statusCode, 400);
      assert.match(gaps.body, /Empfehlung|recommendation/i);
      assert.equal(await count(sql`select count(*)::int as n from reviews where assignment_id = ${id}`), 0);
    });

    it("answers 404 for another juror's assignment, editors included", async () => {
      const id = await assignmentOf(jurors.bernd.id, orgSubmission);
      assert.equal((await jurors.anna.client.get(juryAssignmentPath(id))).statusCode, 404);
      assert.equal((await editor.get(juryAssignmentPath(id))).statusCode, 404);
      assert.equal((await jurors.anna.client.get(juryAssignmentPath(id, `anhaenge/${attachment}`))).statusCode, 404);
      assert.equal(
        (await jurors.anna.client.postForm(juryAssignmentPath(id, 'konflikt'), { conflict: 'no', note: '' }, { csrfFrom: JURY_PATH })).statusCode,
        404,
      );
    });

    it('takes reviews only in the jury phase', async () => {
      const editorRow = {
        id: (await queryRows<{ id: string }>(rt.deps.db, sql`select id from users where site_role = 'editor' limit 1`))[0]!.id,
        email: 'x@beispiel.de',
      };
      await assignJurors(rt.deps.db, { actor: editorRow, processKey: processKey(openChallenge.id), subjectIds: [openSubmission], jurorIds: [jurors.carl.id] });
      const id = await assignmentOf(jurors.carl.id, openSubmission);
      assert.equal((await jurors.carl.client.postForm(juryAssignmentPath(id, 'konflikt'), { conflict: 'no', note: '' })).statusCode, 303);
      const page = await jurors.carl.client.get(juryAssignmentPath(id));
      assert.match(page.body, /nur zwischen dem Ende der Einreichungsfrist/);
      const res = await jurors.carl.client.postForm(juryAssignmentPath(id), review(openChallenge, 4, 4), { csrfFrom: juryAssignmentPath(id) });
      assert.equal(res.statusCode, 409);
      assert.equal(await count(sql`select count(*)::int as n from reviews where assignment_id = ${id}`), 0);
    });
  });

  describe('ranking', () => {
    it('ranks by the weighted scores of submitted reviews (weights 2 and 1)', async () => {
      // orgSubmission: Bernd 5 and 2 → (10 + 2) / 3 = 4.00; Carl 3 and 3 → 3.00; mean 3.50, spread 1.00
      // personSubmission: Bernd 4 and 1 → (8 + 1) / 3 = 3.00; Anna's draft does not count
      const page = editorChallengePath(challenge.id, 'jury');
      assert.equal((await editor.postForm(page, { submissionIds: [orgSubmission], jurorIds: [jurors.carl.id] }, { csrfFrom: page })).statusCode, 303);
      const submit = async (who: 'anna' | 'bernd' | 'carl', subject: string, a: number, b: number, action = 'submit') => {
        const id = await assignmentOf(jurors[who].id, subject);
        const client = jurors[who].client;
        const [row] = await queryRows<{ conflict: string | null }>(rt.deps.db, sql`select conflict from review_assignments where id = ${id}`);
        if (row!.conflict === null) {
          await client.postForm(juryAssignmentPath(id, 'konflikt'), { conflict: 'no', note: '' }, { csrfFrom: juryAssignmentPath(id) });
        }
        const res = await client.postForm(juryAssignmentPath(id), review(challenge, a, b, action), { csrfFrom: juryAssignmentPath(id) });
        assert.equal(res.statusCode, 303, `${who} ${action}`);
      };
      await submit('bernd', orgSubmission, 5, 2);
      await submit('carl', orgSubmission, 3, 3);
      await submit('bernd', personSubmission, 4, 1);
      await submit('anna', personSubmission, 0, 0, 'save');
      const rows = await ranking(rt.deps.db, {
        processKey: processKey(challenge.id),
        subjectIds: [orgSubmission, personSubmission],
        criteria: await reviewCriteria(rt.deps.db, challenge.id),
      });
      assert.deepEqual(
        rows.map((r) => [r.subjectId, r.rank, r.mean, r.spread, r.scores, r.submitted, r.missing]),
        [
          [orgSubmission, 1, 3.5, 1, [4, 3], 2, 0],
          [personSubmission, 2, 3, 0, [3], 1, 1],
        ],
      );
      const html = (await editor.get(editorChallengePath(challenge.id, 'rangliste'))).body;
      assert.match(html, /3,50/);
      assert.ok(html.indexOf('Sensoren im Baugebiet') < html.indexOf('Bauplatzbörse'), 'the better mean first');
      const detail = await editor.get(editorChallengePath(challenge.id, `rangliste/${orgSubmission}`));
      assert.equal(detail.statusCode, 200);
      assert.match(detail.body, /Nordlicht Software GmbH/, 'editors see who submitted');
      assert.match(detail.body, /Ich kenne das Team/);
      assert.match(detail.body, /4,00/);
      assert.equal((await editor.get(editorChallengePath(challenge.id, `rangliste/${orgSubmission}/anhaenge/${attachment}`))).statusCode, 200);
      assert.equal((await editor.get(editorChallengePath(other.id, `rangliste/${orgSubmission}`))).statusCode, 404);
      assert.equal((await editor.get(editorChallengePath(challenge.id, `rangliste/${draftSubmission}`))).statusCode, 404);
    });
  });

  describe('winners', () => {
    it('refuses to publish without a winner, and a submission of another challenge', async () => {
      const page = editorChallengePath(challenge.id, 'gewinner');
      const res = await editor.postForm(editorChallengePath(challenge.id, 'gewinner/veroeffentlichen'), {}, { csrfFrom: page });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /mindestens einen Gewinner/);
      const foreign = await editor.postForm(page, { [`winner-${otherSubmission}`]: '1' }, { csrfFrom: page });
      assert.equal(foreign.statusCode, 400);
      assert.equal(await count(sql`select count(*)::int as n from challenge_submissions where winner`), 0);
      assert.equal((await findChallengeById(rt.deps.db, challenge.id))!.decidedAt, null);
    });

    it('saves the winners and publishes the decision once, with one mail to every submitter in their language', async () => {
      const page = editorChallengePath(challenge.id, 'gewinner');
      const saved = await editor.postForm(
        page,
        { [`winner-${orgSubmission}`]: '1', [`award-${orgSubmission}`]: 'Pilotierung 2027 in Kirchbarkau' },
        { csrfFrom: page },
      );
      assert.equal(saved.statusCode, 303);
      const shown = await editor.get(page);
      assert.match(shown.body, /Pilotierung 2027 in Kirchbarkau/);
      const publish = editorChallengePath(challenge.id, 'gewinner/veroeffentlichen');
      const first = await editor.postForm(publish, {});
      assert.equal(first.statusCode, 303);
      const again = await editor.postForm(publish, {});
      assert.equal(again.statusCode, 303, 'a double submit lands on the same page');
      const decided = await findChallengeById(rt.deps.db, challenge.id);
      assert.ok(decided?.decidedAt);
      assert.equal(await count(sql`select count(*)::int as n from audit_log where action = 'challenges.decision.publish'`), 1);
      await rt.runJobs();
      const toOrg = rt.mails.filter((m) => m.to === submitters.org.email);
      const toPerson = rt.mails.filter((m) => m.to === submitters.person.email);
      assert.equal(toOrg.length, 1);
      assert.equal(toPerson.length, 1);
      assert.equal(toOrg[0]!.subject, 'Ihre Lösung gewinnt: Smartes Baugebiet');
      assert.match(toOrg[0]!.text, /Pilotierung 2027 in Kirchbarkau/);
      assert.match(toOrg[0]!.text, new RegExp(`/call-for-solutions/einreichungen/${orgSubmission}`));
      assert.equal(toPerson[0]!.subject, 'Decision on the challenge: Smartes Baugebiet');
      assert.match(toPerson[0]!.text, /chose other solutions/);
      assert.equal(rt.mails.filter((m) => m.subject.includes('Smartes Baugebiet')).length, 2, 'no mail for a draft');
    });

    it('refuses winners, publication and reviews after the decision', async () => {
      const page = editorChallengePath(challenge.id, 'gewinner');
      // a form opened before the decision, sent after it
      const stale = { csrfFrom: editorChallengePath(challenge.id, 'rangliste') };
      const save = await editor.postForm(page, { [`winner-${personSubmission}`]: '1', _submission: randomUUID() }, stale);
      assert.equal(save.statusCode, 409);
      const publish = await editor.postForm(editorChallengePath(challenge.id, 'gewinner/veroeffentlichen'), { _submission: randomUUID() }, stale);
      assert.equal(publish.statusCode, 409);
      assert.equal(await count(sql`select count(*)::int as n from challenge_submissions where winner`), 1);
      const id = await assignmentOf(jurors.anna.id, personSubmission);
      const late = await jurors.anna.client.postForm(juryAssignmentPath(id), review(challenge, 5, 5), { csrfFrom: juryAssignmentPath(id) });
      assert.equal(late.statusCode, 409);
      assert.equal(await count(sql`select count(*)::int as n from reviews where assignment_id = ${id} and status = 'submitted'`), 0);
      const bernd = await jurors.bernd.client.get(juryAssignmentPath(await assignmentOf(jurors.bernd.id, orgSubmission)));
      assert.match(bernd.body, /Die Bewertungen der anderen/, 'others’ reviews once decided');
    });
  });

  describe('the review engine serves two features side by side', () => {
    it('keeps a juror’s competition and challenge assignments and rankings apart', async () => {
      const org = await insertTestOrganisationWithManager(rt.deps);
      const competition = await insertTestCompetitionApplication(rt.deps, { organisationId: org.organisationId, createdBy: org.manager.id });
      const editorRow = { id: org.manager.id, email: org.manager.email };
      const competitionKey = `competition:${competition.callId}`;
      await assignJurors(rt.deps.db, { actor: editorRow, processKey: competitionKey, subjectIds: [competition.applicationId], jurorIds: [jurors.carl.id] });
      const [inCompetition] = await jurorAssignments(rt.deps.db, jurors.carl.id, competitionKey);
      const inChallenge = await assignmentOf(jurors.carl.id, orgSubmission);
      const carl = jurors.carl.client;

      const challengeList = await carl.get(JURY_PATH);
      assert.match(challengeList.body, /Sensoren im Baugebiet/);
      assert.doesNotMatch(challengeList.body, /Dorfladen mit Videosprechstunde/);
      const competitionList = await carl.get('/wettbewerb/jury');
      assert.match(competitionList.body, /WB-2099-0042/);
      assert.doesNotMatch(competitionList.body, /Sensoren im Baugebiet/);

      assert.equal((await carl.get(juryAssignmentPath(inCompetition!.id))).statusCode, 404);
      assert.equal((await carl.get(`/wettbewerb/jury/${inChallenge}`)).statusCode, 404);
      assert.equal((await carl.get(`/wettbewerb/jury/${inCompetition!.id}`)).statusCode, 200);
      assert.equal(
        (await editor.postForm(editorChallengePath(challenge.id, `jury/${inCompetition!.id}/entfernen`), {}, { csrfFrom: JURY_PATH })).statusCode,
        404,
      );

      const mixed = await ranking(rt.deps.db, {
        processKey: processKey(challenge.id),
        subjectIds: [orgSubmission, competition.applicationId],
        criteria: await reviewCriteria(rt.deps.db, challenge.id),
      });
      assert.equal(mixed.find((r) => r.subjectId === competition.applicationId)!.assignments, 0, 'the challenge’s ranking counts no competition assignment');
      assert.equal(mixed.find((r) => r.subjectId === orgSubmission)!.assignments, 3);
      const html = (await editor.get(editorChallengePath(challenge.id, 'rangliste'))).body;
      assert.doesNotMatch(html, /Dorfladen/);
    });
  });
});
