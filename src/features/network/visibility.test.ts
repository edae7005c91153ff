import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { GROUPS_PATH, NETWORK_PATH, NEW_GROUP_PATH, NOTIFICATIONS_PATH, PEOPLE_PATH, groupPath, personPath } from './core/paths.ts';
import { listInDirectory, signedInPerson } from './testing/group-fixtures.ts';

/*
 * A hidden group leaks through nothing: its members make it and talk in it through the pages,
 * and a signed-in outsider and an anonymous visitor then try every page, list, search, profile,
 * notification and e-mail through which its name, its words or its existence could show.
 */
const NAME = 'Arbeitskreis Zaunkönig';
const SECRET = 'Zaunkönigsprotokoll';

eachBackend('network: a hidden group leaks through no page, list, search, notification or mail', (backend) => {
  let rt: TestRuntime;
  let lead: { id: string; email: string; client: TestClient };
  let colleague: { id: string; email: string; client: TestClient };
  let outsider: { id: string; email: string; client: TestClient };
  let anonymous: TestClient;
  let slug: string;
  let threadUrl: string;

  before(async () => {
    rt = await createTestRuntime(backend);
    lead = await signedInPerson(rt.deps, rt.app, 'Liesel Leitung');
    colleague = await signedInPerson(rt.deps, rt.app, 'Kalle Kollege');
    outsider = await signedInPerson(rt.deps, rt.app, 'Otto Außen');
    anonymous = new (lead.client.constructor as new (app: typeof rt.app) => TestClient)(rt.app);
    for (const person of [lead, colleague]) await listInDirectory(rt.deps, person.id);

    const founded = await lead.client.postForm(NEW_GROUP_PATH, {
      name: NAME,
      summary: 'Ein vertraulicher Kreis im Test.',
      description: `Hier liegt das ${SECRET}.`,
      visibility: 'hidden',
      joinPolicy: 'invitation',
    });
    assert.equal(founded.statusCode, 303, 'founded');
    slug = new URL(founded.headers.location as string, 'http://x').pathname.split('/')[3]!;
    const invited = await lead.client.postForm(groupPath(slug, 'einladungen'), { email: colleague.email }, { csrfFrom: groupPath(slug, 'mitglieder') });
    assert.equal(invited.statusCode, 303, 'invited');
    assert.equal((await colleague.client.postForm(groupPath(slug, 'einladung/annehmen'), {}, { csrfFrom: groupPath(slug) })).statusCode, 303);

    const started = await colleague.client.postForm(groupPath(slug, 'diskussionen/neu'), {
      title: `Entwurf ${SECRET}`,
      body: `Das ${SECRET} liegt bei @[Liesel Leitung].`,
    });
    assert.equal(started.statusCode, 303, 'thread started');
    threadUrl = new URL(started.headers.location as string, 'http://x').pathname;
    await rt.runJobs();
    // the next morning's digests and the mails at once have gone out
    await rt.runtime.sweep(new Date(Date.now() + 36 * 3600_000));
    await rt.runJobs();
  });

  after(() => rt.close());

  it('its members find it: the list, the overview, the thread', async () => {
    for (const url of [GROUPS_PATH, groupPath(slug), threadUrl]) {
      const res = await colleague.client.get(url);
      assert.equal(res.statusCode, 200, url);
      assert.ok(res.body.includes(NAME), url);
    }
  });

  it('every address of it answers an outsider and an anonymous visitor as if it did not exist', async () => {
    const pages = ['', '/diskussionen', '/mitglieder', '/dateien', '/veranstaltungen', '/meldungen', '/bearbeiten', '/diskussionen/neu'];
    const thread = threadUrl.slice(groupPath(slug).length);
    for (const page of [...pages, thread]) {
      for (const [who, client] of [
        ['outsider', outsider.client],
        ['anonymous', anonymous],
      ] as const) {
        const res = await client.get(`${groupPath(slug)}${page}`);
        const none = await client.get(`${groupPath('gibt-es-nicht')}${page}`);
        // 404, or for an anonymous visitor on a page that needs a login the way to log in
        assert.equal(res.statusCode, none.statusCode, `${who} ${page}`);
        assert.ok([303, 404].includes(res.statusCode), `${who} ${page}`);
        assert.ok(!res.body.includes(NAME) && !res.body.includes(SECRET), `${who} ${page}`);
      }
    }
    const join = await outsider.client.postForm(groupPath(slug, 'beitreten'), { message: 'Darf ich?' }, { csrfFrom: GROUPS_PATH });
    assert.equal(join.statusCode, 404);
  });

  it('no list, profile, search or entry page names it to an outsider', async () => {
    for (const url of [NETWORK_PATH, GROUPS_PATH, PEOPLE_PATH, personPath(lead.id), personPath(colleague.id)]) {
      for (const client of [outsider.client, anonymous]) {
        const res = await client.get(url);
        assert.equal(res.statusCode, 200, url);
        assert.ok(!res.body.includes(NAME) && !res.body.includes(SECRET), url);
      }
    }
    // the search page repeats the words asked for; what it must not show is a result
    for (const words of [SECRET, 'Zaunkönig']) {
      for (const client of [outsider.client, anonymous]) {
        const res = await client.get(`/suche?q=${encodeURIComponent(words)}`);
        assert.equal(res.statusCode, 200);
        assert.ok(!res.body.includes(groupPath(slug)) && !res.body.includes(NAME), words);
      }
    }
  });

  it('the search does not find it even for its members: a hidden group is never indexed', async () => {
    const res = await colleague.client.get(`/suche?q=${encodeURIComponent(SECRET)}`);
    assert.ok(!res.body.includes(threadUrl));
  });

  it('only its members hear of it, in the app and by e-mail', async () => {
    const outsiderList = await outsider.client.get(NOTIFICATIONS_PATH);
    assert.ok(!outsiderList.body.includes(NAME) && !outsiderList.body.includes(SECRET));
    const leadList = await lead.client.get(NOTIFICATIONS_PATH);
    assert.ok(leadList.body.includes(SECRET), 'the mentioned lead hears of the thread');
    const leaks = rt.mails.filter(
      (m) => !m.to.includes(lead.email) && !m.to.includes(colleague.email) && `${m.subject}${m.text}${m.html ?? ''}`.includes('Zaunkönig'),
    );
    assert.deepEqual(
      leaks.map((m) => m.to),
      [],
    );
    assert.ok(
      rt.mails.some((m) => m.to.includes(lead.email) && m.text.includes(SECRET)),
      'the lead was mailed',
    );
  });
});
