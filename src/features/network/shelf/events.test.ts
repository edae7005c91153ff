import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { formatDateTime } from '../../../platform/i18n/dates.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { createTestEvent } from '../../events/testing/registration-fixtures.ts';
import { addTestMember, insertTestGroup, signedInPerson } from '../testing/group-fixtures.ts';
import { groupEventRemovePath, groupEventsPath } from './paths.ts';
import { listNextGroupEvents } from './service.ts';

eachBackend('network: a group’s events', (backend) => {
  let rt: TestRuntime;
  type Person = Awaited<ReturnType<typeof signedInPerson>>;
  const people = {} as Record<'moderator' | 'member' | 'outsider', Person>;
  const groups = { open: '', members: '', hidden: '' };
  const slugs = { open: 'termine-oeffentlich', members: 'termine-mitglieder', hidden: 'termine-verborgen' };
  const events = { coming: '', later: '', past: '', draft: '' };
  const startsOf: Record<string, Date> = {};
  const marks = async (groupId: string) =>
    (await queryRows<{ event_id: string }>(rt.deps.db, sql`select event_id from network_group_events where group_id = ${groupId} order by event_id`)).map(
      (r) => r.event_id,
    );
  // with a fresh submission id: the page has no form once every coming event is marked
  const mark = (who: Person, slug: string, eventId: string) =>
    who.client.postForm(groupEventsPath(slug), { eventId, _submission: randomUUID() }, { csrfFrom: '/passwort-vergessen' });

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    people.moderator = await signedInPerson(rt.deps, rt.app, 'Maren Moderation');
    people.member = await signedInPerson(rt.deps, rt.app, 'Mats Mitglied');
    people.outsider = await signedInPerson(rt.deps, rt.app, 'Olaf Außen');
    groups.open = (await insertTestGroup(rt.deps, { slug: slugs.open, visibility: 'public' })).id;
    groups.members = (await insertTestGroup(rt.deps, { slug: slugs.members, visibility: 'members' })).id;
    groups.hidden = (await insertTestGroup(rt.deps, { slug: slugs.hidden, visibility: 'hidden' })).id;
    for (const id of Object.values(groups)) {
      await addTestMember(rt.deps, id, people.moderator.id, 'moderator');
      await addTestMember(rt.deps, id, people.member.id);
    }
    const make = async (slug: string, startsInHours: number, status: 'published' | 'draft' = 'published', online = false) => {
      const event = await createTestEvent(db, {
        slug,
        status,
        questions: false,
        worldCafe: false,
        dates: { d: { startsInHours, online, town: 'Eckernförde' } },
      });
      const [date] = await queryRows<{ starts_at: string | Date }>(db, sql`select starts_at from event_dates where event_id = ${event.id}`);
      startsOf[event.id] = new Date(date!.starts_at);
      return event.id;
    };
    events.coming = await make('netzwerk-breitband-tag', 24 * 5);
    events.later = await make('netzwerk-online-sprechstunde', 24 * 20, 'published', true);
    events.past = await make('netzwerk-rueckblick', -24 * 5);
    events.draft = await make('netzwerk-entwurf', 24 * 3, 'draft');
  });
  after(async () => {
    await rt.close();
  });

  it('lets a moderator mark a coming event, which the group’s page lists with its date and place; a double submit marks it once', async () => {
    const path = groupEventsPath(slugs.open);
    const page = await people.moderator.client.get(path);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Auftakt netzwerk-breitband-tag/, 'offered in the select');
    assert.doesNotMatch(page.body, /Auftakt netzwerk-entwurf|Auftakt netzwerk-rueckblick/, 'drafts and past events are not offered');
    const submission = /name="_submission" value="([^"]+)"/.exec(page.body)![1]!;
    for (let i = 0; i < 2; i++) {
      const res = await people.moderator.client.postForm(path, { eventId: events.coming, _submission: submission }, { csrfFrom: path });
      assert.equal(res.statusCode, 303);
    }
    assert.deepEqual(await marks(groups.open), [events.coming]);
    assert.equal((await mark(people.moderator, slugs.open, events.later)).statusCode, 303);

    const listed = await new TestClient(rt.app).get(path);
    assert.equal(listed.statusCode, 200);
    assert.match(listed.body, /href="\/veranstaltungen\/netzwerk-breitband-tag"/);
    assert.ok(listed.body.includes(formatDateTime('de', startsOf[events.coming]!)), 'the next date is shown');
    assert.match(listed.body, /Rathaus, Eckernförde/);
    assert.match(listed.body, /Online/);
    assert.ok(listed.body.indexOf('netzwerk-breitband-tag') < listed.body.indexOf('netzwerk-online-sprechstunde'), 'soonest first');
    assert.doesNotMatch(listed.body, /\/entfernen"/, 'only moderators see the buttons');
    const audit = await queryRows<{ n: number }>(
      rt.deps.db,
      sql`select count(*)::int as n from audit_log where action = 'network.event.mark' and subject_id = ${groups.open}`,
    );
    assert.equal(audit[0]!.n, 2);
  });

  it('refuses a draft, a past event, an unknown id and no choice with the error summary, marking nothing', async () => {
    const before = await marks(groups.open);
    for (const eventId of [events.draft, events.past, '00000000-0000-4000-8000-000000000000', 'keine-uuid']) {
      const res = await mark(people.moderator, slugs.open, eventId);
      assert.equal(res.statusCode, 400, eventId);
      assert.match(res.body, /nicht veröffentlicht oder schon vorbei/, eventId);
      assert.match(res.body, /dk-error-summary/);
    }
    const empty = await mark(people.moderator, slugs.open, '');
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Wählen Sie eine Veranstaltung aus/);
    assert.deepEqual(await marks(groups.open), before);
  });

  it('refuses marking and unmarking by a plain member (403) and by outsiders of a hidden group (404)', async () => {
    assert.equal((await mark(people.member, slugs.open, events.later)).statusCode, 403);
    assert.equal(
      (await people.member.client.postForm(groupEventRemovePath(slugs.open, events.coming), {}, { csrfFrom: groupEventsPath(slugs.open) })).statusCode,
      403,
    );
    const csrf = { csrfFrom: '/passwort-vergessen' };
    assert.equal((await people.outsider.client.postForm(groupEventsPath(slugs.hidden), { eventId: events.coming }, csrf)).statusCode, 404);
    assert.equal((await people.outsider.client.postForm(groupEventRemovePath(slugs.hidden, events.coming), {}, csrf)).statusCode, 404);
    assert.equal((await people.outsider.client.postForm(groupEventsPath(slugs.members), { eventId: events.coming }, csrf)).statusCode, 403);
    assert.equal((await new TestClient(rt.app).postForm(groupEventsPath(slugs.open), { eventId: events.coming }, csrf)).statusCode, 303);
    assert.deepEqual(await marks(groups.hidden), []);
    assert.deepEqual(await marks(groups.members), []);
  });

  it('shows a members-only group’s events to its members only (403) and a hidden group’s not at all to outsiders (404)', async () => {
    assert.equal((await mark(people.moderator, slugs.hidden, events.coming)).statusCode, 303);
    for (const client of [people.outsider.client, new TestClient(rt.app)]) {
      assert.equal((await client.get(groupEventsPath(slugs.members))).statusCode, 403);
      assert.equal((await client.get(groupEventsPath(slugs.hidden))).statusCode, 404);
    }
    assert.equal((await people.member.client.get(groupEventsPath(slugs.members))).statusCode, 200);
    assert.match((await people.member.client.get(groupEventsPath(slugs.hidden))).body, /netzwerk-breitband-tag/);
  });

  it('lists the next events of the given groups once each, with the groups that marked them', async () => {
    const next = await listNextGroupEvents(rt.deps.db, { groupIds: [groups.open, groups.hidden], limit: 5, now: new Date() });
    assert.deepEqual(
      next.map((e) => [e.event.slug, e.groups.map((g) => g.name)]),
      [
        ['netzwerk-breitband-tag', ['Gruppe termine-oeffentlich', 'Gruppe termine-verborgen']],
        ['netzwerk-online-sprechstunde', ['Gruppe termine-oeffentlich']],
      ],
    );
    assert.equal(next[0]!.path, '/veranstaltungen/netzwerk-breitband-tag');
    const onlyOpen = await listNextGroupEvents(rt.deps.db, { groupIds: [groups.open], limit: 1, now: new Date() });
    assert.deepEqual(
      onlyOpen.map((e) => e.groups.map((g) => g.name)),
      [['Gruppe termine-oeffentlich']],
      'a group not asked for is not named',
    );
    assert.deepEqual(await listNextGroupEvents(rt.deps.db, { groupIds: [], limit: 5, now: new Date() }), []);
  });

  it('lets a moderator take an event away, a second time 404; the past ones stay listed below', async () => {
    const path = groupEventsPath(slugs.open);
    const res = await people.moderator.client.postForm(groupEventRemovePath(slugs.open, events.later), {}, { csrfFrom: path });
    assert.equal(res.statusCode, 303);
    assert.deepEqual(await marks(groups.open), [events.coming]);
    assert.equal((await people.moderator.client.postForm(groupEventRemovePath(slugs.open, events.later), {}, { csrfFrom: path })).statusCode, 404);
    assert.equal((await people.moderator.client.postForm(groupEventRemovePath(slugs.open, 'keine-uuid'), {}, { csrfFrom: path })).statusCode, 404);
    // an event marked while it was coming stays the group's once it is over
    await rt.deps.db.execute(sql`insert into network_group_events (group_id, event_id) values (${groups.open}, ${events.past})`);
    const page = await people.moderator.client.get(path);
    assert.match(page.body, /Vergangene Veranstaltungen/);
    assert.ok(page.body.indexOf('Vergangene Veranstaltungen') < page.body.indexOf('netzwerk-rueckblick'));
  });
});
