import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart, type FilePart } from '../../../platform/testing/multipart-client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { addTestMember, insertTestGroup, signedInPerson } from '../testing/group-fixtures.ts';
import { groupFilePath, groupFilesPath } from './paths.ts';

const pdf = (text: string): FilePart => ({ name: `${text}.pdf`, content: Buffer.from(`%PDF-1.4\n% ${text}\ntrailer << >>\n%%EOF\n`) });

eachBackend('network: a group’s file shelf', (backend) => {
  let rt: TestRuntime;
  type Person = Awaited<ReturnType<typeof signedInPerson>>;
  const people = {} as Record<'owner' | 'uploader' | 'member' | 'outsider', Person>;
  const groups = { open: '', members: '', hidden: '', other: '' };
  const slugs = { open: 'dateien-oeffentlich', members: 'dateien-mitglieder', hidden: 'dateien-verborgen', other: 'dateien-andere' };
  const count = async (table: 'network_group_files' | 'stored_files') =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
  const entries = async (groupId: string) =>
    queryRows<{ id: string; title: string; file_id: string }>(
      rt.deps.db,
      sql`select id, title, file_id from network_group_files where group_id = ${groupId} order by position`,
    );
  const upload = async (who: Person, slug: string, title: string, file: FilePart | undefined) => {
    const path = groupFilesPath(slug);
    return submitMultipart(rt.app, who.client, await openMultipartForm(who.client, path, path), { title }, { file });
  };

  before(async () => {
    // small enough to send one file over the limit
    rt = await createTestRuntime(backend, { config: { uploadMaxBytes: 1024 * 1024 } });
    people.owner = await signedInPerson(rt.deps, rt.app, 'Anke Owner');
    people.uploader = await signedInPerson(rt.deps, rt.app, 'Ute Uploader');
    people.member = await signedInPerson(rt.deps, rt.app, 'Mats Mitglied');
    people.outsider = await signedInPerson(rt.deps, rt.app, 'Olaf Außen');
    groups.open = (await insertTestGroup(rt.deps, { slug: slugs.open, visibility: 'public' })).id;
    groups.members = (await insertTestGroup(rt.deps, { slug: slugs.members, visibility: 'members' })).id;
    groups.hidden = (await insertTestGroup(rt.deps, { slug: slugs.hidden, visibility: 'hidden' })).id;
    groups.other = (await insertTestGroup(rt.deps, { slug: slugs.other, visibility: 'public' })).id;
    for (const id of [groups.open, groups.members, groups.hidden, groups.other]) {
      await addTestMember(rt.deps, id, people.owner.id, 'owner');
      await addTestMember(rt.deps, id, people.uploader.id);
      await addTestMember(rt.deps, id, people.member.id);
    }
  });
  after(async () => {
    await rt.close();
  });

  it('lets a member upload a file that everyone reading the group sees and downloads; a double submit stores it once', async () => {
    const path = groupFilesPath(slugs.open);
    const form = await openMultipartForm(people.uploader.client, path, path);
    const file = pdf('protokoll-maerz');
    const first = await submitMultipart(rt.app, people.uploader.client, form, { title: 'Protokoll März' }, { file });
    assert.equal(first.statusCode, 303);
    assert.equal(first.location, path);
    const again = await submitMultipart(rt.app, people.uploader.client, form, { title: 'Protokoll März' }, { file });
    assert.equal(again.statusCode, 303);
    const [entry] = await entries(groups.open);
    assert.equal((await entries(groups.open)).length, 1);
    assert.equal(await count('stored_files'), 1, 'the repeated upload’s file is not kept');

    const page = await new TestClient(rt.app).get(path);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Protokoll März/);
    assert.match(page.body, /PDF, \d+ B/);
    assert.match(page.body, /Ute Uploader/);
    assert.doesNotMatch(page.body, /Datei hinzufügen/, 'an anonymous reader gets no upload form');

    const download = await new TestClient(rt.app).get(groupFilePath(slugs.open, entry!.id));
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(download.body, file.content.toString());
    assert.equal(download.headers['cache-control'], 'private, no-store');
  });

  it('refuses a file of the wrong type, one too large and one without title with the error, keeping nothing', async () => {
    const before = { entries: await count('network_group_files'), files: await count('stored_files') };
    const png = await upload(people.uploader, slugs.open, 'Foto', { name: 'foto.pdf', content: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') });
    assert.equal(png.statusCode, 400);
    assert.match(png.body, /kein PDF-, ODT-, DOCX- oder XLSX-Dokument/);
    assert.match(png.body, /value="Foto"/, 'the title is kept');
    const large = await upload(people.uploader, slugs.open, 'Zu groß', {
      name: 'gross.pdf',
      content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024, 0x20)]),
    });
    assert.equal(large.statusCode, 413);
    assert.match(large.body, /zu groß: höchstens 1 MB/);
    const untitled = await upload(people.uploader, slugs.open, '', pdf('ohne-titel'));
    assert.equal(untitled.statusCode, 400);
    assert.match(untitled.body, /Geben Sie einen Titel für die Datei ein/);
    assert.match(untitled.body, /Bitte wählen Sie „ohne-titel.pdf“ noch einmal aus/);
    const twice = await upload(people.member, slugs.open, 'Noch einmal', pdf('protokoll-maerz'));
    assert.equal(twice.statusCode, 400);
    assert.match(twice.body, /liegt schon in der Gruppe, als „Protokoll März“/);
    assert.deepEqual({ entries: await count('network_group_files'), files: await count('stored_files') }, before);
  });

  it('refuses uploads by those who are not members', async () => {
    const path = groupFilesPath(slugs.open);
    const res = await people.outsider.client.postForm(path, { title: 'Fremd' }, { csrfFrom: path });
    assert.equal(res.statusCode, 403);
    assert.equal((await new TestClient(rt.app).postForm(path, { title: 'Fremd' }, { csrfFrom: '/passwort-vergessen' })).statusCode, 303);
  });

  it('lets the uploader delete their file, but not a plain member someone else’s; a moderator deletes any and orders them', async () => {
    assert.equal((await upload(people.uploader, slugs.open, 'Vorlage Haushalt', pdf('vorlage'))).statusCode, 303);
    assert.equal((await upload(people.member, slugs.open, 'Konzept Breitband', pdf('konzept'))).statusCode, 303);
    const [protocol, template, concept] = await entries(groups.open);
    const path = groupFilesPath(slugs.open);

    const refused = await people.member.client.postForm(groupFilePath(slugs.open, template!.id, 'loeschen'), {}, { csrfFrom: path });
    assert.equal(refused.statusCode, 403);
    assert.equal((await entries(groups.open)).length, 3);
    const memberPage = await people.member.client.get(path);
    assert.equal((memberPage.body.match(/\/loeschen"/g) ?? []).length, 1, 'a member sees the button only at their own file');
    assert.equal(
      (await people.member.client.postForm(groupFilePath(slugs.open, concept!.id, 'verschieben'), { direction: 'hoch' }, { csrfFrom: path })).statusCode,
      403,
    );

    const files = await count('stored_files');
    const own = await people.uploader.client.postForm(groupFilePath(slugs.open, template!.id, 'loeschen'), {}, { csrfFrom: path });
    assert.equal(own.statusCode, 303);
    assert.deepEqual(
      (await entries(groups.open)).map((e) => e.title),
      ['Protokoll März', 'Konzept Breitband'],
    );
    assert.equal(await count('stored_files'), files - 1, 'the stored file goes with the entry');
    assert.equal((await people.uploader.client.postForm(groupFilePath(slugs.open, template!.id, 'loeschen'), {}, { csrfFrom: path })).statusCode, 404);
    assert.equal((await new TestClient(rt.app).get(groupFilePath(slugs.open, template!.id))).statusCode, 404);

    const move = await people.owner.client.postForm(groupFilePath(slugs.open, concept!.id, 'verschieben'), { direction: 'hoch' }, { csrfFrom: path });
    assert.equal(move.statusCode, 303);
    assert.deepEqual(
      (await entries(groups.open)).map((e) => e.title),
      ['Konzept Breitband', 'Protokoll März'],
    );
    assert.equal(
      (await people.owner.client.postForm(groupFilePath(slugs.open, concept!.id, 'verschieben'), { direction: 'quer' }, { csrfFrom: path })).statusCode,
      400,
    );

    const byModerator = await people.owner.client.postForm(groupFilePath(slugs.open, protocol!.id, 'loeschen'), {}, { csrfFrom: path });
    assert.equal(byModerator.statusCode, 303);
    assert.deepEqual(
      (await entries(groups.open)).map((e) => e.title),
      ['Konzept Breitband'],
    );
    const audit = await queryRows<{ action: string }>(rt.deps.db, sql`select action from audit_log where subject_id = ${groups.open} order by action`);
    assert.deepEqual([...new Set(audit.map((a) => a.action))], ['network.file.add', 'network.file.delete', 'network.file.move']);
  });

  it('answers 404 for another group’s file, an id that is no uuid, and a hidden group to outsiders; 403 for a members-only group’s outsiders', async () => {
    assert.equal((await upload(people.uploader, slugs.other, 'Fremde Datei', pdf('fremd'))).statusCode, 303);
    const [foreign] = await entries(groups.other);
    const open = groupFilesPath(slugs.open);
    assert.equal((await people.owner.client.get(groupFilePath(slugs.open, foreign!.id))).statusCode, 404);
    assert.equal((await people.owner.client.postForm(groupFilePath(slugs.open, foreign!.id, 'loeschen'), {}, { csrfFrom: open })).statusCode, 404);
    assert.equal(
      (await people.owner.client.postForm(groupFilePath(slugs.open, foreign!.id, 'verschieben'), { direction: 'hoch' }, { csrfFrom: open })).statusCode,
      404,
    );
    assert.equal((await people.owner.client.get(groupFilePath(slugs.open, 'keine-uuid'))).statusCode, 404);
    assert.equal((await entries(groups.other)).length, 1);

    assert.equal((await upload(people.uploader, slugs.members, 'Nur für uns', pdf('intern'))).statusCode, 303);
    assert.equal((await upload(people.uploader, slugs.hidden, 'Geheim', pdf('geheim'))).statusCode, 303);
    const [internal] = await entries(groups.members);
    const [secret] = await entries(groups.hidden);
    const anonymous = new TestClient(rt.app);
    for (const client of [people.outsider.client, anonymous]) {
      assert.equal((await client.get(groupFilesPath(slugs.members))).statusCode, 403);
      assert.equal((await client.get(groupFilePath(slugs.members, internal!.id))).statusCode, 403);
      assert.equal((await client.get(groupFilesPath(slugs.hidden))).statusCode, 404);
      assert.equal((await client.get(groupFilePath(slugs.hidden, secret!.id))).statusCode, 404);
    }
    const csrf = { csrfFrom: '/passwort-vergessen' };
    assert.equal((await people.outsider.client.postForm(groupFilePath(slugs.members, internal!.id, 'loeschen'), {}, csrf)).statusCode, 403);
    assert.equal((await people.outsider.client.postForm(groupFilePath(slugs.hidden, secret!.id, 'loeschen'), {}, csrf)).statusCode, 404);
    assert.equal((await people.outsider.client.postForm(groupFilePath(slugs.hidden, secret!.id, 'verschieben'), { direction: 'hoch' }, csrf)).statusCode, 404);
    assert.equal((await people.outsider.client.postForm(groupFilesPath(slugs.hidden), { title: 'x' }, csrf)).statusCode, 404);
    assert.equal((await entries(groups.hidden)).length, 1);
    assert.equal((await people.member.client.get(groupFilePath(slugs.hidden, secret!.id))).statusCode, 200);
    assert.equal((await people.member.client.get(groupFilesPath(slugs.members))).statusCode, 200);
  });
});
