import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { TestClient } from '../../../platform/testing/client.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { materialFilePath, materialPath, participationPath, registerPath, SERIES_PATH, seriesPath } from '../core/paths.ts';
import { insertCatalogueSeries, insertMaterialItem, insertSeriesRegistration } from '../testing/catalogue-fixtures.ts';

eachBackend('seminar series: the public pages and their materials', (backend) => {
  let rt: TestRuntime;
  let anonymous: TestClient;
  let member: TestClient;
  let participant: TestClient;
  let editor: TestClient;
  let memberId: string;
  let participantId: string;
  /** series "kurs": module 1 held (a draft document), module 2 to come (a draft guide) */
  const items = { held: { id: '', fileId: '' }, coming: { id: '' }, open: { id: '', fileId: '' } };

  const signedIn = async (siteRole: 'member' | 'editor' = 'member') => {
    const user = await createTestUser(rt.deps, { siteRole });
    const client = new TestClient(rt.app);
    await client.login(user.email, TEST_PASSWORD);
    return { client, id: user.id };
  };

  before(async () => {
    rt = await createTestRuntime(backend);
    anonymous = new TestClient(rt.app);
    ({ client: member, id: memberId } = await signedIn());
    ({ client: participant, id: participantId } = await signedIn());
    ({ client: editor } = await signedIn('editor'));
    const held = await insertMaterialItem(rt.deps, { type: 'document' });
    const coming = await insertMaterialItem(rt.deps, { type: 'guide' });
    const open = await insertMaterialItem(rt.deps, { type: 'document' });
    items.held = { id: held.id, fileId: held.fileId ?? '' };
    items.coming = { id: coming.id };
    items.open = { id: open.id, fileId: open.fileId ?? '' };
    const kurs = await insertCatalogueSeries(rt.deps, {
      slug: 'kurs',
      modules: [
        { inDays: -10, materials: [held.id] },
        { inDays: 30, materials: [coming.id] },
      ],
    });
    await insertSeriesRegistration(rt.deps, { seriesId: kurs.id, userId: participantId });
    await insertCatalogueSeries(rt.deps, { slug: 'offen', modules: [{ inDays: -10, materialsPublic: true, materials: [open.id] }] });
    await insertCatalogueSeries(rt.deps, { slug: 'entwurf', status: 'draft', modules: [{ inDays: 20 }] });
    await insertCatalogueSeries(rt.deps, { slug: 'zukunft', seats: 12, deadlineInDays: 20, modules: [{ inDays: 40 }, { inDays: 80 }] });
    await insertCatalogueSeries(rt.deps, { slug: 'aemter', organisationTypes: ['amt'], modules: [{ inDays: 40 }] });
    await insertCatalogueSeries(rt.deps, { slug: 'vorbei', deadlineInDays: -1, modules: [{ inDays: 40 }] });
    await insertCatalogueSeries(rt.deps, { slug: 'module', mode: 'module', modules: [{ inDays: 40 }, { inDays: 80 }] });
  });
  after(async () => {
    await rt.close();
  });

  it('lists the published series only', async () => {
    const list = await anonymous.get(SERIES_PATH);
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(`href="${seriesPath('kurs')}"`));
    assert.ok(list.body.includes(`href="${seriesPath('zukunft')}"`));
    assert.ok(!list.body.includes(seriesPath('entwurf')));
  });

  it('hides a draft from everyone but the editors, who see it marked', async () => {
    assert.equal((await anonymous.get(seriesPath('entwurf'))).statusCode, 404);
    assert.equal((await member.get(seriesPath('entwurf'))).statusCode, 404);
    const page = await editor.get(seriesPath('entwurf'));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1[^>]*>Reihe entwurf <strong class="kern-badge[^"]*"><span class="kern-label">Entwurf/);
    assert.doesNotMatch((await editor.get(seriesPath('kurs'))).body, />Entwurf</);
  });

  it('shows a module’s materials to its participants only after the module', async () => {
    assert.equal((await anonymous.get(materialPath('kurs', items.held.id))).statusCode, 404, 'not public');
    assert.equal((await member.get(materialPath('kurs', items.held.id))).statusCode, 404, 'not registered');
    assert.equal((await participant.get(materialPath('kurs', items.coming.id))).statusCode, 404, 'module not yet held');
    const page = await participant.get(materialPath('kurs', items.held.id));
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`href="${materialFilePath('kurs', items.held.id, items.held.fileId)}"`));
    const file = await participant.get(materialFilePath('kurs', items.held.id, items.held.fileId));
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(String(file.headers['content-disposition']), /^attachment;/);
    assert.equal(file.headers['cache-control'], 'private, no-store');
    assert.equal((await anonymous.get(materialFilePath('kurs', items.held.id, items.held.fileId))).statusCode, 404);
    assert.equal((await editor.get(materialPath('kurs', items.coming.id))).statusCode, 200, 'editors always');

    const series = (await participant.get(seriesPath('kurs'))).body;
    assert.ok(series.includes(`href="${materialPath('kurs', items.held.id)}"`));
    assert.ok(!series.includes(materialPath('kurs', items.coming.id)));
    assert.ok(!(await anonymous.get(seriesPath('kurs'))).body.includes(materialPath('kurs', items.held.id)));
  });

  it('shows everyone the materials the editors made public once the module was held', async () => {
    assert.equal((await anonymous.get(materialPath('offen', items.open.id))).statusCode, 200);
    const file = await anonymous.get(materialFilePath('offen', items.open.id, items.open.fileId));
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['cache-control'], 'public, max-age=86400');
    // a material is one of this series only, and a file one of this item only
    assert.equal((await anonymous.get(materialPath('kurs', items.open.id))).statusCode, 404);
    assert.equal((await participant.get(materialFilePath('kurs', items.held.id, items.open.fileId))).statusCode, 404);
    assert.equal((await anonymous.get(materialFilePath('offen', items.open.id, items.held.fileId))).statusCode, 404);
    assert.equal((await anonymous.get(materialPath('offen', 'kein-uuid'))).statusCode, 404);
  });

  it('offers each viewer the registration step that fits', async () => {
    const login = `/anmelden?weiter=${encodeURIComponent(seriesPath('zukunft'))}`;
    const forAnonymous = (await anonymous.get(seriesPath('zukunft'))).body;
    assert.ok(forAnonymous.includes(`href="${login.replaceAll('&', '&amp;')}"`));
    assert.ok(!forAnonymous.includes(`href="${registerPath('zukunft')}"`));
    assert.match(forAnonymous, /12 von 12/);

    const forMember = (await member.get(seriesPath('zukunft'))).body;
    assert.ok(forMember.includes(`href="${registerPath('zukunft')}"`));
    assert.ok(!forMember.includes(login));

    const zukunft = await insertCatalogueSeries(rt.deps, { slug: 'zukunft-zwei', modules: [{ inDays: 40 }] });
    await insertSeriesRegistration(rt.deps, { seriesId: zukunft.id, userId: memberId, status: 'waiting' });
    const registered = (await member.get(seriesPath('zukunft-zwei'))).body;
    assert.ok(registered.includes(`href="${participationPath('zukunft-zwei')}"`));
    assert.match(registered, /Sie stehen auf der Warteliste/);
    assert.ok(!registered.includes(`href="${registerPath('zukunft-zwei')}"`));

    const amt = (await member.get(seriesPath('aemter'))).body;
    assert.match(amt, /Mit Ihren Organisationen können Sie sich für diese Reihe nicht anmelden/);
    assert.ok(!amt.includes(`href="${registerPath('aemter')}"`));
    const orgId = await insertTestOrganisation(rt.deps.db, 'amt-test', 'Amt Test', { type: 'amt' });
    await insertMembership(rt.deps.db, { organisationId: orgId, userId: memberId, role: 'member', status: 'active', decidedAt: new Date() });
    assert.ok((await member.get(seriesPath('aemter'))).body.includes(`href="${registerPath('aemter')}"`));

    const closed = (await member.get(seriesPath('vorbei'))).body;
    assert.match(closed, /Die Anmeldung ist geschlossen/);
    assert.ok(!closed.includes(`href="${registerPath('vorbei')}"`));

    const perModule = await member.get(seriesPath('module'));
    const moduleLinks = [...perModule.body.matchAll(/href="(\/veranstaltungen\/reihen\/module\/anmelden\?modul=[^"]+)"/g)];
    assert.equal(moduleLinks.length, 2, 'one registration per module');
  });
});
