import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { eachBackend } from '../../testing/harness.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { addWordsOfAllDocuments, removeSearchDocument, searchDocuments, upsertSearchDocument, type SearchDocumentInput } from './index.ts';
import { searchDocuments as searchDocumentsTable } from './tables.ts';
import { normaliseQuery, snippetParts } from './service.ts';

const base = { feature: 'test', summary: '', body: '', fieldsOfAction: [], published: true };

const documents: SearchDocumentInput[] = [
  {
    ...base,
    refId: 'a1',
    type: 'article',
    title: 'Anträge richtig stellen',
    body: 'Wie ein Antrag gelingt.',
    url: '/wissen/antraege',
    fieldsOfAction: ['verwaltung'],
  },
  {
    ...base,
    refId: 'a2',
    type: 'event',
    title: 'Sprechstunde',
    body: 'Hilfe bei Anträgen für Kommunen.',
    url: '/veranstaltungen/sprechstunde',
    fieldsOfAction: ['bildung'],
  },
  { ...base, refId: 'a3', type: 'article', title: 'Fördermittel für Kommunen', body: 'Was gefördert wird.', url: '/wissen/foerdermittel' },
  { ...base, refId: 'a4', type: 'article', title: 'Breitband', body: 'Der digitale Zwilling der Stadt wächst.', url: '/wissen/breitband' },
  { ...base, refId: 'a5', type: 'article', title: 'Zwillinge', body: 'Digitale Verwaltung, kein Zwilling der Stadt.', url: '/wissen/zwillinge' },
  { ...base, refId: 'a6', type: 'article', title: 'Open Data', body: 'Offene Daten und Breitband im Land.', url: '/wissen/open-data' },
  { ...base, refId: 'draft', type: 'article', title: 'Geheimer Antrag', published: false, url: '/wissen/entwurf' },
];

const search = (db: TestDatabase['db'], query: string, more: { types?: string[]; fieldsOfAction?: string[]; page?: number; pageSize?: number } = {}) =>
  searchDocuments(db, { query, page: more.page ?? 1, pageSize: more.pageSize ?? 10, ...more });
const refs = (result: { items: { refId: string }[] }) => result.items.map((i) => i.refId);

it('cuts long queries and removes control characters', () => {
  assert.equal(normaliseQuery(`  a\u0002b\n c  `), 'a b c');
  assert.equal(normaliseQuery('x'.repeat(10_000)).length, 200);
});

it('splits a headline into text and matches', () => {
  assert.deepEqual(snippetParts('Hilfe bei \u0002Anträgen\u0003 für <b>'), [
    { text: 'Hilfe bei ', match: false },
    { text: 'Anträgen', match: true },
    { text: ' für <b>', match: false },
  ]);
});

eachBackend('search documents', (backend) => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase(backend);
    for (const doc of documents) await upsertSearchDocument(database.db, doc);
  });
  after(async () => database.close());

  it('finds German word forms by their stem, and never unpublished documents', async () => {
    const result = await search(database.db, 'Antrag');
    assert.deepEqual(new Set(refs(result)), new Set(['a1', 'a2']));
    assert.equal(result.total, 2);
  });

  it('ranks a title match above a body match', async () => {
    assert.deepEqual(refs(await search(database.db, 'Antrag')), ['a1', 'a2']);
    assert.deepEqual(refs(await search(database.db, 'Breitband')), ['a4', 'a6']);
  });

  it('marks the matched words in the snippet', async () => {
    const [hit] = (await search(database.db, 'Sprechstunde Anträge')).items;
    assert.ok(hit?.snippetHtmlParts.some((p) => p.match && p.text === 'Anträgen'));
  });

  it('tolerates a typo in a single word by searching the closest known word too', async () => {
    const result = await search(database.db, 'Fördrmittel');
    assert.deepEqual(refs(result), ['a3']);
    assert.equal(result.correctedTo, 'fördermittel');
    assert.equal((await search(database.db, 'Antrag')).correctedTo, undefined, 'no correction when the word is found');
  });

  it('learns the words of documents written in bulk', async () => {
    await database.db.insert(searchDocumentsTable).values({ ...base, refId: 'bulk', type: 'article', title: 'Straßenbeleuchtung', url: '/wissen/licht' });
    assert.deepEqual(refs(await search(database.db, 'Strasenbeleuchtung')), []);
    await addWordsOfAllDocuments(database.db);
    assert.deepEqual(refs(await search(database.db, 'Strasenbeleuchtung')), ['bulk']);
    await removeSearchDocument(database.db, 'test', 'bulk');
  });

  it('searches phrases in quotes', async () => {
    assert.deepEqual(refs(await search(database.db, '"digitale Zwilling"')), ['a4']);
    assert.deepEqual(new Set(refs(await search(database.db, 'digitale Zwilling'))), new Set(['a4', 'a5']));
  });

  it('filters by type and field of action', async () => {
    assert.deepEqual(refs(await search(database.db, 'Antrag', { types: ['event'] })), ['a2']);
    assert.deepEqual(refs(await search(database.db, 'Antrag', { fieldsOfAction: ['verwaltung'] })), ['a1']);
    assert.deepEqual(refs(await search(database.db, 'Antrag', { fieldsOfAction: ['umwelt'] })), []);
  });

  it('pages through the results', async () => {
    const first = await search(database.db, 'Breitband', { pageSize: 1 });
    const second = await search(database.db, 'Breitband', { pageSize: 1, page: 2 });
    const beyond = await search(database.db, 'Breitband', { pageSize: 1, page: 9 });
    assert.deepEqual([refs(first), refs(second), refs(beyond)], [['a4'], ['a6'], []]);
    assert.deepEqual([first.total, second.total, beyond.total], [2, 2, 2]);
  });

  it('answers hostile queries without an error', async () => {
    for (const q of ["'; drop table users; --", 'a & | ! (', '!!!', '"', '-', ':*', '\\', 'x'.repeat(10_000), `${'a'.repeat(300)} b`]) {
      const result = await search(database.db, q);
      assert.ok(result.total >= 0, q.slice(0, 20));
    }
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from users`);
    assert.ok(row);
  });

  it('searches nothing for an empty query', async () => {
    assert.deepEqual(await search(database.db, '   '), { query: '', total: 0, items: [] });
  });

  it('updates and removes a document', async () => {
    await upsertSearchDocument(database.db, { ...documents[3]!, title: 'Glasfaser' });
    assert.deepEqual(refs(await search(database.db, 'Glasfaser')), ['a4']);
    await removeSearchDocument(database.db, 'test', 'a4');
    assert.deepEqual(refs(await search(database.db, 'Glasfaser')), []);
  });
});
