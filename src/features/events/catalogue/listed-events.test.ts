import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { createTestEvent } from '../testing/registration-fixtures.ts';
import { listEventsByIds, listUpcomingEventChoices } from './catalogue-service.ts';

eachBackend('events: events another feature keeps by id', (backend) => {
  let rt: TestRuntime;
  const now = new Date();
  const ids = { soon: '', later: '', past: '', older: '', draft: '' };
  const dates = { soonNext: '', pastLast: '' };

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const make = async (slug: string, startsInHours: number[], status: 'published' | 'draft' = 'published') =>
      createTestEvent(db, {
        slug,
        status,
        questions: false,
        worldCafe: false,
        now,
        dates: Object.fromEntries(startsInHours.map((h, i) => [`d${i}`, { startsInHours: h }])),
      });
    // a date over already, one to come and one later: the one to come is shown
    const soon = await make('gruppen-liste-bald', [-48, 24, 24 * 30]);
    ids.soon = soon.id;
    dates.soonNext = soon.dates.d1!;
    ids.later = (await make('gruppen-liste-spaeter', [24 * 7])).id;
    const past = await make('gruppen-liste-vorbei', [-24 * 10, -24 * 3]);
    ids.past = past.id;
    dates.pastLast = past.dates.d1!;
    ids.older = (await make('gruppen-liste-laenger-vorbei', [-24 * 40])).id;
    ids.draft = (await make('gruppen-liste-entwurf', [24 * 2], 'draft')).id;
  });
  after(async () => {
    await rt.close();
  });

  it('lists the published events of the ids with their next date, coming ones soonest first, then past ones latest first', async () => {
    const listed = await listEventsByIds(rt.deps.db, [ids.older, ids.past, ids.draft, ids.later, ids.soon, randomUUID()], now);
    assert.deepEqual(
      listed.map((e) => [e.event.id, e.upcoming]),
      [
        [ids.soon, true],
        [ids.later, true],
        [ids.past, false],
        [ids.older, false],
      ],
    );
    assert.equal(listed[0]!.date.id, dates.soonNext, 'the next date, not the one over already nor the later one');
    assert.equal(listed[2]!.date.id, dates.pastLast, 'the last date of a past event');
    assert.equal(listed[0]!.date.eventStatus, 'published');
    assert.deepEqual(await listEventsByIds(rt.deps.db, [], now), []);
  });

  it('offers the published events with a date to come as choices, soonest first', async () => {
    const choices = await listUpcomingEventChoices(rt.deps.db, now);
    assert.deepEqual(
      choices.map((c) => c.id),
      [ids.soon, ids.later],
    );
    assert.equal(choices[0]!.title, 'Auftakt gruppen-liste-bald');
    assert.ok(choices[0]!.nextStart > now);
  });
});
