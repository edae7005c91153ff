import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { MIGRATIONS_FOLDER } from '../../../platform/db/client.ts';
import { requireServerUrl } from '../../../platform/testing/test-database.ts';
import { eachBackend } from '../../../testing/harness.ts';

/*
 * Migration 0013 turns the one clock time per programme item into minutes after each date's
 * start. Every date must show the clock times it showed before, also a date that starts at
 * another time than the first, a cancelled one and the one date of an item limited to it.
 */

const BEFORE = '0013_programme_times_per_date';

/** The migrations folder as it was before 0013: the files and the journal up to 0012. */
function foldersBefore0013(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dk-migrations-0012-'));
  fs.cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const idx = journal.entries.find((e) => e.tag === BEFORE)!.idx;
  journal.entries = journal.entries.filter((e) => e.idx < idx);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

const id = (suffix: string) => `00000000-0000-4000-8000-${suffix.padStart(12, '0')}`;

// Süderbrarup and Heide start at 17:00 (Berlin), Lübeck at 18:00, a cancelled date at 10:00.
const OLD_DATA = `
insert into events (id, slug, title, summary, organiser, description, consent_text) values
  ('${id('e1')}', 'mit-terminen', 'A', 's', 'o', 'd', 'c'),
  ('${id('e2')}', 'ohne-termine', 'B', 's', 'o', 'd', 'c');
insert into event_dates (id, event_id, starts_at, ends_at, registration_deadline, seats, cancelled_at) values
  ('${id('d0')}', '${id('e1')}', '2027-09-01 08:00Z', '2027-09-01 10:30Z', '2027-08-20 08:00Z', 60, '2027-08-01Z'),
  ('${id('d1')}', '${id('e1')}', '2027-09-27 15:00Z', '2027-09-27 18:30Z', '2027-09-20 15:00Z', 60, null),
  ('${id('d2')}', '${id('e1')}', '2027-11-01 17:00Z', '2027-11-01 20:30Z', '2027-10-26 15:00Z', 60, null),
  ('${id('d3')}', '${id('e1')}', '2027-11-04 16:00Z', '2027-11-04 19:30Z', '2027-10-26 15:00Z', 60, null);
insert into event_programme_items (id, event_id, position, time, title, only_date_id) values
  ('${id('a1')}', '${id('e1')}', 1, '17:00', 'Begrüßung', null),
  ('${id('a2')}', '${id('e1')}', 2, '17:40', 'Impulsvortrag', null),
  ('${id('a3')}', '${id('e1')}', 3, '18:30', 'Nur in Heide', '${id('d3')}'),
  ('${id('b1')}', '${id('e2')}', 1, '10:00', 'Begrüßung', null),
  ('${id('b2')}', '${id('e2')}', 2, '10:20', 'Fragen', null);
insert into event_programme_variations (item_id, date_id, speaker) values
  ('${id('a2')}', '${id('d2')}', 'Dr. Stefan Ivens');
`;

// Each item at each date where it takes place: the clock time in Berlin and the speaker there.
const SCHEDULE = `
select i.title, d.id as date_id,
  to_char((d.starts_at + coalesce(v.offset_minutes, i.offset_minutes) * interval '1 minute') at time zone 'Europe/Berlin', 'HH24:MI') as clock,
  v.speaker
from event_programme_items i
join event_dates d on d.event_id = i.event_id and (i.only_date_id is null or i.only_date_id = d.id)
left join event_programme_variations v on v.item_id = i.id and v.date_id = d.id
order by d.starts_at, i.position`;

eachBackend('migration 0013: programme times per date', (backend) => {
  let query: (text: string) => Promise<Record<string, unknown>[]>;
  let close: () => Promise<void>;
  const old = foldersBefore0013();

  before(async () => {
    if (backend === 'pglite') {
      const client = await PGlite.create({ extensions: { pg_trgm } });
      await migratePglite(drizzlePglite(client), { migrationsFolder: old });
      await client.exec(OLD_DATA);
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
      query = async (text) => (await client.query<Record<string, unknown>>(text)).rows;
      close = () => client.close();
      return;
    }
    const server = new pg.Client({ connectionString: requireServerUrl() });
    await server.connect();
    const name = `dk_migration_${randomUUID().replace(/-/g, '')}`;
    await server.query(`create database ${name}`);
    const url = new URL(requireServerUrl());
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await migratePg(drizzlePg(client), { migrationsFolder: old });
    await client.query(OLD_DATA);
    await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
    query = async (text) => (await client.query<Record<string, unknown>>(text)).rows;
    close = async () => {
      await client.end();
      await server.query(`drop database ${name}`);
      await server.end();
    };
  });
  after(async () => {
    await close();
    fs.rmSync(old, { recursive: true, force: true });
  });

  it('keeps the clock time of every item at every date and its other speakers', async () => {
    const rows = await query(SCHEDULE);
    assert.deepEqual(
      rows.filter((r) => r.date_id !== null).map((r) => [r.title, r.date_id, r.clock, r.speaker]),
      [
        ['Begrüßung', id('d0'), '17:00', null],
        ['Impulsvortrag', id('d0'), '17:40', null],
        ['Begrüßung', id('d1'), '17:00', null],
        ['Impulsvortrag', id('d1'), '17:40', null],
        ['Begrüßung', id('d2'), '17:00', null],
        ['Impulsvortrag', id('d2'), '17:40', 'Dr. Stefan Ivens'],
        ['Begrüßung', id('d3'), '17:00', null],
        ['Impulsvortrag', id('d3'), '17:40', null],
        ['Nur in Heide', id('d3'), '18:30', null],
      ],
    );
  });

  it('measures from the first date that is not cancelled; other starts get their own times', async () => {
    const items = await query(`select title, offset_minutes from event_programme_items where event_id = '${id('e1')}' order by position`);
    assert.deepEqual(
      items.map((r) => [r.title, r.offset_minutes]),
      [
        ['Begrüßung', 0],
        ['Impulsvortrag', 40],
        ['Nur in Heide', 90],
      ],
    );
    const own = await query(
      `select item_id, date_id, offset_minutes from event_programme_variations where offset_minutes is not null order by date_id, item_id`,
    );
    assert.deepEqual(
      own.map((r) => [r.item_id, r.date_id, r.offset_minutes]),
      [
        [id('a1'), id('d0'), 420],
        [id('a2'), id('d0'), 460],
        [id('a1'), id('d2'), -60],
        [id('a2'), id('d2'), -20],
      ],
    );
  });

  it('starts the programme of an event without dates with its first item', async () => {
    const items = await query(`select title, offset_minutes from event_programme_items where event_id = '${id('e2')}' order by position`);
    assert.deepEqual(
      items.map((r) => [r.title, r.offset_minutes]),
      [
        ['Begrüßung', 0],
        ['Fragen', 20],
      ],
    );
  });
});
