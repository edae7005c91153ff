import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { insertUser } from '../../platform/auth/user-repository.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { openTestDatabase, type TestDatabase } from '../../platform/testing/test-database.ts';
import type { ViewContext } from '../../platform/views/context.ts';
import { eachBackend } from '../../testing/harness.ts';
import { versionsPersonalData } from './personal-data.ts';
import { compareVersions, findVersion, forgetVersions, listVersions, saveVersion, type RecordVersion } from './service.ts';
import { VersionComparison, VersionHistory } from './ui.ts';

const t = messagesFor('de');

eachBackend('versions engine', (backend) => {
  let database: TestDatabase;
  let author: string;
  const solution = randomUUID();
  const texts = (title: string) => ({ title, summary: 'Kurz.', problem: 'Akten auf Papier.', approach: 'Digital beantragen.' });
  const save = (recordId: string, fields: Record<string, string>, recordKey = 'solution', savedBy: string | null = author) =>
    database.db.transaction((tx) => saveVersion(tx, { recordKey, recordId, fields, savedBy }));

  before(async () => {
    database = await openTestDatabase(backend);
    const user = await insertUser(database.db, { email: `autorin-${randomUUID()}@beispiel.de`, displayName: 'Autorin', passwordHash: null });
    author = user!.id;
  });
  after(async () => {
    await database.close();
  });

  it('numbers each record’s versions from 1, apart from other records and other kinds of record with the same id', async () => {
    assert.equal((await save(solution, texts('Erster Entwurf'))).number, 1);
    assert.equal((await save(solution, texts('Zweiter Entwurf'))).number, 2);
    const third = await save(solution, texts('Dritter Entwurf'));
    assert.equal(third.number, 3);
    assert.deepEqual(third.fields, texts('Dritter Entwurf'));
    assert.equal(third.savedBy, author);
    assert.equal((await save(randomUUID(), texts('Andere Lösung'))).number, 1);
    assert.equal((await save(solution, { title: 'Gleiche Id' }, 'strategy', null)).number, 1);
  });

  it('lists a record’s versions newest first and finds one by its number, nothing for a bad id or number', async () => {
    const versions = await listVersions(database.db, 'solution', solution);
    assert.deepEqual(
      versions.map((v) => [v.number, v.fields.title]),
      [
        [3, 'Dritter Entwurf'],
        [2, 'Zweiter Entwurf'],
        [1, 'Erster Entwurf'],
      ],
    );
    assert.equal((await findVersion(database.db, 'solution', solution, 2))?.fields.title, 'Zweiter Entwurf');
    assert.equal(await findVersion(database.db, 'solution', solution, 4), undefined);
    assert.equal(await findVersion(database.db, 'knowledge-item', solution, 1), undefined);
    // beyond a PostgreSQL integer: answered, not an error
    assert.equal(await findVersion(database.db, 'solution', solution, 3_000_000_000), undefined);
    assert.equal(await findVersion(database.db, 'solution', 'keine-uuid', 1), undefined);
    assert.deepEqual(await listVersions(database.db, 'solution', 'keine-uuid'), []);
  });

  it('exports the versions a person saved without their texts, and keeps them without the person when the account goes', async () => {
    const exported = (await versionsPersonalData.export(database.db, author)) as { saved: Pick<RecordVersion, 'recordKey' | 'number'>[] };
    assert.equal(exported.saved.length, 4);
    assert.ok(exported.saved.every((v) => v.recordKey === 'solution' && !('fields' in v)));
    await database.db.transaction((tx) => versionsPersonalData.erase(tx, author));
    assert.deepEqual(await versionsPersonalData.export(database.db, author), { saved: [] });
    const kept = await listVersions(database.db, 'solution', solution);
    assert.deepEqual(
      kept.map((v) => v.savedBy),
      [null, null, null],
    );
  });

  it('forgets every version of one record when its owner deletes it, and only those', async () => {
    assert.equal(await database.db.transaction((tx) => forgetVersions(tx, 'solution', solution)), 3);
    assert.deepEqual(await listVersions(database.db, 'solution', solution), []);
    assert.equal((await listVersions(database.db, 'strategy', solution)).length, 1);
    assert.equal((await save(solution, texts('Neu angelegt'))).number, 1);
  });
});

describe('comparing versions', () => {
  const version = (fields: Record<string, string>) => ({ fields });

  it('compares the named fields in the owner’s order; a field one version lacks counts as empty', () => {
    const diffs = compareVersions(
      version({ title: 'Antrag', problem: 'Papier\nPost' }),
      version({ title: 'Antrag', problem: 'Papier\nOnline', approach: 'Portal' }),
      ['problem', 'title', 'approach'] as const,
    );
    assert.deepEqual(
      diffs.map((d) => [d.field, d.changed, d.lines.map((l) => `${l.kind} ${l.text}`)]),
      [
        ['problem', true, ['same Papier', 'removed Post', 'added Online']],
        ['title', false, ['same Antrag']],
        ['approach', true, ['removed ', 'added Portal']],
      ],
    );
  });

  it('shows the history with the owner’s column and addresses, and the comparison under the owner’s labels', () => {
    const ctx = { t, locale: 'de', user: null, csrfToken: 'csrf', url: '/', requestId: 'x', nav: [], site: {} } as unknown as ViewContext;
    const at = new Date('2026-12-01T09:30:00Z');
    const versions = [3, 2].map((number) => ({
      id: randomUUID(),
      recordKey: 'solution',
      recordId: randomUUID(),
      number,
      fields: { title: `Titel ${number}` },
      savedBy: null,
      savedAt: at,
    }));
    const history = renderToString(
      h(VersionHistory, {
        ctx,
        versions,
        caption: 'Versionen',
        column: { heading: 'Titel', text: (v) => v.fields.title ?? '' },
        compareHref: (n) => `/loesung/versionen?von=${n}`,
        restoreAction: '/loesung/wiederherstellen',
      }),
    );
    assert.match(history, /<th[^>]*>Titel<\/th>/);
    assert.match(history, /Version 3<\/td>[\s\S]*Titel 3/);
    // the newest is the current one: nothing to compare it with or restore
    assert.equal(history.match(/href="\/loesung\/versionen\?von=2"/g)?.length, 1);
    assert.doesNotMatch(history, /von=3/);
    assert.match(history, /action="\/loesung\/wiederherstellen"[\s\S]*name="version" value="2"[\s\S]*Diese Version wiederherstellen/);
    const withoutRestore = renderToString(h(VersionHistory, { ctx, versions, caption: 'Versionen', compareHref: (n) => `/v?von=${n}` }));
    assert.doesNotMatch(withoutRestore, /wiederherstellen|<form/);

    const diffs = compareVersions(version({ title: 'A', body: 'alt' }), version({ title: 'A', body: 'neu' }), ['title', 'body'] as const);
    const comparison = renderToString(h(VersionComparison, { ctx, diffs, labels: { title: 'Titel', body: 'Text' } }));
    assert.match(comparison, /<h2 class="kern-heading-medium" id="diff-title">Titel<\/h2><p class="kern-body">Keine Unterschiede\.<\/p>/);
    assert.match(
      comparison,
      /<del><span class="kern-sr-only">Entfernt: <\/span>- alt\n<\/del><ins><span class="kern-sr-only">Hinzugefügt: <\/span>\+ neu\n<\/ins>/,
    );
  });
});
