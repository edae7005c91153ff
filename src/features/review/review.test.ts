import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { auditLabels } from '../../platform/audit/labels.ts';
import { queryRows } from '../../platform/db/client.ts';
import { parseForm } from '../../platform/http/form.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { TestClient } from '../../platform/testing/client.ts';
import type { ViewContext } from '../../platform/views/context.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { reviewPersonalData } from './personal-data.ts';
import {
  assignJurors,
  assignmentForJuror,
  assignmentInProcess,
  assignmentsOfProcess,
  conflictForm,
  declareConflict,
  jurorAssignments,
  jurorChoices,
  ranking,
  reviewForm,
  reviewFormValues,
  reviewsForJuror,
  reviewsOfSubject,
  saveReview,
  unassignJuror,
  type ReviewActor,
  type ReviewCriterion,
  type ReviewInput,
} from './service.ts';
import { AssignmentTable, ConflictForm, RankingTable, ReviewForm, ReviewSummary } from './ui.ts';

const t = messagesFor('de');

eachBackend('review engine', (backend) => {
  let rt: TestRuntime;
  let editor: ReviewActor;
  let anna: ReviewActor & { password: string };
  let bert: ReviewActor;
  let cleo: ReviewActor;
  let member: ReviewActor;
  const processKey = `challenge:${randomUUID()}`;
  const [s1, s2, s3, s4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const criteria: ReviewCriterion[] = [
    { id: randomUUID(), title: 'Innovationsgrad', description: 'Wie neu ist der Ansatz?', weight: 2 },
    { id: randomUUID(), title: 'Nachnutzbarkeit', description: '', weight: 1 },
  ];
  const [idea, reuse] = criteria as [ReviewCriterion, ReviewCriterion];
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  const assignments = () => count(sql`select count(*)::int as n from review_assignments`);
  const assignmentOf = async (subjectId: string, juror: ReviewActor) =>
    (await jurorAssignments(rt.deps.db, juror.id, processKey)).find((a) => a.subjectId === subjectId)!.id;
  const input = (scores: [ReviewCriterion, number | null, string?][], recommendation: ReviewInput['recommendation'] = null, comment = ''): ReviewInput => ({
    scores: new Map(scores.map(([c, score, text]) => [c.id, { score, comment: text ?? '' }])),
    recommendation,
    comment,
  });
  const save = (juror: ReviewActor, assignmentId: string, review: ReviewInput, submit = false, open = true) =>
    saveReview(rt.deps.db, { juror, assignmentId, criteria, input: review, submit, open });

  before(async () => {
    rt = await createTestRuntime(backend);
    const person = async (siteRole: 'juror' | 'member' | 'editor', displayName: string) => {
      const u = await createTestUser(rt.deps, { siteRole, displayName });
      return { id: u.id, email: u.email, password: u.password };
    };
    editor = await person('editor', 'Erika Redaktion');
    anna = await person('juror', 'Anna Jurorin');
    bert = await person('juror', 'Bert Juror');
    cleo = await person('juror', 'Cleo Jurorin');
    member = await person('member', 'Max Mitglied');
  });
  after(async () => rt.close());

  describe('assignments', () => {
    it('assigns jurors to subjects in bulk, and a second time changes nothing', async () => {
      const first = await assignJurors(rt.deps.db, { actor: editor, processKey, subjectIds: [s1, s2], jurorIds: [anna.id, bert.id] });
      assert.deepEqual(first, { kind: 'assigned', created: 4, existing: 0 });
      const again = await assignJurors(rt.deps.db, { actor: editor, processKey, subjectIds: [s1, s2, s1], jurorIds: [anna.id, bert.id] });
      assert.deepEqual(again, { kind: 'assigned', created: 0, existing: 4 });
      const single = await assignJurors(rt.deps.db, { actor: editor, processKey, subjectIds: [s1], jurorIds: [cleo.id] });
      assert.deepEqual(single, { kind: 'assigned', created: 1, existing: 0 });
      assert.equal(await assignments(), 5);
      assert.equal(await count(sql`select count(*)::int as n from audit_log where action = 'review.assign' and subject_type = 'review_assignment'`), 5);
      assert.deepEqual(
        (await jurorChoices(rt.deps.db)).map((j) => j.displayName),
        ['Anna Jurorin', 'Bert Juror', 'Cleo Jurorin'],
      );
    });

    it('refuses an account that is no juror’s, and stores nothing of the list', async () => {
      const refused = await assignJurors(rt.deps.db, { actor: editor, processKey, subjectIds: [s3], jurorIds: [cleo.id, member.id, editor.id, 'not-an-id'] });
      assert.deepEqual(refused, { kind: 'refused', conflicts: [], notJurors: [member.id, editor.id, 'not-an-id'] });
      assert.equal(await assignments(), 5);
    });

    it('takes a declaration once, only from the assigned juror', async () => {
      const annaS1 = await assignmentOf(s1, anna);
      assert.deepEqual(await declareConflict(rt.deps.db, { juror: bert, assignmentId: annaS1, conflict: true, note: '' }), { kind: 'notFound' });
      assert.deepEqual(await declareConflict(rt.deps.db, { juror: anna, assignmentId: annaS1, conflict: false, note: '' }), {
        kind: 'declared',
        conflict: 'none',
      });
      assert.deepEqual(await declareConflict(rt.deps.db, { juror: anna, assignmentId: annaS1, conflict: true, note: 'doch' }), {
        kind: 'alreadyDeclared',
        conflict: 'none',
      });
      const bertS1 = await assignmentOf(s1, bert);
      assert.deepEqual(await declareConflict(rt.deps.db, { juror: bert, assignmentId: bertS1, conflict: true, note: 'Ich berate die Gemeinde.' }), {
        kind: 'declared',
        conflict: 'declared',
      });
      assert.equal(await count(sql`select count(*)::int as n from audit_log where action = 'review.conflict.declare'`), 2);
    });

    it('never assigns a juror again to a subject they declared a conflict for, and then assigns nobody of the list', async () => {
      const refused = await assignJurors(rt.deps.db, { actor: editor, processKey, subjectIds: [s1, s3], jurorIds: [bert.id, cleo.id] });
      assert.deepEqual(refused, { kind: 'refused', conflicts: [{ subjectId: s1, jurorId: bert.id }], notJurors: [] });
      assert.equal(await assignments(), 5, 'nothing for s3 either');
      const bertS1 = await assignmentOf(s1, bert);
      assert.equal(await unassignJuror(rt.deps.db, { actor: editor, assignmentId: bertS1 }), 'conflictDeclared', 'the declaration stays');
      assert.equal(await assignments(), 5);
    });

    it('takes an assignment back while nothing was submitted, only within its process', async () => {
      assert.deepEqual(await assignJurors(rt.deps.db, { actor: editor, processKey, subjectIds: [s3], jurorIds: [anna.id, cleo.id] }), {
        kind: 'assigned',
        created: 2,
        existing: 0,
      });
      const cleoS3 = await assignmentOf(s3, cleo);
      assert.equal(await unassignJuror(rt.deps.db, { actor: editor, assignmentId: cleoS3, processKey: 'challenge:other' }), 'notFound');
      assert.equal(await assignmentInProcess(rt.deps.db, 'challenge:other', cleoS3), undefined);
      assert.equal((await assignmentInProcess(rt.deps.db, processKey, cleoS3))?.id, cleoS3);
      assert.equal(await unassignJuror(rt.deps.db, { actor: editor, assignmentId: cleoS3, processKey }), 'unassigned');
      assert.equal(await unassignJuror(rt.deps.db, { actor: editor, assignmentId: cleoS3 }), 'notFound');
      assert.equal(await unassignJuror(rt.deps.db, { actor: editor, assignmentId: 'kaputt' }), 'notFound');
      assert.equal(await count(sql`select count(*)::int as n from audit_log where action = 'review.unassign'`), 1);
    });
  });

  describe('reviews', () => {
    it('refuses a review before the declaration, after a conflict, of someone else and while the phase is closed', async () => {
      const annaS2 = await assignmentOf(s2, anna);
      const draft = input([[idea, 3]]);
      assert.deepEqual(await save(anna, annaS2, draft), { kind: 'notDeclared' });
      assert.deepEqual(await save(bert, await assignmentOf(s1, bert), draft), { kind: 'conflictDeclared' });
      const annaS1 = await assignmentOf(s1, anna);
      assert.deepEqual(await save(bert, annaS1, draft), { kind: 'notFound' }, 'another juror’s assignment');
      assert.deepEqual(await save(anna, randomUUID(), draft), { kind: 'notFound' });
      assert.deepEqual(await save(anna, annaS1, draft, false, false), { kind: 'closed' });
      assert.equal(await count(sql`select count(*)::int as n from reviews`), 0);
    });

    it('refuses a score outside 0 to 5 or of another criterion, storing nothing', async () => {
      const annaS1 = await assignmentOf(s1, anna);
      assert.deepEqual(
        await save(
          anna,
          annaS1,
          input(
            [
              [idea, 6],
              [reuse, 2],
            ],
            'yes',
          ),
        ),
        { kind: 'invalid', unknownCriteria: [], badScores: [idea.id] },
      );
      assert.deepEqual(await save(anna, annaS1, input([[idea, 2.5]])), { kind: 'invalid', unknownCriteria: [], badScores: [idea.id] });
      const stranger = { id: randomUUID(), title: 'Fremd', description: '', weight: 1 };
      assert.deepEqual(await save(anna, annaS1, input([[stranger, 3]])), { kind: 'invalid', unknownCriteria: [stranger.id], badScores: [] });
      assert.equal(await count(sql`select count(*)::int as n from reviews`), 0);
      assert.equal(await count(sql`select count(*)::int as n from review_scores`), 0);
    });

    it('keeps an incomplete draft, and submits only with every score and a recommendation', async () => {
      const annaS1 = await assignmentOf(s1, anna);
      assert.deepEqual(await save(anna, annaS1, input([[reuse, null, 'Noch offen']])), { kind: 'saved', status: 'draft' });
      const stored = await assignmentForJuror(rt.deps.db, annaS1, anna.id);
      assert.equal(stored?.reviewStatus, 'draft');
      assert.deepEqual([...stored!.scores], [[reuse.id, { score: null, comment: 'Noch offen' }]]);
      assert.deepEqual(await save(anna, annaS1, input([[idea, 5]]), true), { kind: 'incomplete', missingScores: [reuse.id], recommendationMissing: true });
      assert.deepEqual(
        await save(
          anna,
          annaS1,
          input([
            [idea, 5],
            [reuse, 2],
          ]),
          true,
        ),
        { kind: 'incomplete', missingScores: [], recommendationMissing: true },
      );
      assert.equal((await assignmentForJuror(rt.deps.db, annaS1, anna.id))?.reviewStatus, 'draft', 'nothing submitted');
      const complete = input(
        [
          [idea, 5, 'Mutig'],
          [reuse, 2],
        ],
        'yes',
        'Überzeugt.',
      );
      assert.deepEqual(await save(anna, annaS1, complete, true), { kind: 'saved', status: 'submitted' });
      assert.deepEqual(
        await save(
          anna,
          annaS1,
          input(
            [
              [idea, 0],
              [reuse, 0],
            ],
            'no',
          ),
          true,
        ),
        { kind: 'alreadySubmitted' },
      );
      assert.deepEqual(await save(anna, annaS1, input([[idea, 0]])), { kind: 'alreadySubmitted' }, 'not even as a draft');
      const submitted = await assignmentForJuror(rt.deps.db, annaS1, anna.id);
      assert.equal(submitted?.recommendation, 'yes');
      assert.equal(submitted?.reviewComment, 'Überzeugt.');
      assert.deepEqual(submitted?.scores.get(idea.id), { score: 5, comment: 'Mutig' });
      assert.ok(submitted?.submittedAt);
      assert.equal(await unassignJuror(rt.deps.db, { actor: editor, assignmentId: annaS1 }), 'reviewSubmitted');
      assert.equal(await count(sql`select count(*)::int as n from audit_log where action = 'review.submit'`), 1);
      assert.equal(await assignmentForJuror(rt.deps.db, annaS1, bert.id), undefined, 'nobody else finds it');
      assert.equal(await assignmentForJuror(rt.deps.db, 'kaputt', anna.id), undefined);
    });

    it('shows a juror the subject after declaring, their own review only, and the others’ once allowed', async () => {
      const cleoS1 = await assignmentOf(s1, cleo);
      assert.equal(await reviewsForJuror(rt.deps.db, { jurorId: cleo.id, subjectId: s1, othersVisible: true }), undefined, 'not declared yet');
      await declareConflict(rt.deps.db, { juror: cleo, assignmentId: cleoS1, conflict: false, note: '' });
      assert.deepEqual(
        await save(
          cleo,
          cleoS1,
          input(
            [
              [idea, 3],
              [reuse, 3],
            ],
            'maybe',
          ),
          true,
        ),
        { kind: 'saved', status: 'submitted' },
      );
      const during = await reviewsForJuror(rt.deps.db, { jurorId: cleo.id, subjectId: s1, othersVisible: false });
      assert.equal(during?.own.id, cleoS1);
      assert.deepEqual(during?.others, []);
      const afterwards = await reviewsForJuror(rt.deps.db, { jurorId: cleo.id, subjectId: s1, othersVisible: true });
      assert.deepEqual(
        afterwards?.others.map((r) => r.jurorName),
        ['Anna Jurorin'],
        'the submitted review of Anna; Bert declared a conflict and wrote none',
      );
      assert.equal(await reviewsForJuror(rt.deps.db, { jurorId: bert.id, subjectId: s1, othersVisible: true }), undefined, 'a conflict closes the subject');
      assert.equal(await reviewsForJuror(rt.deps.db, { jurorId: member.id, subjectId: s1, othersVisible: true }), undefined);
    });

    it('ranks the subjects by the weighted mean of the submitted reviews', async () => {
      // s2: Anna 4 and 4 → 4; Bert keeps a draft, so one review is missing
      const annaS2 = await assignmentOf(s2, anna);
      const bertS2 = await assignmentOf(s2, bert);
      await declareConflict(rt.deps.db, { juror: anna, assignmentId: annaS2, conflict: false, note: '' });
      await declareConflict(rt.deps.db, { juror: bert, assignmentId: bertS2, conflict: false, note: '' });
      assert.deepEqual(
        await save(
          anna,
          annaS2,
          input(
            [
              [idea, 4],
              [reuse, 4],
            ],
            'yes',
          ),
          true,
        ),
        { kind: 'saved', status: 'submitted' },
      );
      assert.deepEqual(
        await save(
          bert,
          bertS2,
          input(
            [
              [idea, 0],
              [reuse, 0],
            ],
            'no',
          ),
        ),
        { kind: 'saved', status: 'draft' },
      );

      const result = await ranking(rt.deps.db, { processKey, subjectIds: [s1, s2, s3, s4], criteria });
      // s1: Anna (5·2 + 2) / 3 = 4, Cleo 3: mean 3.5, spread 1; Bert declared a conflict
      assert.deepEqual(
        result.map((r) => ({ s: r.subjectId, rank: r.rank, mean: r.mean, spread: r.spread, submitted: r.submitted, missing: r.missing, scores: r.scores })),
        [
          { s: s2, rank: 1, mean: 4, spread: 0, submitted: 1, missing: 1, scores: [4] },
          { s: s1, rank: 2, mean: 3.5, spread: 1, submitted: 2, missing: 0, scores: [4, 3] },
          { s: s3, rank: null, mean: null, spread: null, submitted: 0, missing: 1, scores: [] },
          { s: s4, rank: null, mean: null, spread: null, submitted: 0, missing: 0, scores: [] },
        ],
      );
      assert.deepEqual(result[1]!.recommendations, { yes: 1, maybe: 1, no: 0 });
      assert.equal(result[1]!.conflicts, 1);
      assert.deepEqual((await ranking(rt.deps.db, { processKey: 'challenge:other', subjectIds: [s1], criteria }))[0]!.submitted, 0, 'only this process counts');
    });

    it('shows the editors every assignment, with drafts only as such', async () => {
      const rows = await assignmentsOfProcess(rt.deps.db, processKey);
      assert.equal(rows.length, 6);
      const bertS1 = rows.find((r) => r.subjectId === s1 && r.jurorId === bert.id)!;
      assert.deepEqual([bertS1.conflict, bertS1.conflictNote, bertS1.reviewStatus], ['declared', 'Ich berate die Gemeinde.', null]);
      const ofS2 = await reviewsOfSubject(rt.deps.db, s2);
      const bertDraft = ofS2.find((r) => r.jurorId === bert.id)!;
      assert.equal(bertDraft.reviewStatus, 'draft');
      assert.equal(bertDraft.recommendation, null, 'the content of a draft is the juror’s own');
      assert.equal(bertDraft.scores.size, 0);
      assert.equal(ofS2.find((r) => r.jurorId === anna.id)!.scores.get(idea.id)?.score, 4);
    });
  });

  describe('forms and views', () => {
    it('explains a score of 6 or "abc" and what is missing to submit, at the field', () => {
      const form = reviewForm(criteria);
      const bad = parseForm(form, { [`score-${idea.id}`]: '6', [`score-${reuse.id}`]: 'abc', action: 'save' }, t);
      assert.equal(bad.ok, false);
      assert.deepEqual(!bad.ok && bad.errors, [
        { field: `score-${idea.id}`, message: t.review.errors.score },
        { field: `score-${reuse.id}`, message: t.review.errors.score },
      ]);
      const incomplete = parseForm(form, { [`score-${idea.id}`]: '4', recommendation: '', comment: '', action: 'submit' }, t);
      assert.deepEqual(!incomplete.ok && incomplete.errors, [
        { field: `score-${reuse.id}`, message: t.review.errors.scoreMissing },
        { field: 'recommendation', message: t.review.errors.recommendationMissing },
      ]);
      const draft = parseForm(form, { [`score-${idea.id}`]: '0', [`comment-${reuse.id}`]: ' später ', comment: '', action: 'save' }, t);
      assert.ok(draft.ok);
      assert.equal(draft.data.submit, false);
      assert.deepEqual(
        [...draft.data.input.scores],
        [
          [idea.id, { score: 0, comment: '' }],
          [reuse.id, { score: null, comment: 'später' }],
        ],
      );
      assert.equal(draft.data.input.recommendation, null);
      assert.equal(parseForm(form, { action: 'delete' }, t).ok, false);
      assert.throws(() => parseForm(form, { action: 'save', [`score-${randomUUID()}`]: '3' }, t), 'a field of no criterion is no form of ours');
      const conflict = parseForm(conflictForm, { conflict: 'yes', note: ' Nachbarin ' }, t);
      assert.deepEqual(conflict.ok && conflict.data, { conflict: true, note: 'Nachbarin' });
      assert.deepEqual(!parseForm(conflictForm, { note: '' }, t).ok && (parseForm(conflictForm, { note: '' }, t) as { errors: unknown }).errors, [
        { field: 'conflict', message: t.review.errors.conflictRequired },
      ]);
    });

    it('renders the forms with the values kept and the criteria named in the error summary', async () => {
      const ctx = { t, locale: 'de', user: null, csrfToken: 'csrf', url: '/', requestId: 'x', nav: [], site: {} } as unknown as ViewContext;
      const values = { [`score-${idea.id}`]: '6', [`comment-${idea.id}`]: 'Mein <b>Kommentar</b>', recommendation: 'maybe', comment: 'Gesamt' };
      const html = renderToString(
        h(ReviewForm, { ctx, action: '/bewerten/1', criteria, values, errors: [{ field: `score-${idea.id}`, message: t.review.errors.score }] }),
      );
      assert.match(html, /Es gibt ein Problem/);
      assert.match(html, /href="#f-score-[0-9a-f-]+">Innovationsgrad: Wählen Sie eine Punktzahl von 0 bis 5\.<\/a>/);
      assert.match(html, /Gewichtung: 2/);
      assert.match(html, /Wie neu ist der Ansatz\?/);
      assert.match(html, /value="maybe" checked/);
      assert.match(html, /Mein &lt;b>Kommentar&lt;\/b>/);
      assert.match(html, /name="action" value="save"[^>]*><span class="kern-label">Entwurf speichern/);
      assert.match(html, /name="action" value="submit"[^>]*><span class="kern-label">Bewertung abschicken/);
      assert.equal((html.match(/type="radio"/g) ?? []).length, 2 * 6 + 3);
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');

      const stored = await assignmentForJuror(rt.deps.db, await assignmentOf(s2, bert), bert.id);
      const again = renderToString(h(ReviewForm, { ctx, action: '/bewerten/2', criteria, values: reviewFormValues(stored!) }));
      assert.match(again, /value="0" checked/);
      assert.match(again, /value="no" checked/);

      const conflict = renderToString(h(ConflictForm, { ctx, action: '/erklaerung', values: { conflict: 'no' } }, h('p', null, 'Wer ist beteiligt')));
      assert.match(conflict, /Besteht bei Ihnen ein Interessenkonflikt\?/);
      assert.match(conflict, /value="no" checked/);
      assert.match(conflict, /Wer ist beteiligt/);

      const summary = renderToString(
        h(ReviewSummary, { ctx, criteria, review: (await assignmentForJuror(rt.deps.db, await assignmentOf(s1, anna), anna.id))! }),
      );
      assert.match(summary, /5 Punkte/);
      assert.match(summary, /4,00/, 'the weighted score');
      assert.match(summary, /Ja/);
    });

    it('renders the ranking and the editors’ table', async () => {
      const ctx = { t, locale: 'de', user: null, csrfToken: 'csrf', url: '/', requestId: 'x', nav: [], site: {} } as unknown as ViewContext;
      const subjects = new Map([
        [s1, { title: 'Digitales Dorfbüro', href: '/s1' }],
        [s2, { title: 'Mitfahrbank' }],
      ]);
      const rows = await ranking(rt.deps.db, { processKey, subjectIds: [s1, s2], criteria });
      const html = renderToString(h(RankingTable, { ctx, ranking: rows, subjects }));
      assert.match(html, /<a href="\/s1">Digitales Dorfbüro<\/a>/);
      assert.match(html, /3,50/);
      assert.match(html, /1 abgeschickt, 1 ausstehend/);
      assert.match(html, /Ja: 1, Vielleicht: 1, Nein: 0/);
      assert.match(html, /1 Interessenkonflikt/);
      const table = renderToString(
        h(AssignmentTable, { ctx, assignments: await assignmentsOfProcess(rt.deps.db, processKey), subjects, unassignAction: (id: string) => `/weg/${id}` }),
      );
      assert.match(table, /Interessenkonflikt erklärt/);
      assert.match(table, /Ich berate die Gemeinde\./);
      assert.equal((table.match(/action="\/weg\//g) ?? []).length, 2, 'only undeclared or draft assignments without a conflict can be taken back');
    });

    it('has words for the engine’s audit entries', () => {
      const labels = auditLabels({ t, locale: 'de' });
      assert.equal(labels.action('review.submit'), 'Bewertung abgeschickt');
      assert.equal(labels.subject('review_assignment'), 'Zuordnung zur Bewertung');
      assert.deepEqual(
        labels
          .changes({ subjectType: 'review_assignment', before: { conflict: null }, after: { conflict: 'declared', conflictNote: 'x' } })
          .map((c) => c.field),
        ['Interessenkonflikt', 'Anmerkung zum Interessenkonflikt'],
      );
      const en = auditLabels({ t: messagesFor('en'), locale: 'en' });
      assert.equal(en.action('review.assign'), 'Juror assigned to review');
    });
  });

  describe('personal data', () => {
    it('exports a juror’s assignments and reviews', async () => {
      const data = (await reviewPersonalData.export(rt.deps.db, anna.id)) as { assignments: { subject: string; review: { status: string } | null }[] };
      assert.equal(data.assignments.length, 3);
      assert.equal(data.assignments.find((a) => a.subject === s1)?.review?.status, 'submitted');
      assert.equal(data.assignments.find((a) => a.subject === s3)?.review, null);
    });

    it('keeps the submitted reviews of a deleted account without the juror, and drops the rest', async () => {
      const before = await ranking(rt.deps.db, { processKey, subjectIds: [s1, s2, s3], criteria });
      const client = new TestClient(rt.app);
      assert.equal((await client.login(anna.email, anna.password)).statusCode, 303);
      assert.equal((await client.postForm('/konto/loeschen', { currentPassword: anna.password, confirm: '1' })).statusCode, 200);
      const rows = await queryRows<{ subject_id: string; juror_id: string | null; status: string | null }>(
        rt.deps.db,
        sql`select a.subject_id, a.juror_id, r.status from review_assignments a left join reviews r on r.assignment_id = a.id
            where a.juror_id is null or a.juror_id = ${anna.id} order by a.subject_id`,
      );
      assert.deepEqual(
        rows.map((r) => [r.subject_id, r.juror_id, r.status]).sort(),
        [
          [s1, null, 'submitted'],
          [s2, null, 'submitted'],
        ].sort(),
        'the assignment to s3 without a review is gone',
      );
      const after = await ranking(rt.deps.db, { processKey, subjectIds: [s1, s2, s3], criteria });
      assert.deepEqual(
        after.slice(0, 2).map((r) => [r.subjectId, r.mean, r.submitted]),
        before.slice(0, 2).map((r) => [r.subjectId, r.mean, r.submitted]),
      );
      assert.equal(after[2]!.assignments, 0);
      const kept = (await reviewsOfSubject(rt.deps.db, s1)).find((r) => r.jurorId === null)!;
      assert.equal(kept.jurorName, null);
      assert.equal(kept.scores.get(idea.id)?.score, 5);
      const ctx = { t, locale: 'de', user: null, csrfToken: 'csrf', url: '/', requestId: 'x', nav: [], site: {} } as unknown as ViewContext;
      assert.match(renderToString(h(AssignmentTable, { ctx, assignments: await assignmentsOfProcess(rt.deps.db, processKey) })), /Gelöschtes Konto/);
      assert.deepEqual(await reviewPersonalData.export(rt.deps.db, anna.id), { assignments: [] });
      // the deleted account cannot be assigned any more
      const refused = await assignJurors(rt.deps.db, { actor: editor, processKey, subjectIds: [s4], jurorIds: [anna.id] });
      assert.equal(refused.kind, 'refused');
    });

    it('keeps the assignments an editor made when the editor’s account goes', async () => {
      await reviewPersonalData.erase(rt.deps.db, editor.id);
      assert.equal(await count(sql`select count(*)::int as n from review_assignments where assigned_by = ${editor.id}`), 0);
      assert.equal(await count(sql`select count(*)::int as n from review_assignments`), 5);
    });
  });
});
